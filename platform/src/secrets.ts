import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from './logger.js';

/**
 * Returns the secret stored in `dataDir/name`, creating it on first use. Several services start at
 * once on embedded defaults, so creation is atomic (write a private temp file, then hard-link it into
 * place, which fails if another process won the race) and everyone ends up with the same secret.
 */
export async function loadOrCreateSecret(dataDir: string, name: string): Promise<{ secret: string; created: boolean }> {
  const path = join(dataDir, name);
  const existing = await readSecret(path);
  if (existing) return { secret: existing, created: false };

  await mkdir(dataDir, { recursive: true });
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, randomBytes(48).toString('base64url'), { mode: 0o600 });
  // Only the caller whose link put the file in place created it; the others lost the race and read
  // the winner's secret, so they must not report (and log) a secret as generated.
  let created = false;
  try {
    await link(temp, path);
    created = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temp);
  }
  const secret = await readSecret(path);
  if (!secret) throw new Error(`Could not create the secret at ${path}`);
  return { secret, created };
}

async function readSecret(path: string): Promise<string | null> {
  try {
    const value = (await readFile(path, 'utf8')).trim();
    return value.length > 0 ? value : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The configured secret, or on embedded defaults one generated into DATA_DIR once and shared by
 * every service started from the same folder.
 */
export async function configuredOrGeneratedSecret(
  configured: string | undefined,
  {
    dataDir,
    name,
    variable,
    logger,
  }: { dataDir: string; name: string; variable: string; logger: Pick<Logger, 'info'> },
): Promise<string> {
  if (configured) return configured;
  const { secret, created } = await loadOrCreateSecret(dataDir, name);
  logger.info(
    { file: join(dataDir, name) },
    created
      ? `${variable} is not set: generated a secret and saved it`
      : `${variable} is not set: using the saved secret`,
  );
  return secret;
}
