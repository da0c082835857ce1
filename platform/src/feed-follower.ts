import { z } from 'zod';
import type { Logger } from './logger.js';

/** The service did not answer, or answered something that is not its feed. */
export class FeedUnavailableError extends Error {
  override readonly name: string = 'FeedUnavailableError';
}

/** Every feed's events are numbered: a follower stores the last it applied. */
export interface FeedEvent {
  seq: number;
}

/**
 * What a follower keeps what it follows in. `apply` stores a page and the cursor together and skips
 * what is not newer than the stored cursor, so several instances may follow one feed; it answers how
 * many events were new and where the cursor stands.
 */
export interface FeedReplica<Event extends FeedEvent> {
  cursor(): Promise<number>;
  apply(events: readonly Event[]): Promise<SyncResult>;
}

/** One service's feed: where it is and what its pages look like (a contract in ./contracts). */
export interface FeedSource<Event extends FeedEvent> {
  /** The serving service's private URL, asked before every page; undefined while it is not known yet. */
  url: () => string | undefined;
  path: string;
  /** For log lines and errors: "the catalog's song feed". */
  name: string;
  page: z.ZodType<{ events: Event[] }, unknown>;
  defaultPageSize: number;
}

export interface FeedOptions<Event extends FeedEvent> {
  source: FeedSource<Event>;
  pollMs: number;
  replica: FeedReplica<Event>;
  logger: Logger;
  pageSize?: number;
  /** Per page request; a sync made for a waiting request must not hang it. */
  requestTimeoutMs?: number;
  /** Runs after a sync applied new events (caches of what depends on them). */
  onApplied?: () => Promise<void>;
  /** The error a failed page rejects with (FeedUnavailableError by default). */
  unavailable?: (message: string, cause?: unknown) => Error;
}

export interface SyncResult {
  applied: number;
  cursor: number;
}

export interface FeedFollower {
  /**
   * Applies everything the feed has after the cursor. A call made while a sync runs waits
   * for a new one, so what the catalog had committed before the call is always seen.
   */
  sync(): Promise<SyncResult>;
  /** Catches up now, then polls every `pollMs`; failures are logged and retried at the next poll. */
  start(): void;
  stop(): Promise<void>;
}

/**
 * Follows another service's feed (its transactional outbox) into a replica, so a service keeps what
 * it needs of another's data without reading its tables.
 */
export function createFeedFollower<Event extends FeedEvent>({
  source,
  pollMs,
  replica,
  logger,
  pageSize = source.defaultPageSize,
  requestTimeoutMs = 5_000,
  onApplied,
  unavailable: failure = (message, cause) => new FeedUnavailableError(message, { cause }),
}: FeedOptions<Event>): FeedFollower {
  async function fetchPage(after: number): Promise<Event[]> {
    const base = source.url();
    if (!base) throw failure(`${capitalised(source.name)} has no known address yet`);
    const url = new URL(source.path, base);
    url.searchParams.set('after', String(after));
    url.searchParams.set('limit', String(pageSize));
    let body: unknown;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(requestTimeoutMs) });
      if (!response.ok) throw new Error(`status ${response.status}`);
      body = await response.json();
    } catch (error) {
      throw failure(`${capitalised(source.name)} at ${url.origin} did not answer`, error);
    }
    // A page is applied whole or not at all: one bad event refuses it, and the next poll asks again.
    const parsed = source.page.safeParse(body);
    if (!parsed.success) {
      throw failure(`${capitalised(source.name)} sent an unexpected page: ${z.prettifyError(parsed.error)}`);
    }
    return parsed.data.events;
  }

  // Read from the database once, then kept: an idle poll costs one HTTP request and no SQL. Another
  // instance may have moved the stored cursor further; apply() then skips what it already applied.
  let knownCursor: number | null = null;

  async function catchUp(): Promise<SyncResult> {
    let applied = 0;
    knownCursor ??= await replica.cursor();
    let cursor = knownCursor;
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
    if (stopped) return Promise.reject(failure(`The follower of ${source.name} has stopped`));
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
    // A service hosted after this one (its address told later): nothing to follow yet, nothing to warn about.
    if (!source.url()) {
      if (!stopped) timer = setTimeout(poll, pollMs);
      return;
    }
    try {
      const { applied, cursor } = await sync();
      if (unavailable) logger.info(`${source.name} is back`);
      unavailable = false;
      if (applied > 0) logger.debug({ applied, cursor, feed: source.name }, 'applied feed events');
    } catch (error) {
      // Expected while the other service starts or restarts: one line, no stack, until it answers again.
      const reason = error instanceof Error ? error.message : String(error);
      if (!unavailable) logger.warn({ reason }, `cannot follow ${source.name} yet; retrying`);
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

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
