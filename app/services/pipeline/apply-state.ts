// What a posting offers the person reading it, as far as applying goes — the shape the posting
// pages, the search results and their server side share (pure types, safe for the browser).
import type { JobGap } from '../matching/gaps-types.ts';

export type ApplyState =
  /** Signed in as a jobseeker, but the account is not linked to a record yet. */
  | { state: 'noRecord' }
  /** The posting takes no applications now (closed, past its date, course full). */
  | { state: 'closed' | 'full' }
  /** Already under way: where it stands, in plain words. */
  | { state: 'standing'; text: string }
  /** May apply (or apply again): the consent wording shown above the button is what gets recorded. */
  | { state: 'open'; wording: string; again: boolean; note: string | null; gap: JobGap | null };
