import type { Logger } from './logger.js';

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
