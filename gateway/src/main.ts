import { createLogger, runService } from '@sp0t1fy/platform';
import { loadGatewayConfig } from './config.js';
import { startProduct } from './host.js';

const config = loadGatewayConfig();
const logger = createLogger({ service: 'gateway', level: config.LOG_LEVEL, format: config.LOG_FORMAT });
await runService(logger, () => startProduct(process.env, { logger }));
