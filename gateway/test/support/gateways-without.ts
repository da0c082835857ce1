import { variablesOf } from '@sp0t1fy/schema';
import { loadGatewayConfig, type RunningGateway, startGateway } from '../../src/index.js';
import { startDroppingServer } from './fault-servers.js';

/**
 * A gateway per named subgraph that reaches that subgraph at a port dropping every connection (the
 * subgraph down) and the rest of the stack as `env` says: what each page gets during one outage.
 */
export async function startGatewaysWithout(env: Record<string, string>, names: readonly string[]) {
  const gateways = new Map<string, RunningGateway>();
  const down: Array<Awaited<ReturnType<typeof startDroppingServer>>> = [];
  for (const name of names) {
    const nowhere = await startDroppingServer();
    down.push(nowhere);
    gateways.set(name, await startGateway(loadGatewayConfig({ ...env, [variablesOf({ name }).url]: nowhere.url })));
  }
  return {
    /** The URL of the gateway without `name`. */
    urlWithout(name: string): string {
      const gateway = gateways.get(name);
      if (!gateway) throw new Error(`No gateway was started without ${name}`);
      return gateway.url;
    },
    async close() {
      await Promise.all([...gateways.values()].map((gateway) => gateway.close()));
      await Promise.all(down.map((server) => server.release()));
    },
  };
}

export type GatewaysWithout = Awaited<ReturnType<typeof startGatewaysWithout>>;
