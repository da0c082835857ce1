import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { audioFixture } from '@sp0t1fy/platform/testing';
import { describe, expect, it } from 'vitest';
import { decodeSlice } from '../src/providers/audio/ffmpeg-decode.js';
import { locateFfmpeg } from '../src/providers/ffmpeg/ffmpeg-binary.js';
import { tempDir } from './helpers.js';

const ffmpeg = await locateFfmpeg();
const fixture = (name: string) => audioFixture(`formats/${name}`);

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('decodeSlice', () => {
  it('decodes the slice asked for and names the streams, cover included', async () => {
    const whole = await decodeSlice(ffmpeg.path, fixture('flac-16-tags-cover.flac'), 'flac', {
      startSeconds: 0,
      seconds: 10,
    });
    expect(whole).toMatchObject({ streams: ['Audio: flac', 'Video: png'], audioCodec: 'flac', errors: [] });
    expect(whole.decodedSeconds).toBeCloseTo(3, 1);
    const end = await decodeSlice(ffmpeg.path, fixture('flac-16-tags-cover.flac'), 'flac', {
      startSeconds: 2.5,
      seconds: 10,
    });
    expect(end.decodedSeconds).toBeCloseTo(0.5, 1);
  });

  it('reports decoding errors and the missing audio of a cut file', async () => {
    const cut = await decodeSlice(ffmpeg.path, fixture('cut-flac-16-tags-cover.flac'), 'flac', {
      startSeconds: 2,
      seconds: 1,
    });
    expect(cut.decodedSeconds).toBeLessThan(0.5);
  });

  it('decodes nothing from a text file, even forced through the FLAC demuxer', async () => {
    // The probe never gets this far (the first bytes are not fLaC), but nothing here trusts ffmpeg's listing alone.
    const text = await decodeSlice(ffmpeg.path, fixture('text-named.flac'), 'flac', { startSeconds: 0, seconds: 1 });
    expect(text.decodedSeconds).toBe(0);
  });

  it('finds no audio stream in a video-only MP4', async () => {
    const video = await decodeSlice(ffmpeg.path, fixture('video-only.mp4'), 'mov', { startSeconds: 0, seconds: 1 });
    expect(video).toMatchObject({ streams: ['Video: h264'], audioCodec: undefined });
  });

  it('kills an ffmpeg that does not finish in time, and fails as an error of ours, not of the file', async () => {
    const dir = await tempDir();
    const pidFile = join(dir, 'pid');
    const hanging = join(dir, 'ffmpeg');
    await writeFile(hanging, `#!/bin/sh\necho $$ > '${pidFile}'\nexec sleep 60\n`);
    await chmod(hanging, 0o755);
    await expect(
      decodeSlice(hanging, fixture('flac-24bit.flac'), 'flac', { startSeconds: 0, seconds: 1 }, { timeoutMs: 500 }),
    ).rejects.toThrow(/did not finish/);
    const pid = Number((await readFile(pidFile, 'utf8')).trim());
    await expect.poll(() => isRunning(pid), { timeout: 5_000 }).toBe(false);
  });

  it('fails when there is no ffmpeg to run', async () => {
    await expect(
      decodeSlice('/nowhere/ffmpeg', fixture('flac-24bit.flac'), 'flac', { startSeconds: 0, seconds: 1 }),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
