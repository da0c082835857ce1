import express, { type Express } from 'express';
import type { z } from 'zod';
import { serviceUnavailable } from './errors.js';

export interface InternalPost<Answer extends z.ZodType> {
  /** The other service's base URL (its private port) and the contract's path. */
  baseUrl: string;
  path: string;
  body: unknown;
  answer: Answer;
  /** For the error: "catalog". */
  serviceName: string;
  timeoutMs?: number;
}

/**
 * A service-to-service call under a contract (platform/src/contracts): POSTs JSON, parses the answer
 * with the contract's schema. Unreachable, failing or answering off-contract is SERVICE_UNAVAILABLE
 * naming the service, as for the feeds.
 */
export async function postInternal<Answer extends z.ZodType>({
  baseUrl,
  path,
  body,
  answer,
  serviceName,
  timeoutMs = 10_000,
}: InternalPost<Answer>): Promise<z.output<Answer>> {
  let cause: unknown;
  try {
    const response = await fetch(new URL(path, baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.ok) {
      const parsed = answer.safeParse(await response.json());
      if (parsed.success) return parsed.data;
      cause = parsed.error;
    } else {
      cause = new Error(`${path} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
    }
  } catch (error) {
    cause = error;
  }
  throw serviceUnavailable(`The ${serviceName} service is unavailable`, serviceName, cause);
}

/**
 * Serves a contract's POST route: the body parsed with the contract's schema (400 when it does not
 * fit), the answer as JSON, 503 when answering fails.
 */
export function servePost<Request extends z.ZodType>(
  app: Express,
  path: string,
  request: Request,
  serviceName: string,
  answer: (body: z.output<Request>) => Promise<unknown>,
): void {
  // Id sets make bodies larger than a GraphQL request: 50,000 ids are about 2 MB.
  app.post(path, express.json({ limit: '4mb' }), async (req, res) => {
    const parsed = request.safeParse(req.body);
    if (!parsed.success) {
      res
        .status(400)
        .json({ error: parsed.error.issues[0]?.message ?? 'bad request', path: parsed.error.issues[0]?.path });
      return;
    }
    try {
      res.json(await answer(parsed.data));
    } catch (error) {
      req.log.error({ err: error, route: path }, 'could not answer an internal request');
      res.status(503).json({ error: `${serviceName} is unavailable` });
    }
  });
}
