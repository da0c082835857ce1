import { availableParallelism, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { SMALL_MP3 } from '../support/audio-files.js';
import type { BenchContext } from '../support/context.js';
import { graphql, uploadSong } from '../support/graphql.js';
import { sequentialLatency } from '../support/load.js';
import { met, ms, type Row, ratio, type ScenarioResult } from '../support/report.js';
import { seedSongs } from './library-scale.js';

/** The target for reading a smart playlist's first 100 songs. */
const TARGET_MS = 100;
/** The bench user's share of the plays: 1 in 20 (50,000 of 1,000,000), over their 10,000 songs. */
const OWN_PLAY_EVERY = 20;
const OWN_SONGS = 10_000;
const STARRED = 500;

/** The rule shapes timed, from a catalog-only one to a play sort over a quarter of the library. */
const SHAPES: Array<{ label: string; rules: Record<string, unknown> }> = [
  {
    label: 'catalog only: Rock from the 1990s, by title',
    rules: {
      all: [
        { field: 'genre', op: 'is', value: 'Rock' },
        { field: 'year', op: 'between', value: [1990, 1999] },
      ],
      sort: { field: 'title', direction: 'asc' },
    },
  },
  {
    label: 'played more than twice, not in the last week, by plays',
    rules: {
      all: [
        { field: 'playCount', op: 'greaterThan', value: 2 },
        { field: 'lastPlayedAt', op: 'notInTheLast', value: { days: 7 } },
      ],
      sort: { field: 'playCount', direction: 'desc' },
    },
  },
  {
    label: 'starred, or Jazz played in the last 30 days, newest first',
    rules: {
      any: [
        { field: 'starred', op: 'is', value: true },
        {
          all: [
            { field: 'genre', op: 'is', value: 'Jazz' },
            { field: 'lastPlayedAt', op: 'inTheLast', value: { days: 30 } },
          ],
        },
      ],
    },
  },
  {
    label: 'never played in the last year, newest first',
    rules: { field: 'lastPlayedAt', op: 'notInTheLast', value: { days: 365 } },
  },
  {
    label: 'all Rock (25,000 songs), by last played',
    rules: { field: 'genre', op: 'is', value: 'Rock', sort: { field: 'lastPlayedAt', direction: 'desc' } },
  },
];

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Play events straight into playback's database: 1 in 20 the bench user's, on their 10,000 songs
 * (skewed: a few played often, most seldom), the rest 999 other listeners' across the library, all
 * counted plays spread over the last year. Stars for 500 of the bench user's songs in the library's.
 */
async function seedPlays(context: BenchContext, userId: string, songIds: string[], events: number) {
  const { env } = context.stack;
  const own = songIds.slice(0, OWN_SONGS);
  await withClient(env.PLAYBACK_DATABASE_URL as string, async (client) => {
    await client.query('select setseed(0.42)');
    await client.query(
      `with own as (select array_agg(id) as ids from unnest($3::uuid[]) as id),
            every as (select array_agg(id) as ids from unnest($4::uuid[]) as id)
       insert into playback_events (user_id, song_id, action, position_seconds, occurred_at, counts_as_play, seconds_listened)
       select case when i % ${OWN_PLAY_EVERY} = 0 then $1::uuid else md5('listener ' || (i % 999))::uuid end,
              case when i % ${OWN_PLAY_EVERY} = 0
                   then own.ids[1 + floor(power(random(), 2) * array_length(own.ids, 1))::int]
                   else every.ids[1 + floor(random() * array_length(every.ids, 1))::int] end,
              'PLAY', 0, now() - random() * interval '365 days', true, 0
       from generate_series(1, $2::int) as i, own, every`,
      [userId, events, own, songIds],
    );
    await client.query('analyze playback_events');
  });
  await withClient(env.LIBRARY_DATABASE_URL as string, (client) =>
    client.query(
      `insert into favourites (user_id, kind, target_id) select $1::uuid, 'SONG', id from unnest($2::uuid[]) as id`,
      [userId, own.slice(0, STARRED)],
    ),
  );
}

/** Waits until the catalog has followed playback's play feed past the seeded plays (its play counts). */
async function catalogCaughtUp(context: BenchContext): Promise<number> {
  const { env } = context.stack;
  const started = performance.now();
  const last = await withClient(env.PLAYBACK_DATABASE_URL as string, async (client) => {
    const { rows } = await client.query<{ last: string }>('select max(id) as last from playback_events');
    return Number(rows[0]?.last ?? 0);
  });
  await withClient(env.CATALOG_DATABASE_URL as string, async (client) => {
    for (;;) {
      const { rows } = await client.query<{ last_seq: string }>('select last_seq from play_feed_cursor');
      if (Number(rows[0]?.last_seq ?? 0) >= last) return;
      if (performance.now() - started > 15 * 60_000) throw new Error('the catalog did not follow the play feed');
      await sleep(1_000);
    }
  });
  return (performance.now() - started) / 1000;
}

/** Scenario 8: smart playlists on 100,000 songs and 1,000,000 plays (PostgreSQL, one process). */
export async function smartPlaylistsScenario(context: BenchContext): Promise<ScenarioResult> {
  const { stack, session, smoke } = context;
  const songs = smoke ? 2_000 : 100_000;
  const events = smoke ? 20_000 : 1_000_000;
  const catalogDb = stack.env.CATALOG_DATABASE_URL as string;
  // After scenario 4 the library already has its 100,000 songs; run alone, it seeds them.
  const existing = await withClient(catalogDb, async (client) =>
    Number((await client.query<{ count: string }>('select count(*) from songs')).rows[0]?.count ?? 0),
  );
  const seedStarted = performance.now();
  if (existing < songs) {
    if (existing === 0) await uploadSong(stack.gateway.url, session.token, SMALL_MP3, 'Bench seed');
    await seedSongs(catalogDb, songs - Math.max(existing, 1));
  }
  const songIds = await withClient(catalogDb, async (client) =>
    (await client.query<{ id: string }>('select id from songs order by seq')).rows.map((row) => row.id),
  );
  const me = await graphql<{ me: { id: string } }>(stack.gateway.url, '{ me { id } }', {}, session.token);
  await seedPlays(context, me.me.id, songIds, events);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const followSeconds = await catalogCaughtUp(context);

  const ids: string[] = [];
  for (const [index, shape] of SHAPES.entries()) {
    const created = await graphql<{ createSmartPlaylist: { id: string } }>(
      stack.gateway.url,
      'mutation ($input: SmartPlaylistInput!) { createSmartPlaylist(input: $input) { id } }',
      { input: { name: `Bench ${index + 1}`, rules: shape.rules } },
      session.token,
    );
    ids.push(created.createSmartPlaylist.id);
  }

  const url = `${stack.gateway.url}/graphql`;
  const headers = { authorization: `Bearer ${session.token}` };
  const count = smoke ? 10 : 100;
  const READ = 'query ($id: ID!) { smartPlaylist(id: $id) { songCount songs(first: 100) { id title artist } } }';
  const loadBefore = loadavg()[0] as number;
  const rows: Row[] = [];
  const sizes: string[] = [];
  for (const [index, shape] of SHAPES.entries()) {
    const id = ids[index] as string;
    const latencies = await sequentialLatency(url, () => JSON.stringify({ query: READ, variables: { id } }), {
      count,
      warmup: 5,
      headers,
    });
    const { smartPlaylist } = await graphql<{ smartPlaylist: { songCount: number } }>(
      stack.gateway.url,
      READ,
      { id },
      session.token,
    );
    sizes.push(`${index + 1}: ${smartPlaylist.songCount}`);
    for (const p of ['p50', 'p95'] as const) {
      rows.push({
        measure: `${index + 1}. ${shape.label}: ${p}`,
        value: ms(latencies[p]),
        baseline: ms(TARGET_MS),
        ratio: ratio(latencies[p], TARGET_MS),
        target: p === 'p95' ? `< ${TARGET_MS} ms` : 'reported',
        met: p === 'p95' ? met(latencies[p] < TARGET_MS) : '',
      });
    }
  }
  const loadAfter = loadavg()[0] as number;
  return {
    title: `8. Smart playlists on ${songs.toLocaleString('en')} songs and ${events.toLocaleString('en')} plays (PostgreSQL, one process)`,
    baselineName: 'the issue’s target: 100 ms p95',
    rows,
    notes: [
      `Seeded with SQL straight into each service's database in ${seedSeconds.toFixed(1)} s: the songs (as scenario 4), ${events.toLocaleString('en')} counted plays (1 in ${OWN_PLAY_EVERY} the bench user's, on ${OWN_SONGS.toLocaleString('en')} songs, skewed; the rest 999 other listeners' across the library; all within the last year) and ${STARRED} stars; the catalog then followed the play feed in ${followSeconds.toFixed(1)} s before anything was timed.`,
      `Each request reads smartPlaylist { songCount songs(first: 100) { id title artist } } through the gateway, signed in, one at a time, ${count} after 5 warm-up ones: evaluated afresh every time (no cache). Each playlist's limit is the default 100; songs matched (at most the limit): ${sizes.join(', ')}.`,
      'Shapes 2-4 have playback answer the owner’s play conditions as id sets first; shapes 2 and 5 sort by plays: playback sorts every song the owner played (10,000 here), the catalog says which of them match and gives the first never-played matches, both at once.',
      `1-minute load average on ${availableParallelism()} cores: ${loadBefore.toFixed(1)} before the runs, ${loadAfter.toFixed(1)} after.`,
    ],
  };
}
