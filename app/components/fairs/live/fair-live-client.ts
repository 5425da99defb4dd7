// The live fair's client, without React (the pages' hook wraps it; bench:fair runs thousands of it in
// Node): it watches one view of a fair over a Socket.IO socket and keeps it current
// (docs/decisions/005-live-fairs.md).
// - On every (re)connection it sends `fair:watch` with the sequence number of the last view it had,
//   and gets the view now and the events it missed — nothing is kept in the socket.
// - A person's screen moves its places with each booth line at once (`placeOnLine`), and reads its
//   view again when one of its own events comes (called, served, checked in...: the server's word
//   for it) or the fair's status changes.
// - Consoles and desks read their view again when told the fair changed (about once a second).
// - An event is applied once: news carries the fair's numbers, and a number seen before is dropped
//   (a catch-up may repeat what had already arrived); a line older than the last one is dropped.
import type { Socket } from 'socket.io-client';
import { placeOnLine, type BoothLine, type LinePlace } from '#app/services/fairs/live-line.ts';
import type { FairNewsItem, FairWatch, FairWatchAnswer } from '#realtime/events.ts';

/** A view a fair screen shows: its sequence number, and for a person's screen the places lines move. */
export type LiveView = { seq: number };
type WithPlaces = { places?: LinePlace[] };

export type LiveHandlers<V extends LiveView> = {
  /** The view changed (a new read, or a line moved a place). */
  view: (view: V) => void;
  /** Events applied for the first time, oldest first (a call to a desk, an announcement...). */
  news?: (events: FairNewsItem[]) => void;
  /** Connection state, for the screen to say "reconnecting…". */
  connection?: (state: 'live' | 'reconnecting') => void;
  /** `fair:watch` was refused (signed out, no longer allowed): the page should reload. */
  refused?: (error: { code: string; message: string }) => void;
};

type WatchAck = { data: FairWatchAnswer; seq?: number | null } | { error: { code: string; message: string } };

/** News after which a view is read again: a place's own (a booth's), the door's check-in, the fair's status (not an announcement). */
const changesView = (event: FairNewsItem) => event.boothId !== null || event.type === 'ticket:checked_in' || event.type === 'fair:status';

/** How many applied event numbers are remembered to drop repeats (far more than a catch-up sends). */
const rememberedEvents = 1000;

export class FairLiveClient<V extends LiveView> {
  private view: V;
  private readonly applied = new Set<number>();
  /** The newest line of each booth, applied again over a view read before it. */
  private readonly lines = new Map<string, BoothLine>();
  private watching: Promise<void> | null = null;
  private watchAgain = false;

  constructor(
    private readonly socket: Socket,
    private readonly watch: Omit<FairWatch, 'afterSeq'>,
    initial: V,
    private readonly handlers: LiveHandlers<V>,
  ) {
    this.view = initial;
    socket.on('connect', this.onConnect);
    socket.on('disconnect', this.onDisconnect);
    socket.on('fair:news', this.onNews);
    socket.on('booth:line', this.onLine);
    socket.on('fair:changed', this.onChanged);
    if (socket.connected) this.onConnect();
  }

  get current() {
    return this.view;
  }

  stop() {
    this.socket.off('connect', this.onConnect);
    this.socket.off('disconnect', this.onDisconnect);
    this.socket.off('fair:news', this.onNews);
    this.socket.off('booth:line', this.onLine);
    this.socket.off('fair:changed', this.onChanged);
  }

  /** Reads the view again (with what was missed since the last one); one read at a time, a request during one makes one more. */
  refresh(): Promise<void> {
    if (this.watching) {
      this.watchAgain = true;
      return this.watching;
    }
    // A read cut short by a drop is simply lost: the reconnection reads again.
    this.watching = this.readView()
      .catch(() => undefined)
      .finally(() => {
        this.watching = null;
        if (this.watchAgain) {
          this.watchAgain = false;
          void this.refresh();
        }
      });
    return this.watching;
  }

  private async readView() {
    const answer = (await this.socket.emitWithAck('fair:watch', { ...this.watch, afterSeq: this.view.seq })) as WatchAck;
    if ('error' in answer) {
      this.handlers.refused?.(answer.error);
      return;
    }
    // A line that came while the view was read may be newer than the view: it is applied again.
    let view = answer.data.view as V;
    for (const line of this.lines.values()) if (line.seq > answer.data.seq) view = this.onto(view, line);
    this.view = view;
    this.handlers.view(this.view);
    // An own event after the view was read (called meanwhile): the view is read once more.
    const fresh = answer.data.missed ? this.apply(answer.data.missed) : [];
    if (fresh.some((event) => event.seq > answer.data.seq && changesView(event))) void this.refresh();
    // Lines read once the socket was in its rooms: newer than the view where a booth moved meanwhile.
    for (const line of answer.data.lines ?? []) if (line.seq > answer.data.seq) this.onLine(line);
  }

  /** Applies news not applied before; answers whether any of it was the person's own (their view is read again). */
  private apply(events: FairNewsItem[]) {
    const fresh = events.filter((event) => !this.applied.has(event.seq));
    for (const event of fresh) this.applied.add(event.seq);
    while (this.applied.size > rememberedEvents) this.applied.delete(this.applied.values().next().value!);
    if (fresh.length > 0) this.handlers.news?.(fresh);
    return fresh;
  }

  private readonly onConnect = () => {
    this.handlers.connection?.('live');
    void this.refresh();
  };

  private readonly onDisconnect = () => this.handlers.connection?.('reconnecting');

  private readonly onNews = ({ fairId, events }: { fairId: string; events: FairNewsItem[] }) => {
    if (fairId !== this.watch.fairId) return;
    const fresh = this.apply(events);
    // One's own event (joined, called, served, finished, checked in...) or the fair's new status changes what the view says: read it again.
    if (fresh.some(changesView)) void this.refresh();
  };

  private onto(view: V, line: BoothLine): V {
    const { places } = view as V & WithPlaces;
    return places ? { ...view, places: places.map((place) => placeOnLine(place, line)) } : view;
  }

  private readonly onLine = (line: BoothLine) => {
    if (line.fairId !== this.watch.fairId) return;
    if ((this.lines.get(line.boothId)?.seq ?? -1) >= line.seq) return;
    this.lines.set(line.boothId, line);
    // A desk reads its cards again; a person's places move at once.
    if (this.watch.view !== 'person') return void this.refresh();
    this.view = this.onto(this.view, line);
    this.handlers.view(this.view);
  };

  private readonly onChanged = ({ fairId, seq }: { fairId: string; seq: number }) => {
    if (fairId === this.watch.fairId && seq > this.view.seq) void this.refresh();
  };
}
