import { SMALL_MP3 } from '../support/audio-files.js';
import { type BenchContext, layoutsOf, type SignedInStack } from '../support/context.js';
import { graphql, uploadSong } from '../support/graphql.js';
import { load, sequentialLatency } from '../support/load.js';
import { met, ms, perSecond, type Row, ratio, type ScenarioResult } from '../support/report.js';

/** Catalog fields only: the query both the subgraph and the gateway can answer alone. */
const CATALOG_QUERY = JSON.stringify({
  query: '{ songs(first: 20) { edges { node { id title artist album durationSeconds mimeType } } } }',
});

/** A page of songs joining all three subgraphs. */
const PAGE_QUERY = (first: number) =>
  JSON.stringify({
    query: `{ songs(first: ${first}) { edges { node { id title uploadedBy { displayName } playCount } } } }`,
  });

/** Songs for the pages and a few plays (so playCount has something to count), through the gateway. */
async function seed({ stack, session }: SignedInStack, pageSize: number) {
  for (let index = 0; index < pageSize; index++) {
    await uploadSong(stack.gateway.url, session.token, SMALL_MP3, `Overhead ${index}`);
  }
  const page = await graphql<{ songs: { edges: Array<{ node: { id: string } }> } }>(
    stack.gateway.url,
    `{ songs(first: ${pageSize}) { edges { node { id } } } }`,
    {},
    session.token,
  );
  for (const edge of page.songs.edges.slice(0, 10)) {
    await graphql(
      stack.gateway.url,
      'mutation ($id: ID!) { recordPlayback(songId: $id, action: PLAY, positionSeconds: 0) { id } }',
      { id: edge.node.id },
      session.token,
    );
  }
}

/** One layout: the catalog query at the subgraph's port and through the gateway; the three-subgraph page. */
async function measure(
  { stack, session }: SignedInStack,
  options: { smoke: boolean; seconds: number; pageSize: number },
) {
  const { smoke, seconds, pageSize } = options;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${session.token}` };
  const run = (url: string) =>
    load({
      url: `${url}/graphql`,
      method: 'POST',
      headers,
      body: CATALOG_QUERY,
      // A GraphQL error is an HTTP 200 too: only answers with data and no errors count.
      verifyBody: (body) => body.startsWith('{"data":') && !body.includes('"errors"'),
      connections: 16,
      duration: seconds,
      ...(smoke ? { amount: 50 } : {}),
    });
  await run(stack.catalog.url);
  await run(stack.gateway.url);
  const direct = await run(stack.catalog.url);
  const gateway = await run(stack.gateway.url);

  const subgraphs = [...stack.subgraphs.values()];
  const counts = () => Promise.all(subgraphs.map((service) => service.statements()));
  const count = smoke ? 10 : 300;
  const before = await counts();
  const latency = await sequentialLatency(`${stack.gateway.url}/graphql`, () => PAGE_QUERY(pageSize), {
    count,
    warmup: 0,
    headers: { authorization: `Bearer ${session.token}` },
  });
  const after = await counts();
  const perService = subgraphs.map((service, index) => ({
    name: service.name,
    statements: ((after[index] ?? 0) - (before[index] ?? 0)) / count,
  }));
  const directLatency = await sequentialLatency(
    `${stack.catalog.url}/graphql`,
    () => JSON.stringify({ query: `{ songs(first: ${pageSize}) { edges { node { id title uploadedBy { id } } } } }` }),
    { count, warmup: 5, headers: { authorization: `Bearer ${session.token}` } },
  );
  return { direct, gateway, latency, directLatency, perService, count };
}

/**
 * Scenario 2: what the gateway adds to a catalog query over asking the catalog at its own port, in
 * one process (the gateway runs the catalog in-process; the direct query is its private port) and in
 * the separate layout (one HTTP hop more), and the statements a three-subgraph page costs.
 */
export async function gatewayOverheadScenario(context: BenchContext): Promise<ScenarioResult> {
  const { smoke, seconds } = context;
  const pageSize = smoke ? 10 : 50;
  const rows: Row[] = [];
  let count = 0;
  for (const layout of layoutsOf(context)) {
    await seed(layout, pageSize);
    const result = await measure(layout, { smoke, seconds, pageSize });
    count = result.count;
    const { direct, gateway, latency, directLatency, perService } = result;
    const oneProcess = layout.stack.layout === 'one process';
    const prefix = `${layout.stack.layout}: `;
    const total = perService.reduce((sum, service) => sum + service.statements, 0);
    rows.push(
      {
        measure: `${prefix}catalog query (20 songs): requests/s`,
        value: perSecond(gateway.requestsPerSecond),
        baseline: perSecond(direct.requestsPerSecond),
        ratio: ratio(gateway.requestsPerSecond, direct.requestsPerSecond),
        target: oneProcess ? '≥ 0.85×' : 'reported',
        met: oneProcess ? met(gateway.requestsPerSecond >= 0.85 * direct.requestsPerSecond) : '',
      },
      {
        measure: `${prefix}catalog query: p99 latency (16 connections)`,
        value: ms(gateway.p99),
        baseline: ms(direct.p99),
        ratio: ratio(gateway.p99, direct.p99),
        target: 'reported',
        met: '',
      },
      ...(['p50', 'p95', 'p99'] as const).map((p) => ({
        measure: `${prefix}page of ${pageSize} with uploader and playCount (3 subgraphs): ${p}, one at a time`,
        value: ms(latency[p]),
        baseline: ms(directLatency[p]),
        ratio: ratio(latency[p], directLatency[p]),
        target: 'reported',
        met: '' as const,
      })),
      {
        measure: `${prefix}SQL statements per page request (3 subgraph fetches)`,
        value: `${total.toFixed(2)} (${perService.map((service) => `${service.name} ${service.statements.toFixed(2)}`).join(', ')})`,
        baseline: '3 (one per fetch)',
        ratio: ratio(total, 3),
        target: '≤ 1 per fetch, constant',
        met: met(perService.every((service) => service.statements <= 1 + 1e-9)),
      },
    );
  }

  return {
    title: '2. Gateway overhead, both layouts',
    baselineName: "the same query sent straight to the catalog subgraph's own port in the same layout",
    rows,
    notes: [
      `Throughput: 16 connections, ${seconds} s per run after a warm-up run, signed in (every subgraph verifies the token). One process first, then separate.`,
      "In one process the gateway answers the catalog's part without HTTP; the direct baseline is the hosted catalog's private loopback port, in the same process. Separate: the gateway's fetch is one HTTP hop to the catalog process.",
      `The page's latency baseline is the catalog's part of it alone (songs with uploader ids), straight at the subgraph; statements are averaged over ${count} requests of the same page (playback caches play counts, so its steady state is shown).`,
    ],
  };
}
