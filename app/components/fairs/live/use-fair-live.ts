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

/**
 * The public board, kept current over the `/board` namespace (no sign-in; the whole board each time,
 * at most about once a second): its view and announcements, the loader's until the socket has news.
 */
export function useBoardLive<B extends { seq: number }>(initial: B, fairId: string) {
  const [board, setBoard] = useState(initial);
  const [state, setState] = useState<LiveState>('connecting');
  useEffect(() => {
    let stopped = false;
    let stop = () => {};
    let seq = initial.seq;
    const show = (next: B) => {
      if (next.seq < seq) return;
      seq = next.seq;
      setBoard(next);
    };
    void import('socket.io-client').then(({ io }) => {
      if (stopped) return;
      const socket = io('/board', { transports: ['websocket'] });
      // Every (re)connection asks for the board as it is now.
      socket.on('connect', () => {
        setState('live');
        void socket.emitWithAck('board:watch', { fairId }).then((answer: { data?: B }) => {
          if (answer.data) show(answer.data);
        });
      });
      socket.on('disconnect', () => setState('reconnecting'));
      socket.on('board:update', (update: B & { fairId: string }) => {
        if (update.fairId === fairId) show(update);
      });
      stop = () => socket.close();
    });
    return () => {
      stopped = true;
      stop();
    };
    // The board of one fair for the page's life; `initial` is only where it starts.
  }, [fairId]);
  return { board, state };
}
