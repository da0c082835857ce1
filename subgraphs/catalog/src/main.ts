import { createLogger, runService } from '@sp0t1fy/platform';
import { loadCatalogConfig, startCatalogService } from './service.js';

const config = loadCatalogConfig();
await runService(createLogger({ service: 'catalog', level: config.LOG_LEVEL, format: config.LOG_FORMAT }), () =>
  startCatalogService(config),
);
