import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SONG_FEED_PAGE_SIZE, SONG_FEED_PATH, type SongFeedEventJson, type SongFeedPageJson } from '@sp0t1fy/platform';

/**
 * A stand-in for the catalog's song-events endpoint serving fixture pages, for the follower's unit
 * tests only (the end-to-end suites follow the real catalog). It honours after and limit like the
 * catalog and records what it was asked.
 */
export async function startFeedServer() {
  const events: SongFeedEventJson[] = [];
  const requests: Array<{ after: number; limit: number }> = [];
  let down = false;
  let body: ((page: unknown) => unknown) | null = null;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture');
    if (url.pathname !== SONG_FEED_PATH || down) {
      res.writeHead(down ? 503 : 404).end();
      return;
    }
    const after = Number(url.searchParams.get('after') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? SONG_FEED_PAGE_SIZE.default);
    requests.push({ after, limit });
    const page: SongFeedPageJson = { events: events.filter((event) => event.seq > after).slice(0, limit) };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body ? body(page) : page));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    events,
    requests,
    /** Appends events with the next seqs. */
    add(...added: Array<Omit<SongFeedEventJson, 'seq' | 'occurredAt'> & { occurredAt?: string }>) {
      for (const event of added) {
        events.push({ occurredAt: new Date().toISOString(), ...event, seq: events.length + 1 });
      }
    },
    setDown(value: boolean) {
      down = value;
    },
    /** Replaces the answer's body (malformed feeds). */
    respondWith(transform: ((page: unknown) => unknown) | null) {
      body = transform;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FeedServer = Awaited<ReturnType<typeof startFeedServer>>;
