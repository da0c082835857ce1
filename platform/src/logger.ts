import { createRequire } from 'node:module';
import { type Logger, pino } from 'pino';
import type PinoPretty from 'pino-pretty';

export type { Logger };

export interface LoggerOptions {
  service: string;
  level: string;
  format: 'pretty' | 'json';
}

export function createLogger({ service, level, format }: LoggerOptions): Logger {
  const options = {
    name: service,
    level,
    // Tokens and passwords must never reach a log line, even when a request is logged whole.
    redact: ['req.headers.authorization', 'headers.authorization', '*.password', 'password'],
  };
  if (format === 'json' || level === 'silent') return pino(options);
  // Pretty lines are formatted on the main thread: pino's `transport` would start a worker thread (a
  // second V8 instance, ~20 MB resident) for every logger, two per subgraph, on every `npm start`.
  // Written synchronously, so the last lines before process.exit are not lost.
  const pretty = createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;
  return pino(options, pretty({ colorize: true, ignore: 'pid,hostname', translateTime: 'HH:MM:ss', sync: true }));
}
