/**
 * One service in its own process, started through its package's exported start function (the same
 * code `node dist/main.js` runs) so the harness can ask it over IPC how many SQL statements it ran.
 *
 *   node --import tsx src/host.ts <users|catalog|playback|gateway>    (environment as for main.js)
 */
import { createLogger } from '@sp0t1fy/platform';

interface Hosted {
  url: string;
  close(): Promise<void>;
  runtime?: { databaseStats: { statements: number } };
}

const starters: Record<string, () => Promise<Hosted>> = {
  async users() {
    const { loadUsersConfig, startUsersService } = await import('@sp0t1fy/users');
    return startUsersService(loadUsersConfig());
  },
  async catalog() {
    const { loadCatalogConfig, startCatalogService } = await import('@sp0t1fy/catalog');
    return startCatalogService(loadCatalogConfig());
  },
  async playback() {
    const { loadPlaybackConfig, startPlaybackService } = await import('@sp0t1fy/playback');
    return startPlaybackService(loadPlaybackConfig());
  },
  async gateway() {
    const { loadGatewayConfig, startGateway } = await import('@sp0t1fy/gateway');
    const config = loadGatewayConfig();
    return startGateway(config, {
      logger: createLogger({ service: 'gateway', level: config.LOG_LEVEL, format: 'json' }),
    });
  },
};

const name = process.argv[2] ?? '';
const start = starters[name];
if (!start || !process.send) throw new Error(`usage: host.ts <${Object.keys(starters).join('|')}> (forked with IPC)`);
const service = await start();
const send = process.send.bind(process);
process.on('message', async (message: string) => {
  if (message === 'statements')
    send({ type: 'statements', statements: service.runtime?.databaseStats.statements ?? 0 });
  if (message === 'close') {
    await service.close();
    process.exit(0);
  }
});
send({ type: 'ready', url: service.url });
