import { mkdir } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { type Extensions, PGlite } from '@electric-sql/pglite';
import { Kysely, type LogEvent, type Migration, Migrator, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { embeddedTemplate, holdsDatabase, seedFromTemplate } from './embedded-template.js';

export interface DatabaseOptions {
  /** A PostgreSQL connection string; without one the service keeps its data in an embedded PGlite. */
  url?: string;
  /** Where the embedded PGlite keeps its files; `memory://` keeps them in memory (tests). */
  embeddedDir: string;
  /** PGlite ships contrib extensions as separate modules; real PostgreSQL has them installed. */
  embeddedExtensions?: Extensions;
  /** Connections per process on real PostgreSQL. */
  poolSize?: number;
  /** Let V8 optimise the embedded database's hot code (see useBaselineWasmCode); off by default. */
  embeddedOptimize?: boolean;
  /** Told how a new embedded database was created (copied from the template, or initdb). */
  onEmbeddedCreated?(from: 'template' | 'initdb'): void;
}

/** Counters a benchmark or test reads to prove how many statements a request costs. */
export interface DatabaseStats {
  statements: number;
}

export interface Database<DB> {
  db: Kysely<DB>;
  stats: DatabaseStats;
  kind: 'postgres' | 'pglite';
  /** Resolves when the database answers a trivial query; for /ready. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

// PostgreSQL's bigint (count(*), sums) arrives as a string by default; our counts fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number.parseFloat(value));

export async function openDatabase<DB>(options: DatabaseOptions): Promise<Database<DB>> {
  const stats: DatabaseStats = { statements: 0 };
  const log = (event: LogEvent) => {
    if (event.level === 'query') stats.statements++;
  };
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      // A restarted PostgreSQL leaves dead sockets in the pool; fail fast and let the pool reconnect.
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
    });
    // An idle client losing its server must not crash the process; the pool replaces it.
    pool.on('error', () => {});
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), log });
    return { db, stats, kind: 'postgres', ping: () => ping(db), close: () => db.destroy() };
  }

  if (!options.embeddedDir.startsWith('memory://')) await prepareEmbeddedDir(options);
  if (!options.embeddedOptimize) useBaselineWasmCode();
  const pglite = await PGlite.create(options.embeddedDir, {
    extensions: options.embeddedExtensions,
    startParams: EMBEDDED_START_PARAMS,
    parsers: { 20: (value: string) => Number.parseInt(value, 10), 1700: (value: string) => Number.parseFloat(value) },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite), log });
  return { db, stats, kind: 'pglite', ping: () => ping(db), close: () => db.destroy() };
}

/**
 * PGlite's own flags plus a smaller buffer cache. PostgreSQL's default 128 MB of shared_buffers is
 * allocated and zeroed inside PGlite's WebAssembly memory at start, so every embedded service held all
 * of it resident even when idle (~120 MB of the ~350 MB an idle subgraph used). An embedded database is
 * a small install's; PostgreSQL reads what does not fit through the operating system's file cache.
 * 8 MB rather than 16: `npm start` holds one embedded database per subgraph in one process, and each
 * megabyte counts three or four times against a small machine's memory (bench scenario 5).
 */
const EMBEDDED_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=8MB'];

/**
 * V8 compiles PGlite (PostgreSQL in 10 MB of WebAssembly) with its baseline compiler, Liftoff, then
 * recompiles the functions that run often with its optimising compiler, TurboFan, on background threads.
 * PostgreSQL's start-up and the migrations run enough of them that this cost each embedded service about
 * 1.5 s of CPU at start and ~50 MB resident for good: ~40 % of a cold start's CPU (bench/PROFILE.md).
 * An embedded database is a small install's, so it keeps the baseline code, and heavy queries take about
 * 1.7 times the CPU; EMBEDDED_DATABASE_OPTIMIZE=true keeps V8's default. The flags are process-wide
 * and apply to WebAssembly compiled after them: PGlite's module is compiled by PGlite.create, just after.
 */
function useBaselineWasmCode(): void {
  setFlagsFromString('--no-wasm-tier-up');
  setFlagsFromString('--no-wasm-dynamic-tiering');
}

/** A folder without a database gets a copy of the pre-initialised template instead of running initdb. */
async function prepareEmbeddedDir({ embeddedDir, onEmbeddedCreated }: DatabaseOptions): Promise<void> {
  if (await holdsDatabase(embeddedDir)) return;
  const template = await embeddedTemplate();
  if (template && (await seedFromTemplate(embeddedDir, template))) {
    onEmbeddedCreated?.('template');
    return;
  }
  await mkdir(embeddedDir, { recursive: true });
  onEmbeddedCreated?.('initdb');
}

// biome-ignore lint/suspicious/noExplicitAny: works for any schema
async function ping(db: Kysely<any>): Promise<void> {
  await sql`select 1`.execute(db);
}

/** Applies every pending migration in name order; a failure stops the service before it serves anything. */
// biome-ignore lint/suspicious/noExplicitAny: migrations describe their own tables
export async function migrateToLatest(db: Kysely<any>, migrations: Record<string, Migration>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed`, { cause: error });
  }
}
