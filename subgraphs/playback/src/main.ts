import { createLogger, runService } from '@sp0t1fy/platform';
import { loadPlaybackConfig, startPlaybackService } from './service.js';

const config = loadPlaybackConfig();
await runService(createLogger({ service: 'playback', level: config.LOG_LEVEL, format: config.LOG_FORMAT }), () =>
  startPlaybackService(config),
);
