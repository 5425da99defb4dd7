// Keeps the public board current over Socket.IO's `/board` namespace once the page has loaded (no
// sign-in; the whole board each time). Its own module, so the board's page carries no more live code
// than it uses: it is projected at the venue and must fit a phone's budget all the same.
import { useEffect, useState } from 'react';
import type { LiveState } from './use-fair-live.ts';

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
