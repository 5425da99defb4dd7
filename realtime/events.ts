// Typed Socket.IO events (`entity:verb`), shared by the server and browser clients.
// Acknowledgements are shaped { data } or { error } with the API's error codes.
// The live fair (docs/decisions/005-live-fairs.md): commands are sent with an idempotency key and
// answered once; news comes back stamped with the fair's sequence number, so a client applies each
// piece once, in any order of arrival, and after a drop asks for what it missed from that number.
import type { BoothLine, FairNewsItem } from '#app/services/fairs/live-line.ts';
import type { Role } from '#db/enums.ts';

export type AckError = { code: string; message: string; fields?: Record<string, string> };
/** `seq`, on a fair command's answer: the number of the last event it appended (null for a retry or no change). */
export type Ack<T> = (response: { data: T; seq?: number | null } | { error: AckError }) => void;

/** A fair command sent over the socket: the service's own input (with `fairId` and `idempotencyKey`). */
export type FairCommandPayload = Record<string, unknown> & { fairId: string; idempotencyKey: string };

/** What a fair screen shows, and for whom: a person's ticket, a booth's desk, the organiser's console. */
export type FairWatchView = 'person' | 'desk' | 'console';
export type FairWatch = {
  fairId: string;
  view: FairWatchView;
  /** The person's ticket (view 'person'). */
  ticketId?: string;
  /** The booth (view 'desk'). */
  boothId?: string;
  /** The last sequence number the client applied; absent on a first load. */
  afterSeq?: number;
};

/** The answer to `fair:watch`: the view now (at `seq`), and the person's own events missed since `afterSeq`. */
export type FairWatchAnswer = {
  seq: number;
  view: unknown;
  /** Null when there was no `afterSeq`, or the client was too far behind (the view says it all). */
  missed: FairNewsItem[] | null;
  /** The lines of a person's booths read once the socket was in their rooms (may be newer than the view). */
  lines: BoothLine[];
};

export type { BoothLine, FairNewsItem };

export interface ClientToServerEvents {
  'session:whoami': (ack: Ack<{ id: string; role: Role; fullName: string }>) => void;
  'fair:watch': (watch: FairWatch, ack: Ack<FairWatchAnswer>) => void;
  'ticket:register': (input: FairCommandPayload, ack: Ack<unknown>) => void;
  'ticket:check_in': (input: FairCommandPayload, ack: Ack<unknown>) => void;
  'queue:join': (input: FairCommandPayload, ack: Ack<unknown>) => void;
  'queue:leave': (input: FairCommandPayload, ack: Ack<unknown>) => void;
  'queue:call_next': (input: FairCommandPayload, ack: Ack<unknown>) => void;
  'queue:serve': (input: FairCommandPayload, ack: Ack<unknown>) => void;
  'queue:no_show': (input: FairCommandPayload, ack: Ack<unknown>) => void;
  'queue:outcome': (input: FairCommandPayload, ack: Ack<unknown>) => void;
  'fair:set_status': (input: FairCommandPayload, ack: Ack<unknown>) => void;
  'fair:announce': (input: FairCommandPayload, ack: Ack<unknown>) => void;
}

export interface ServerToClientEvents {
  /** Events for this socket's rooms: the person's own (called, served, ...) and the fair's (status, announcements). */
  'fair:news': (news: { fairId: string; events: FairNewsItem[] }) => void;
  /** A booth's line changed (sent at once: it moves people's positions). */
  'booth:line': (line: BoothLine) => void;
  /** Something at the fair changed (at most about once a second): consoles and desks read their view again. */
  'fair:changed': (change: { fairId: string; seq: number }) => void;
}

/** What the public board shows: its view (numbers and counts only) and the latest announcements. */
export type BoardUpdate = { seq: number; view: unknown; announcements: { seq: number; message: string }[] };

/** The public board's namespace (`/board`): no sign-in, numbers and counts only. */
export interface BoardClientEvents {
  'board:watch': (watch: { fairId: string }, ack: Ack<BoardUpdate>) => void;
}
export interface BoardServerEvents {
  /** The board, at most about once a second. */
  'board:update': (update: BoardUpdate & { fairId: string }) => void;
}
