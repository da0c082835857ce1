import { type Environment, type Logger, type Revocations, type RunningSubgraph, startService } from '@sp0t1fy/platform';
import { loadService, variablesOf } from '@sp0t1fy/schema';
import { type ConfiguredSubgraph, loadGatewayConfig } from './config.js';
import { type RunningGateway, startGateway } from './gateway.js';

export interface RunningProduct extends RunningGateway {
  /** The subgraphs this process hosts, by name (all of them on `npm start`). */
  hosted: ReadonlyMap<string, RunningSubgraph>;
}

export interface ProductOptions {
  logger?: Logger;
  /** The registry's subgraphs by default; tests add a fixture subgraph. */
  entries?: Parameters<typeof loadGatewayConfig>[1];
  supergraphSdl?: string;
}

/**
 * The gateway and, in the same process, every subgraph whose `<NAME>_URL` is unset: with none set
 * (`npm start`) the whole product is one process. Each hosted subgraph keeps its own configuration,
 * database and migrations, and a private port of its own on loopback for the service-to-service
 * routes (song feed, sign-out look-ups); GraphQL and public routes reach it without a network hop.
 */
export async function startProduct(env: Environment, options: ProductOptions = {}): Promise<RunningProduct> {
  const config = loadGatewayConfig(env, options.entries);
  const hosted = await hostSubgraphs(
    config.subgraphs.filter((subgraph) => !subgraph.url),
    env,
  );
  try {
    const gateway = await startGateway(config, {
      logger: options.logger,
      hosted,
      supergraphSdl: options.supergraphSdl,
    });
    return {
      ...gateway,
      hosted,
      async close() {
        await gateway.close();
        await closeAll(hosted);
      },
    };
  } catch (error) {
    await closeAll(hosted);
    throw error;
  }
}

/** Starts them in registry order; each later one is told where the earlier ones listen. */
async function hostSubgraphs(entries: ConfiguredSubgraph[], env: Environment) {
  const hosted = new Map<string, RunningSubgraph>();
  const shared: Environment = {};
  let revocations: Revocations | undefined;
  try {
    for (const entry of entries) {
      const variables = variablesOf(entry);
      const service = await loadService(entry);
      // The private port is any free one on loopback: nothing outside this process needs to find it.
      const subgraph = await startService(
        service,
        { ...env, ...shared, [variables.port]: '0', HOST: '127.0.0.1' },
        { revocations, peerUrl: (name) => shared[variablesOf({ name }).url] },
      );
      hosted.set(entry.name, subgraph);
      shared[variables.url] = subgraph.url;
      revocations ??= subgraph.ownRevocations;
    }
    return hosted;
  } catch (error) {
    await closeAll(hosted);
    throw error;
  }
}

/** Later subgraphs depend on earlier ones (sign-outs, feeds): closed in reverse order. */
async function closeAll(hosted: ReadonlyMap<string, RunningSubgraph>) {
  for (const subgraph of [...hosted.values()].reverse()) await subgraph.close();
}
