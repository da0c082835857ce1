import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Removes staged uploads a crash left behind. Only old files go: the folder could be shared with
 * another instance still receiving an upload.
 */
export async function sweepTempFiles(tempDir: string, olderThanMs = 24 * 60 * 60 * 1000): Promise<number> {
  const names = await readdir(tempDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  let removed = 0;
  for (const name of names) {
    const path = join(tempDir, name);
    const info = await stat(path).catch(() => null);
    if (info?.isFile() && Date.now() - info.mtimeMs > olderThanMs) {
      await rm(path, { force: true });
      removed++;
    }
  }
  return removed;
}
