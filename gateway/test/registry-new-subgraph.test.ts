import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SubgraphEntry, subgraphs } from '@sp0t1fy/schema';
import { composeSupergraph } from '@sp0t1fy/schema/compose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningProduct, startProduct } from '../src/index.js';
import { createClient } from './support/client.js';
import { seed } from './support/seed.js';

/** One registry entry; everything else the fifth subgraph needs is in its own folder. */
const FIFTH: SubgraphEntry = {
  name: 'fixture',
  module: new URL('./fixture-subgraph/service.js', import.meta.url).href,
  port: 4999,
  publicPaths: [],
};
const entries = [...subgraphs, FIFTH];

describe('a fifth subgraph added by one registry entry and its folder', () => {
  let dataDir: string;
  let product: RunningProduct;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'fifth-subgraph-'));
    const { supergraph } = await composeSupergraph(entries);
    product = await startProduct(
      { NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, PORT: '0', REGISTRATIONS_PER_IP: '1000' },
      { entries, supergraphSdl: supergraph },
    );
  });
  afterAll(async () => {
    await product?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('composes into the supergraph and the client-facing schema', async () => {
    const { api } = await composeSupergraph(entries);
    expect(api).toMatch(/fixtureGreeting: String!/);
    expect(api).toMatch(/fixtureNote: String!/);
  });

  it('is hosted with its own database and migrations, and joins the catalog through the gateway', async () => {
    expect([...product.hosted.keys()]).toEqual(entries.map((entry) => entry.name));
    const client = createClient(product.url);
    const ann = await seed(client).user();
    const song = await seed(client).song(ann);
    const answer = await ann.client.request<{ fixtureGreeting: string; song: { title: string; fixtureNote: string } }>(
      'query ($id: ID!) { fixtureGreeting song(id: $id) { title fixtureNote } }',
      { id: song.id },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      fixtureGreeting: 'hello from the fifth subgraph',
      song: { title: song.title, fixtureNote: `a note on ${song.id}` },
    });
  });

  it('is private by default: the bootstrap refuses its fields signed out, though no resolver checks', async () => {
    const answer = await createClient(product.url).request('{ fixtureGreeting }');
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGNED_OUT' });
  });
});
