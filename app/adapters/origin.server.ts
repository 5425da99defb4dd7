// Cross-site request protection shared by HTTP and the Socket.IO handshake: a browser request
// that changes something (or opens a socket) must come from the portal's own origin or a
// configured TRUSTED_ORIGINS entry.
export function isAllowedOrigin(origin: string | undefined, host: string | undefined, trusted: readonly string[]) {
  if (!origin) return false;
  if (trusted.includes(origin)) return true;
  try {
    return Boolean(host) && new URL(origin).host === host;
  } catch {
    return false;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Unsafe requests without an Origin header come from non-browser clients (API tokens, curl),
 * which cannot ride on a victim's cookie, so only a present-but-foreign Origin is refused.
 */
export function isCrossSiteWrite(method: string, origin: string | undefined, host: string | undefined, trusted: readonly string[]) {
  return !safeMethods.has(method.toUpperCase()) && origin !== undefined && !isAllowedOrigin(origin, host, trusted);
}
