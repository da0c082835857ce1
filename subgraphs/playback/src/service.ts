import { type RunningSubgraph, type SubgraphSettings, startSubgraph } from '@sp0t1fy/platform';
import type { PlaybackConfig } from './config.js';
import type { PlaybackContext, PlaybackProviders } from './context.js';
import type { PlaybackDatabase } from './database.js';
import { migrations } from './migrations/index.js';
import { typeDefs } from './module.graphql.js';
import { resolvers } from './resolvers/index.js';

export { loadPlaybackConfig, type PlaybackConfig } from './config.js';

export type RunningPlaybackService = RunningSubgraph<PlaybackDatabase, PlaybackProviders>;

export function startPlaybackService(config: PlaybackConfig): Promise<RunningPlaybackService> {
  const settings: SubgraphSettings = {
    ...config,
    port: config.PLAYBACK_PORT,
    databaseUrl: config.PLAYBACK_DATABASE_URL,
    usersUrl: config.USERS_URL,
  };
  return startSubgraph<PlaybackDatabase, PlaybackProviders, PlaybackContext>(
    {
      name: 'playback',
      typeDefs,
      resolvers,
      migrations,
      createProviders: (runtime) => ({ db: runtime.db }),
      createContext: (req, providers, runtime) => ({
        ...providers,
        auth: runtime.authenticate(req.get('authorization')),
        log: req.log,
      }),
    },
    settings,
  );
}
