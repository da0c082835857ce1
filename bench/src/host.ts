/**
 * One process of a bench stack, started through the same exported functions its `node dist/main.js`
 * runs, so the harness can ask it over IPC how many SQL statements it has run.
 *
 *   node --import tsx src/host.ts product            the gateway and every subgraph whose <NAME>_URL
 *                                                    is unset (none set: the one-process layout)
 *   node --import tsx src/host.ts subgraph <name>    one subgraph of the registry (the separate layout)
 *
 * It reports `{ type: 'ready', url, hosted }` (hosted: each subgraph it runs, by name, at its own
 * port) and answers `{ type: 'statements', id }` with each hosted subgraph's statement count.
 */
import { createLogger, type RunningSubgraph, startService } from '@sp0t1fy/platform';
import { loadService, subgraphs } from '@sp0t1fy/schema';

interface Hosting {
  url: string;
  hosted: ReadonlyMap<string, RunningSubgraph>;
  close(): Promise<void>;
}

async function startProductHere(): Promise<Hosting> {
  const { loadGatewayConfig, startProduct } = await import('@sp0t1fy/gateway');
  const config = loadGatewayConfig();
  const logger = createLogger({ service: 'gateway', level: config.LOG_LEVEL, format: 'json' });
  return startProduct(process.env, { logger });
}

async function startSubgraphHere(name: string): Promise<Hosting> {
  const entry = subgraphs.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no subgraph '${name}' in the registry (${subgraphs.map((s) => s.name).join(', ')})`);
  const subgraph = await startService(await loadService(entry), process.env);
  return { url: subgraph.url, hosted: new Map([[name, subgraph]]), close: () => subgraph.close() };
}

const [role, name] = process.argv.slice(2);
if (!process.send || (role !== 'product' && !(role === 'subgraph' && name))) {
  throw new Error('usage: host.ts product | host.ts subgraph <name> (forked with IPC)');
}
const hosting = role === 'product' ? await startProductHere() : await startSubgraphHere(name as string);
const send = process.send.bind(process);
process.on('message', async (message: { type: string; id?: number }) => {
  if (message.type === 'statements') {
    const bySubgraph = Object.fromEntries(
      [...hosting.hosted].map(([subgraph, running]) => [subgraph, running.runtime.databaseStats.statements]),
    );
    send({ type: 'statements', id: message.id, bySubgraph });
  }
  if (message.type === 'close') {
    await hosting.close();
    process.exit(0);
  }
});
send({
  type: 'ready',
  url: hosting.url,
  hosted: Object.fromEntries([...hosting.hosted].map(([subgraph, running]) => [subgraph, running.url])),
});
