import { z } from 'zod';
import { commonEnv, loadConfig } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { type Environment, type SubgraphService, startService } from './subgraph-service.js';

export interface StoppableService {
  close(): Promise<void>;
}

/**
 * Runs a service until SIGINT or SIGTERM, then closes it (HTTP first, then stores) so an embedded
 * database is shut down cleanly. A failure to start exits with status 1 and the reason.
 */
export async function runService(
  logger: Pick<Logger, 'info' | 'error' | 'fatal'>,
  start: () => Promise<StoppableService>,
): Promise<void> {
  let service: StoppableService;
  try {
    service = await start();
  } catch (error) {
    logger.fatal({ err: error }, 'could not start');
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    const forced = setTimeout(() => process.exit(1), 10_000);
    forced.unref();
    try {
      await service.close();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'error while stopping');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** A subgraph in a process of its own (`node dist/main.js`), configured from the environment. */
export function runSubgraph(service: SubgraphService, env: Environment = process.env): Promise<void> {
  const logging = loadConfig(z.object({ LOG_LEVEL: commonEnv.LOG_LEVEL, LOG_FORMAT: commonEnv.LOG_FORMAT }), env);
  const logger = createLogger({ service: service.name, level: logging.LOG_LEVEL, format: logging.LOG_FORMAT });
  return runService(logger, () => startService(service, env, { logger }));
}
