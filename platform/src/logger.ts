import { type Logger, pino } from 'pino';

export type { Logger };

export interface LoggerOptions {
  service: string;
  level: string;
  format: 'pretty' | 'json';
}

export function createLogger({ service, level, format }: LoggerOptions): Logger {
  return pino({
    name: service,
    level,
    // Tokens and passwords must never reach a log line, even when a request is logged whole.
    redact: ['req.headers.authorization', 'headers.authorization', '*.password', 'password'],
    transport:
      format === 'pretty' && level !== 'silent'
        ? { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname', translateTime: 'HH:MM:ss' } }
        : undefined,
  });
}
