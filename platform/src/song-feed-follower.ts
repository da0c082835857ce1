import { z } from 'zod';
import { SONG_FEED_PAGE_SIZE, SONG_FEED_PATH, type SongFeedEvent, songFeedPage } from './contracts/song-feed.js';
import type { Logger } from './logger.js';

/** The catalog did not answer, or answered something that is not its feed. */
export class SongFeedUnavailableError extends Error {
  override readonly name = 'SongFeedUnavailableError';
}

/**
 * What a follower keeps its copy of the catalog's songs in. `apply` stores a page and the cursor
 * together and skips what is not newer than the stored cursor, so several instances may follow one
 * feed; it answers how many events were new and where the cursor stands.
 */
export interface SongFeedReplica {
  cursor(): Promise<number>;
  apply(events: readonly SongFeedEvent[]): Promise<SyncResult>;
}

export interface SongFeedOptions {
  catalogUrl: string;
  pollMs: number;
  replica: SongFeedReplica;
  logger: Logger;
  pageSize?: number;
  /** Per page request; a sync made for a waiting request must not hang it. */
  requestTimeoutMs?: number;
  /** Runs after a sync applied new events (caches of what depends on songs). */
  onApplied?: () => Promise<void>;
}

export interface SyncResult {
  applied: number;
  cursor: number;
}

export interface SongFeedFollower {
  /**
   * Applies everything the catalog's feed has after the cursor. A call made while a sync runs waits
   * for a new one, so what the catalog had committed before the call is always seen.
   */
  sync(): Promise<SyncResult>;
  /** Catches up now, then polls every `pollMs`; failures are logged and retried at the next poll. */
  start(): void;
  stop(): Promise<void>;
}

/**
 * Follows the catalog's song feed into a replica, so a service knows which songs exist without
 * reading the catalog's tables.
 */
export function createSongFeedFollower({
  catalogUrl,
  pollMs,
  replica,
  logger,
  pageSize = SONG_FEED_PAGE_SIZE.default,
  requestTimeoutMs = 5_000,
  onApplied,
}: SongFeedOptions): SongFeedFollower {
  async function fetchPage(after: number): Promise<SongFeedEvent[]> {
    const url = new URL(SONG_FEED_PATH, catalogUrl);
    url.searchParams.set('after', String(after));
    url.searchParams.set('limit', String(pageSize));
    let body: unknown;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(requestTimeoutMs) });
      if (!response.ok) throw new Error(`status ${response.status}`);
      body = await response.json();
    } catch (error) {
      throw new SongFeedUnavailableError(`The catalog's song feed at ${url.origin} did not answer`, { cause: error });
    }
    // A page is applied whole or not at all: one bad event refuses it, and the next poll asks again.
    const parsed = songFeedPage.safeParse(body);
    if (!parsed.success) {
      throw new SongFeedUnavailableError(
        `The catalog's song feed sent an unexpected page: ${z.prettifyError(parsed.error)}`,
      );
    }
    return parsed.data.events;
  }

  // Read from the database once, then kept: an idle poll costs one HTTP request and no SQL. Another
  // instance may have moved the stored cursor further; apply() then skips what it already applied.
  let knownCursor: number | null = null;

  async function catchUp(): Promise<SyncResult> {
    let applied = 0;
    let cursor = knownCursor ?? (await replica.cursor());
    for (;;) {
      const events = await fetchPage(cursor);
      const fresh = events.filter((event) => event.seq > cursor);
      if (fresh.length > 0) {
        const result = await replica.apply(fresh);
        applied += result.applied;
        cursor = Math.max(cursor, result.cursor);
        knownCursor = cursor;
      }
      // A short page is the end; a full page that brought nothing new would loop forever.
      if (events.length < pageSize || fresh.length === 0) break;
    }
    if (applied > 0) await onApplied?.();
    return { applied, cursor };
  }

  let running: Promise<SyncResult> | null = null;
  let queued: Promise<SyncResult> | null = null;
  let stopped = false;
  function sync(): Promise<SyncResult> {
    if (stopped) return Promise.reject(new SongFeedUnavailableError('The song feed follower has stopped'));
    if (!running) {
      running = catchUp().finally(() => {
        running = null;
      });
      return running;
    }
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return sync();
      });
    return queued;
  }

  let timer: NodeJS.Timeout | undefined;
  let unavailable = false;
  async function poll(): Promise<void> {
    try {
      const { applied, cursor } = await sync();
      if (unavailable) logger.info('the catalog song feed is back');
      unavailable = false;
      if (applied > 0) logger.debug({ applied, cursor }, 'applied song events');
    } catch (error) {
      // Expected while the catalog starts or restarts: one line, no stack, until it answers again.
      const reason = error instanceof Error ? error.message : String(error);
      if (!unavailable) logger.warn({ reason }, 'cannot follow the catalog song feed yet; retrying');
      unavailable = true;
    }
    if (!stopped) timer = setTimeout(poll, pollMs);
  }

  return {
    sync,
    start() {
      if (stopped || timer) return;
      timer = setTimeout(poll, 0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await Promise.allSettled([running, queued]);
    },
  };
}
