// Where one request's time went, for its Server-Timing header: time spent waiting on other servers
// (`search` for Meilisearch) and the request's total inside the app (`app`), in milliseconds.
// bench:search subtracts the `search` part from what the client saw to get the app's own cost.
export class ServerTiming {
  /** When the app received the request (performance.now()). */
  readonly started: number;
  private readonly spent = new Map<string, number>();

  constructor(started = performance.now()) {
    this.started = started;
  }

  /** Adds `ms` to the named part (a request may call the same server more than once). */
  add(name: string, ms: number) {
    this.spent.set(name, (this.spent.get(name) ?? 0) + ms);
  }

  /** Runs `work`, counting its time (finished or failed) to the named part. */
  async time<T>(name: string, work: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await work();
    } finally {
      this.add(name, performance.now() - t0);
    }
  }

  /** The header value: each part, then `app` (the total so far). */
  header(now = performance.now()) {
    const parts = [...this.spent].map(([name, ms]) => `${name};dur=${ms.toFixed(2)}`);
    parts.push(`app;dur=${(now - this.started).toFixed(2)}`);
    return parts.join(', ');
  }
}

/** The `dur` of each named part in a Server-Timing header value (what a client reads back). */
export function parseServerTiming(header: string | null): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const entry of (header ?? '').split(',')) {
    const [name, ...params] = entry.trim().split(';');
    const dur = params.map((p) => p.trim()).find((p) => p.startsWith('dur='));
    if (name && dur) parts[name] = Number(dur.slice(4));
  }
  return parts;
}
