// Keeps the last copy of each fair ticket page (/me/fairs/<id>) for when the network is gone, so a
// person can still show their code and QR code at the door. Registered by the ticket page only,
// with the scope /me/fairs/: it never sees another page. Network first; the cached copy (and the
// page's own styles and scripts) only when the network fails. On first taking over it keeps the
// ticket page that registered it, so the page is kept from its first load; a ticket page it does not
// control (reached by a link) asks it to keep it. A page that answers anything but 200 (signed out,
// another person's) drops its copy.
const cacheName = 'fair-ticket-v1';
const ticketPage = /^\/me\/fairs\/[^/]+\/?$/;

/** Keeps (or, for anything but the page itself, drops) the copy of a ticket page's answer. */
function keepPage(cache, url, response) {
  const isPage = response.status === 200 && (response.headers.get('Content-Type') ?? '').startsWith('text/html');
  return isPage ? cache.put(url, response) : cache.delete(url);
}

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith('fair-ticket-') && name !== cacheName).map((name) => caches.delete(name)));
      await self.clients.claim();
      // The ticket page open now was loaded before this worker existed: keep a copy of it too.
      const cache = await caches.open(cacheName);
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      await Promise.all(
        windows
          .map((client) => new URL(client.url))
          .filter((url) => url.origin === self.location.origin && ticketPage.test(url.pathname))
          .map((url) =>
            fetch(url.origin + url.pathname, { credentials: 'same-origin' }).then(
              (response) => keepPage(cache, url.origin + url.pathname, response),
              () => undefined,
            ),
          ),
      );
    })(),
  );
});

// A ticket page shown without a page load of its own (reached by a link from /me/fairs, say) is not
// controlled by this worker, and neither its creation nor its request came here: it asks, and the
// worker keeps a copy of it.
self.addEventListener('message', (event) => {
  const path = event.data?.keep;
  if (typeof path !== 'string' || !ticketPage.test(path)) return;
  const url = self.location.origin + path;
  event.waitUntil(
    caches.open(cacheName).then((cache) =>
      fetch(url, { credentials: 'same-origin' }).then(
        (response) => keepPage(cache, url, response),
        () => undefined,
      ),
    ),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const page = request.mode === 'navigate' && ticketPage.test(url.pathname);
  const asset = url.pathname.startsWith('/assets/');
  if (!page && !asset) return;
  const key = page ? url.origin + url.pathname : request;
  event.respondWith(
    fetch(request).then(
      (response) => {
        const copy = response.clone();
        event.waitUntil(
          caches.open(cacheName).then((cache) => {
            if (page) return keepPage(cache, key, copy);
            return response.status === 200 ? cache.put(key, copy) : undefined;
          }),
        );
        return response;
      },
      () => caches.match(key).then((cached) => cached ?? Response.error()),
    ),
  );
});
