// Typed Socket.IO events (`entity:verb`), shared by the server and browser clients.
// Acknowledgements are shaped { data } or { error }.
import type { Role } from '#db/enums.ts';

export type Ack<T> = (response: { data: T } | { error: { code: string; message: string } }) => void;

export interface ClientToServerEvents {
  'session:whoami': (ack: Ack<{ id: string; role: Role; fullName: string }>) => void;
}

export type ServerToClientEvents = Record<string, never>;
