import { createLogger, runService } from '@sp0t1fy/platform';
import { loadUsersConfig, startUsersService } from './service.js';

const config = loadUsersConfig();
await runService(createLogger({ service: 'users', level: config.LOG_LEVEL, format: config.LOG_FORMAT }), () =>
  startUsersService(config),
);
