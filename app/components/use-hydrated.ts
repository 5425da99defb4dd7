// Whether the page's JavaScript runs yet: false while server-rendered and before hydration.
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

export function useHydrated() {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
