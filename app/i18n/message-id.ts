// The id a message travels under from the server to the browser.
/**
 * The short id a message travels under to the browser (FNV-1a of its key, base 36): the page's data
 * names no key, so no internal word ("role.returnee") reaches the page's source, and it is shorter.
 */
export function messageId(key: string) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
