import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync } from 'node:fs';
import { access, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * A fresh embedded database is the output of `initdb`, which PGlite runs in WebAssembly in a second
 * PostgreSQL instance: about 10 s of CPU, and the process that ran it keeps ~400 MB it never returns.
 * Every fresh database is the same, so the folder `initdb` leaves is made once per installed PGlite
 * version (in a child process, so that memory goes away with it) and each service copies it into its
 * own empty database folder. Each service still has its own database; only the starting point is shared.
 *
 * The template lives beside the installation, in `node_modules/.cache` like other tools' caches, never
 * in the repository. Where that folder cannot be written (a read-only image) there is no template and
 * each service runs `initdb` itself, as before.
 */

/** How long a service waits for another process that is making the template before doing without it. */
const WAIT_FOR_OTHER_MS = 5 * 60_000;

/** The installed PGlite package and the cache folder of the node_modules that holds it. */
function installation(): { entry: string; packageDir: string; cacheDir: string } | undefined {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const marker = join('node_modules', '@electric-sql', 'pglite');
  const at = entry.lastIndexOf(marker);
  if (at < 0) return undefined;
  return {
    entry,
    packageDir: entry.slice(0, at + marker.length),
    cacheDir: join(entry.slice(0, at + 'node_modules'.length), '.cache', 'sp0t1fy'),
  };
}

async function pgliteVersion(packageDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/**
 * The template folder, made now if this installation has none yet; undefined when it cannot be made.
 * `cacheDir` is for tests; the installation's cache folder otherwise.
 */
export async function embeddedTemplate(cacheDir?: string): Promise<string | undefined> {
  try {
    const installed = installation();
    if (!installed) return undefined;
    // A new PGlite may change the on-disk format: the version is part of the name.
    const version = await pgliteVersion(installed.packageDir);
    const dir = join(cacheDir ?? installed.cacheDir, `pglite-${version}-pgdata`);
    return (await isTemplate(dir)) ? dir : await makeOnce(installed.entry, dir);
  } catch {
    // Not writable (a read-only install) or initdb failed: each service runs initdb itself, as before.
    return undefined;
  }
}

/** Whether a folder holds a PostgreSQL data directory (initdb writes PG_VERSION into it). */
export const holdsDatabase = (dir: string) =>
  access(join(dir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );

/** The template appears by rename once complete, so a database in its folder means a finished template. */
const isTemplate = holdsDatabase;

/** Services started together would otherwise each run initdb at once on the same cores: one makes it. */
async function makeOnce(pgliteEntry: string, dir: string): Promise<string | undefined> {
  await mkdir(dirname(dir), { recursive: true });
  const lock = `${dir}.lock`;
  const deadline = Date.now() + WAIT_FOR_OTHER_MS;
  for (;;) {
    if (await isTemplate(dir)) return dir;
    const held = await takeLock(lock);
    if (held) {
      try {
        if (!(await isTemplate(dir))) await makeTemplate(pgliteEntry, dir);
        return dir;
      } finally {
        await held.close();
        await rm(lock, { force: true });
      }
    }
    if (await lockIsStale(lock)) await rm(lock, { force: true });
    else if (Date.now() > deadline) return undefined;
    else await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function takeLock(lock: string) {
  try {
    const handle = await open(lock, 'wx');
    await handle.writeFile(String(process.pid));
    return handle;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw error;
  }
}

/** A lock whose process has died (killed while making the template) is taken over. */
async function lockIsStale(lock: string): Promise<boolean> {
  try {
    const pid = Number.parseInt(await readFile(lock, 'utf8'), 10);
    if (Number.isNaN(pid)) return Date.now() - (await stat(lock)).mtimeMs > 10_000;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ESRCH' || code === 'ENOENT';
  }
}

/**
 * Runs initdb in a child process: PGlite.create on an empty folder runs it, and close shuts the new
 * database down cleanly, so every copy starts without recovery.
 */
const MAKE_TEMPLATE = `
const { PGlite } = require(process.argv[1]);
PGlite.create(process.argv[2])
  .then((pglite) => pglite.close())
  .catch((error) => { console.error(error); process.exit(1); });
`;

async function makeTemplate(pgliteEntry: string, dir: string): Promise<void> {
  const staging = `${dir}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['-e', MAKE_TEMPLATE, pgliteEntry, staging], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`making the database template failed (${code}): ${stderr}`)),
      );
    });
    await rename(staging, dir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Fills an embedded database folder that is missing or empty from the template; returns whether it
 * did. A folder with anything in it is left to PGlite (an existing database, or one to refuse).
 */
export async function seedFromTemplate(databaseDir: string, template: string): Promise<boolean> {
  const entries = await readdir(databaseDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (entries.length > 0) return false;
  // Copied beside it and renamed into place: a copy cut short by a crash is never taken for a database.
  const staging = `${databaseDir}.seeding`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(dirname(databaseDir), { recursive: true });
  try {
    // Synchronous on purpose: ~1,000 files, and the service serves nothing yet; the async copy costs
    // three times the CPU (each file's steps are a thread-pool round trip).
    cpSync(template, staging, { recursive: true });
  } catch {
    // The template went away meanwhile (node_modules reinstalled): PGlite runs initdb instead.
    await rm(staging, { recursive: true, force: true });
    return false;
  }
  await rm(databaseDir, { recursive: true, force: true });
  await rename(staging, databaseDir);
  return true;
}
