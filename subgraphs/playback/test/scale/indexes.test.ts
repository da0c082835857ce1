import type { Database } from '@sp0t1fy/platform';
import { testBackends } from '@sp0t1fy/platform/testing';
import { type Compilable, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaybackDatabase } from '../../src/database.js';
import {
  historyPageQuery,
  recentlyPlayedQuery,
  userDistinctSongsQuery,
  userTopArtistsQuery,
  userTopSongsQuery,
} from '../../src/providers/history.js';
import {
  allTimeChartQuery,
  chartSinceQuery,
  songStatsQuery,
  userPlayCountsQuery,
} from '../../src/providers/play-stats.js';
import { openPlaybackDatabase } from '../support/database.js';

const EVENTS = 1_000_000;
const USERS = 1_000;
const SONGS = 50_000;

/** A plan node as EXPLAIN (FORMAT JSON) prints it. */
interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const flatten = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flatten)];
const describeNode = (node: PlanNode) =>
  [node['Node Type'], node['Index Name'] ?? node['Relation Name']].filter(Boolean).join(' ');

/**
 * The queries playback really runs (the providers' own builders), against a million events on real
 * PostgreSQL: each must reach playback_events through its index, never by reading the table whole.
 */
const postgres = (await testBackends()).filter((backend) => backend.postgresUrl);

describe.skipIf(postgres.length === 0)('the history, count and chart queries at a million events', () => {
  let database: Database<PlaybackDatabase>;
  let userId: string;
  let songIds: string[];
  let cursorId: number;

  beforeAll(async () => {
    database = await openPlaybackDatabase(postgres[0]!);
    const { db } = database;
    const started = performance.now();
    // Ids derived from numbers, so the seed needs no extension and is the same every run.
    await sql`
      create temporary table seed_ids as
      select n, (lpad(to_hex(n), 8, '0') || '-0000-4000-8000-000000000000')::uuid as id from generate_series(1, ${Math.max(USERS, SONGS)}) n
    `.execute(db);
    await sql`
      insert into known_songs (song_id, title, artist, album, duration_seconds, deleted_at, last_seq)
      select id, 'Song ' || n, 'Artist ' || (n % 400), null, 120 + n % 240, case when n % 50 = 0 then now() end, n
      from seed_ids where n <= ${SONGS}
    `.execute(db);
    // Bulk loading is faster without the secondary indexes: take the migration's definitions, load, recreate.
    const indexes = await sql<{ indexname: string; indexdef: string }>`
      select indexname, indexdef from pg_indexes where tablename = 'playback_events' and indexname <> 'playback_events_pkey'
    `.execute(db);
    for (const { indexname } of indexes.rows) await sql`drop index ${sql.ref(indexname)}`.execute(db);
    // Users listen unevenly to popular songs, over the last year; about a third of events start a listen.
    await sql`
      insert into playback_events (user_id, song_id, action, position_seconds, occurred_at, counts_as_play, seconds_listened)
      select u.id, s.id,
             (array['PLAY', 'PAUSE', 'RESUME', 'STOP', 'SEEK', 'COMPLETE'])[1 + g % 6],
             g % 120,
             now() - make_interval(secs => (${EVENTS} - g) * 31.5),
             g % 3 = 0,
             case when g % 3 = 1 then 30 else 0 end
      from generate_series(1::bigint, ${EVENTS}) g
      join seed_ids u on u.n = 1 + (g * 7919) % ${USERS}
      join seed_ids s on s.n = 1 + floor(${SONGS} * power(((g * 104729) % 1000003) / 1000003.0, 3))::int
    `.execute(db);
    for (const { indexdef } of indexes.rows) await sql.raw(indexdef).execute(db);
    await sql`
      insert into song_play_counts (song_id, play_count, last_played_at)
      select song_id, count(*), max(occurred_at) from playback_events where counts_as_play group by song_id
    `.execute(db);
    await sql`
      insert into listener_states (user_id, event_count, play_count, seconds_listened)
      select user_id, count(*), count(*) filter (where counts_as_play), sum(seconds_listened) from playback_events group by user_id
    `.execute(db);
    await sql`vacuum analyze`.execute(db);
    console.info(`seeded ${EVENTS} events in ${Math.round(performance.now() - started)} ms`);

    const busiest = await db
      .selectFrom('playback_events')
      .select(['user_id', (eb) => eb.fn.countAll<number>().as('events')])
      .groupBy('user_id')
      .orderBy('events', 'desc')
      .executeTakeFirstOrThrow();
    userId = busiest.user_id;
    const top = await db
      .selectFrom('song_play_counts')
      .select('song_id')
      .orderBy('play_count', 'desc')
      .limit(50)
      .execute();
    songIds = top.map((row) => row.song_id);
    const page = await historyPageQuery(db, userId, null, 51).execute();
    cursorId = page.at(-1)!.id;
  });
  afterAll(() => database?.close());

  async function explain(query: Compilable): Promise<{ nodes: PlanNode[]; ms: number }> {
    const compiled = query.compile();
    const result = await database.db.executeQuery<{
      'QUERY PLAN': Array<{ Plan: PlanNode; 'Execution Time': number }>;
    }>({ ...compiled, sql: `explain (analyze, format json) ${compiled.sql}` } as typeof compiled);
    const [plan] = result.rows[0]!['QUERY PLAN'];
    return { nodes: flatten(plan!.Plan), ms: plan!['Execution Time'] };
  }

  const week = () => new Date(Date.now() - 7 * 24 * 3600 * 1000);
  it.each<[string, string, () => Compilable]>([
    ['a history page', 'playback_events_history', () => historyPageQuery(database.db, userId, null, 51)],
    ['the next history page', 'playback_events_history', () => historyPageQuery(database.db, userId, cursorId, 51)],
    ['play counts of 50 songs', 'song_play_counts_pkey', () => songStatsQuery(database.db, songIds)],
    [
      "a listener's plays of 50 songs",
      'playback_events_user_plays',
      () => userPlayCountsQuery(database.db, userId, songIds),
    ],
    ['the all-time chart', 'song_play_counts_chart', () => allTimeChartQuery(database.db, 10)],
    ["this week's chart", 'playback_events_plays_by_time', () => chartSinceQuery(database.db, 10, week())],
    ['recently played', 'playback_events_user_plays', () => recentlyPlayedQuery(database.db, userId, 20)],
    ["a listener's top songs", 'playback_events_user_plays', () => userTopSongsQuery(database.db, userId, 5)],
    ["a listener's top artists", 'playback_events_user_plays', () => userTopArtistsQuery(database.db, userId, 5)],
    ["a listener's distinct songs", 'playback_events_user_plays', () => userDistinctSongsQuery(database.db, userId)],
  ])('%s uses %s', async (name, index, query) => {
    const { nodes, ms } = await explain(query());
    console.info(`${name}: ${ms.toFixed(2)} ms, ${nodes.map(describeNode).join(' > ')}`);
    expect(nodes.map((node) => node['Index Name']).filter(Boolean)).toContain(index);
    const readsWholeTable = nodes.filter(
      (node) =>
        node['Node Type'] === 'Seq Scan' &&
        ['playback_events', 'song_play_counts'].includes(node['Relation Name'] ?? ''),
    );
    expect(readsWholeTable).toEqual([]);
  });
});
