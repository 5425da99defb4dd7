// Says whether a fair page is following the fair live (a polite status, read out when it changes):
// before the page's JavaScript runs it shows nothing — the page is then as fresh as its last load.
import { useHydrated } from '#app/components/use-hydrated.ts';
import { useT } from '#app/i18n/use-t.ts';
import css from './LiveStatus.module.css';
import type { LiveState } from './use-fair-live.ts';

export function LiveStatus({ state }: { state: LiveState }) {
  const t = useT();
  const hydrated = useHydrated();
  return (
    <p role="status" className={`${css.status} ${css[state]}`}>
      {hydrated ? t(`fairLive.${state}`) : ''}
    </p>
  );
}
