import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createFeedFollower, type FeedReplica } from '../src/feed-follower.js';

interface NumberedEvent {
  seq: number;
  value: string;
}

const page = z.object({ events: z.array(z.object({ seq: z.number().int(), value: z.string() })) });

/** A feed served over real HTTP, answering what `events` holds after the asked cursor. */
async function serveFeed(events: NumberedEvent[]) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://feed');
    const after = Number(url.searchParams.get('after'));
    const limit = Number(url.searchParams.get('limit'));
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ events: events.filter((event) => event.seq > after).slice(0, limit) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A replica kept in memory, counting how often its stored cursor is read (one SQL statement each). */
function memoryReplica(): FeedReplica<NumberedEvent> & { cursorReads: number; values: string[] } {
  let stored = 0;
  return {
    cursorReads: 0,
    values: [],
    async cursor() {
      this.cursorReads++;
      return stored;
    },
    async apply(events) {
      const fresh = events.filter((event) => event.seq > stored);
      this.values.push(...fresh.map((event) => event.value));
      stored = Math.max(stored, ...events.map((event) => event.seq));
      return { applied: fresh.length, cursor: stored };
    },
  };
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

describe('a feed follower', () => {
  function follow(url: string, replica: FeedReplica<NumberedEvent>) {
    return createFeedFollower({
      source: { url: () => url, path: '/feed', name: 'the test feed', page, defaultPageSize: 2 },
      pollMs: 3_600_000,
      replica,
      logger: pino({ level: 'silent' }),
    });
  }

  it('reads its stored cursor once, so polling an idle feed costs no statements', async () => {
    const replica = memoryReplica();
    const follower = follow(await serveFeed([]), replica);
    for (let poll = 0; poll < 5; poll++) expect(await follower.sync()).toEqual({ applied: 0, cursor: 0 });
    expect(replica.cursorReads).toBe(1);
  });

  it('applies every page after the cursor, then only what is new', async () => {
    const events = [1, 2, 3, 4, 5].map((seq) => ({ seq, value: `event ${seq}` }));
    const replica = memoryReplica();
    const follower = follow(await serveFeed(events), replica);
    expect(await follower.sync()).toEqual({ applied: 5, cursor: 5 });
    events.push({ seq: 6, value: 'event 6' });
    expect(await follower.sync()).toEqual({ applied: 1, cursor: 6 });
    expect(replica.values).toEqual(events.map((event) => event.value));
    expect(replica.cursorReads).toBe(1);
  });
});
