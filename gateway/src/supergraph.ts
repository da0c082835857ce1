import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * The supergraph composed at build time (`npm run compose`). Loading it from a file rather than
 * polling subgraphs lets the gateway start, and serve what it can, while a subgraph is down.
 */
export function loadSupergraphSdl(): Promise<string> {
  const path = createRequire(import.meta.url).resolve('@sp0t1fy/schema/supergraph.graphql');
  return readFile(path, 'utf8');
}
