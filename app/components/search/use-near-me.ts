// "Gần tôi": asks the browser for the reader's position and hands it to the search (which then
// sorts by distance), or says why it could not (refused, unknown, unsupported).
import { useState } from 'react';
import type { MessageKey } from '#app/i18n/i18n.ts';

/** About 100 m: enough to sort by distance, without putting a home's exact spot in the URL. */
const round = (degrees: number) => degrees.toFixed(3);

export function useNearMe(onLocated: (lat: string, lng: string) => void) {
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<MessageKey | null>(null);

  function locate() {
    setProblem(null);
    if (!('geolocation' in navigator)) return setProblem('search.near.unsupported');
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        onLocated(round(position.coords.latitude), round(position.coords.longitude));
      },
      (error) => {
        setLocating(false);
        setProblem(error.code === error.PERMISSION_DENIED ? 'search.near.denied' : 'search.near.unavailable');
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 10 * 60_000 },
    );
  }

  return { locate, locating, problem, dismiss: () => setProblem(null) };
}
