// Keeps a fair page's view current over Socket.IO once the page has loaded (the page works without
// it: its forms post and the loader answers). The socket client and `FairLiveClient` are loaded after
// hydration, so the first paint does not wait for them; a new loader answer (after a form) replaces
// the view, and the socket keeps it current from there.
import { useEffect, useRef, useState } from 'react';
import type { FairNewsItem, FairWatch } from '#realtime/events.ts';
import type { LiveView } from './fair-live-client.ts';

export type LiveState = 'connecting' | 'live' | 'reconnecting';

/**
 * The live view (the loader's `initial` until the socket has news), the connection state, and the
 * latest news. `refreshEveryMs` reads the view again that often even with no news (a console's
 * empty-booth alert depends on the clock).
 */
export function useFairLive<V extends LiveView>(initial: V, watch: Omit<FairWatch, 'afterSeq'>, options: { refreshEveryMs?: number } = {}) {
  const [view, setView] = useState(initial);
  const [state, setState] = useState<LiveState>('connecting');
  const [news, setNews] = useState<FairNewsItem[]>([]);
  const latest = useRef(initial);

  // The loader answered again (after a form was sent): its view is the newest.
  useEffect(() => {
    if (initial.seq >= latest.current.seq) {
      latest.current = initial;
      setView(initial);
    }
  }, [initial]);

  const { fairId, view: kind, ticketId, boothId } = watch;
  const { refreshEveryMs } = options;
  useEffect(() => {
    let stopped = false;
    let stop = () => {};
    void Promise.all([import('socket.io-client'), import('./fair-live-client.ts')]).then(([{ io }, { FairLiveClient }]) => {
      if (stopped) return;
      const socket = io('/realtime', { transports: ['websocket'] });
      const client = new FairLiveClient<V>(socket, { fairId, view: kind, ticketId, boothId }, latest.current, {
        view: (next) => {
          latest.current = next;
          setView(next);
        },
        news: (events) => setNews((shown) => [...shown, ...events].slice(-5)),
        connection: setState,
        // Signed out meanwhile, or no longer allowed: the page itself says what to do.
        refused: () => window.location.reload(),
      });
      const timer = refreshEveryMs ? setInterval(() => void client.refresh(), refreshEveryMs) : undefined;
      stop = () => {
        clearInterval(timer);
        client.stop();
        socket.close();
      };
    });
    return () => {
      stopped = true;
      stop();
    };
  }, [fairId, kind, ticketId, boothId, refreshEveryMs]);

  return { view, state, news };
}
