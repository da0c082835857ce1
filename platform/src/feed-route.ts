import type { Express } from 'express';

export interface FeedRoute<EventJson> {
  path: string;
  pageSize: { default: number; max: number };
  /** For the 503 answer: "The catalog". */
  serviceName: string;
  /** Events after `after`, oldest first, at most `limit`. */
  read(after: number, limit: number): Promise<EventJson[]>;
}

/**
 * Serves a feed (`path?after=<seq>&limit=<1..max>`, answering `{ events }`) on a service's private
 * port, the same way for every feed: 400 for a bad parameter, 503 when the database fails.
 */
export function serveFeed<EventJson>(app: Express, { path, pageSize, serviceName, read }: FeedRoute<EventJson>): void {
  app.get(path, async (req, res) => {
    const after = integerParameter(req.query.after, 0);
    const limit = integerParameter(req.query.limit, pageSize.default);
    if (after === null || after < 0) {
      res.status(400).json({ error: 'after must be a sequence number (0 or more)' });
      return;
    }
    if (limit === null || limit < 1 || limit > pageSize.max) {
      res.status(400).json({ error: `limit must be from 1 to ${pageSize.max}` });
      return;
    }
    try {
      res.json({ events: await read(after, limit) });
    } catch (error) {
      req.log.error({ err: error, feed: path }, 'could not read the feed');
      res.status(503).json({ error: `${serviceName} is unavailable` });
    }
  });
}

/** The parameter as a whole number, the fallback when absent, null when it is anything else. */
function integerParameter(value: unknown, fallback: number): number | null {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}
