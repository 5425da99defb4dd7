// Message keys a page needs that its code does not write out: keys that reach the browser as data
// (a loader sends a key, a component translates it). Each entry is a key or a key start, by route
// id; `npm run i18n:pages` adds them to what it finds in the code (page-messages.generated.ts).
export const extraPageMessages: Readonly<Record<string, readonly string[]>> = {};
