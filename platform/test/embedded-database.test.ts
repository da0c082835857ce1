import { spawnSync } from 'node:child_process';
import { access, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/database.js';
import { embeddedTemplate, seedFromTemplate } from '../src/embedded-template.js';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('embedded database', () => {
  const dirs: string[] = [];
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'embedded-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('starts each new database from the template, each its own and kept across restarts', async () => {
    const root = await tempDir();
    const created: string[] = [];
    const open = (name: string) =>
      openDatabase<{ notes: { body: string } }>({
        embeddedDir: join(root, name, 'postgres'),
        onEmbeddedCreated: (from) => created.push(`${name}:${from}`),
      });

    const [first, second] = await Promise.all([open('first'), open('second')]);
    expect(created.sort()).toEqual(['first:template', 'second:template']);
    await sql`create table notes (body text)`.execute(first.db);
    await first.db.insertInto('notes').values({ body: 'kept' }).execute();
    // The other database started from the same template but is a separate database.
    const tables = await sql<{
      count: number;
    }>`select count(*)::int as count from pg_tables where tablename = 'notes'`.execute(second.db);
    expect(tables.rows[0]?.count).toBe(0);
    await Promise.all([first.close(), second.close()]);

    const reopened = await open('first');
    try {
      expect(created).toHaveLength(2);
      expect(await reopened.db.selectFrom('notes').select('body').execute()).toEqual([{ body: 'kept' }]);
    } finally {
      await reopened.close();
    }
  });

  it('keeps a small buffer cache, so an idle service does not hold 128 MB of it', async () => {
    const database = await openDatabase({ embeddedDir: join(await tempDir(), 'postgres') });
    try {
      const { rows } = await sql<{ shared_buffers: string }>`show shared_buffers`.execute(database.db);
      expect(rows[0]?.shared_buffers).toBe('8MB');
    } finally {
      await database.close();
    }
  });

  it('leaves a folder that already holds files to PGlite', async () => {
    const root = await tempDir();
    const databaseDir = join(root, 'postgres');
    await mkdir(databaseDir);
    await writeFile(join(databaseDir, 'unrelated'), 'x');
    const template = await embeddedTemplate();
    expect(template).toBeDefined();
    expect(await seedFromTemplate(databaseDir, template as string)).toBe(false);
    expect(await readdir(databaseDir)).toEqual(['unrelated']);
  });

  it('makes the template once for callers racing each other, taking over a dead maker’s lock', async () => {
    const cacheDir = await tempDir();
    const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite');
    const { version } = JSON.parse(await readFile(join(dirname(pglite), '..', 'package.json'), 'utf8'));
    const templateName = `pglite-${version}-pgdata`;
    // The lock of a maker that was killed: its process no longer exists.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    await writeFile(join(cacheDir, `${templateName}.lock`), dead);

    const results = await Promise.all([embeddedTemplate(cacheDir), embeddedTemplate(cacheDir)]);
    expect(results[0]).toBe(join(cacheDir, templateName));
    expect(results[1]).toBe(results[0]);
    expect(await exists(join(results[0] as string, 'PG_VERSION'))).toBe(true);
    // No lock and no half-made copy left behind.
    expect(await readdir(cacheDir)).toEqual([templateName]);
  });
});
