import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locateFfmpeg } from '../src/providers/ffmpeg/ffmpeg-binary.js';

describe('locateFfmpeg', () => {
  const emptyDirectories: string[] = [];
  afterAll(() => Promise.all(emptyDirectories.map((directory) => rm(directory, { recursive: true }))));

  it('takes the machine ffmpeg first on the PATH', async () => {
    const found = await locateFfmpeg({ pathVariable: '/nowhere:/usr/bin' });
    expect(found).toMatchObject({ path: '/usr/bin/ffmpeg', source: 'system' });
    expect(found.version).toMatch(/^ffmpeg version /);
  });

  it("falls back to the npm package's build when the PATH has none, and runs it", async () => {
    const empty = await mkdtemp(join(tmpdir(), 'no-ffmpeg-'));
    emptyDirectories.push(empty);
    const found = await locateFfmpeg({ pathVariable: empty });
    expect(found.source).toBe('package');
    expect(found.path).toContain('@ffmpeg-installer');
    expect(found.version).toMatch(/^ffmpeg version /);
  });

  it('uses FFMPEG_PATH as given, and fails the start when it does not run', async () => {
    await expect(locateFfmpeg({ configured: '/usr/bin/ffmpeg' })).resolves.toMatchObject({ source: 'configured' });
    await expect(locateFfmpeg({ configured: '/nowhere/ffmpeg' })).rejects.toThrow();
  });
});
