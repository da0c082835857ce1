import { createLogger, runService } from '@sp0t1fy/platform';
import { loadGatewayConfig, startGateway } from './gateway.js';

const config = loadGatewayConfig();
const logger = createLogger({ service: 'gateway', level: config.LOG_LEVEL, format: config.LOG_FORMAT });
await runService(logger, () => startGateway(config, logger));
