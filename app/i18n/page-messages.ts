// Message keys a page needs that its code does not write out: keys that reach the browser as data
// (a loader sends a key, a component translates it). Each entry is a key or a key start, by route
// id; `npm run i18n:pages` adds them to what it finds in the code (page-messages.generated.ts).
export const extraPageMessages: Readonly<Record<string, readonly string[]>> = {
  // Why the person cannot queue now: the loader's `queueBlocker` (not started, ended, check in first, full).
  'routes/me.fairs.$id': ['fairPeople.join.'],
  'routes/caseload.$id.fairs': ['fairPeople.join.'],
  // Why the door cannot queue the person now: the loader's `blocker`.
  'routes/fairs.$id_.door': ['fairOrg.door.queuesClosed', 'fairOrg.door.full'],
};
