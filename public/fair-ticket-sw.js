// Keeps the last copy of each fair ticket page (/me/fairs/<id>) for when the network is gone, so a
// person can still show their code and QR code at the door. Registered by the ticket page only,
// with the scope /me/fairs/: it never sees another page. Network first; the cached copy (and the
// page's own styles and scripts) only when the network fails. A page that answers anything but
// 200 (signed out, another person's) drops its copy.
const cacheName = 'fair-ticket-v1';
const ticketPage = /^\/me\/fairs\/[^/]+\/?$/;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((name) => name.startsWith('fair-ticket-') && name !== cacheName).map((name) => caches.delete(name))),
      )
      .then(() => self.clients.claim()),
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
        const keep = response.status === 200 && (asset || (response.headers.get('Content-Type') ?? '').startsWith('text/html'));
        const copy = keep ? response.clone() : null;
        event.waitUntil(caches.open(cacheName).then((cache) => (copy ? cache.put(key, copy) : page ? cache.delete(key) : undefined)));
        return response;
      },
      () => caches.match(key).then((cached) => cached ?? Response.error()),
    ),
  );
});
