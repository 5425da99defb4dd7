// Typed Socket.IO events (`entity:verb`), shared by the server and browser clients.
// Acknowledgements are shaped { data } or { error } with the API's error codes.
import type { Role } from '#db/enums.ts';

export type AckError = { code: string; message: string; fields?: Record<string, string> };
export type Ack<T> = (response: { data: T } | { error: AckError }) => void;

export interface ClientToServerEvents {
  'session:whoami': (ack: Ack<{ id: string; role: Role; fullName: string }>) => void;
}

export type ServerToClientEvents = Record<string, never>;
