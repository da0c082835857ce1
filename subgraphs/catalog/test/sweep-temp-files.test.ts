import { readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sweepTempFiles } from '../src/providers/storage/sweep-temp-files.js';
import { tempDir } from './helpers.js';

describe('sweepTempFiles', () => {
  it('removes staged files older than the limit and keeps recent ones', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'upload-old'), 'x');
    await writeFile(join(dir, 'upload-new'), 'y');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    await utimes(join(dir, 'upload-old'), twoDaysAgo, twoDaysAgo);
    expect(await sweepTempFiles(dir)).toBe(1);
    expect(await readdir(dir)).toEqual(['upload-new']);
  });

  it('does nothing when the folder does not exist yet', async () => {
    expect(await sweepTempFiles(join(await tempDir(), 'missing'))).toBe(0);
  });
});
