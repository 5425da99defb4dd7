// A booth's line as the live fair sends it (docs/decisions/005-live-fairs.md): the numbers waiting
// and at the desks, the staff named, the minutes per conversation — numbers only, so everyone in the
// queue may have it — and how a person's screen works out its own position, wait and "you're next"
// from it at once, with the same rules the server's view uses. Pure: runs in the browser too.
import { estimatedWaitMinutes, isNextUp } from './rules.ts';

/** One fair event as a client sees it: `entity:verb`, its number, its booth and what it says. */
export type FairNewsItem = { seq: number; type: string; boothId: string | null; payload: Record<string, unknown>; at: string };

export type BoothLine = {
  fairId: string;
  boothId: string;
  /** The fair's sequence number this line was read at: a line older than the one shown is dropped. */
  seq: number;
  /** Queue numbers waiting, lowest first. */
  waiting: number[];
  /** Queue numbers called to a desk or being seen. */
  atDesks: number[];
  staff: number;
  serviceMinutes: number | null;
};

/** What a place on a person's screen shows that a line moves. */
export type LinePlace = { boothId: string; number: number; status: string; ahead: number; waitMinutes: number; nextUp: boolean };

/** The place as `line` puts it: people ahead, the wait, "you're next" (a place not waiting is left as it is). */
export function placeOnLine<P extends LinePlace>(place: P, line: BoothLine): P {
  if (place.boothId !== line.boothId || place.status !== 'waiting') return place;
  const ahead = line.waiting.filter((number) => number < place.number).length;
  return { ...place, ahead, waitMinutes: estimatedWaitMinutes(ahead, line.staff, line.serviceMinutes), nextUp: isNextUp(ahead) };
}
