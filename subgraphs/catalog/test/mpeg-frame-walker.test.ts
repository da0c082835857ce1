import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { audioFixture } from '@sp0t1fy/platform/testing';
import { describe, expect, it } from 'vitest';
import { MAX_LEADING_JUNK, scanMpegFile, WINDOW_BYTES } from '../src/providers/audio/mpeg-frame-walker.js';
import { noise, tempDir } from './helpers.js';

const SPEECH_TAG_BYTES = 252; // ID3v2.3 header + 242 bytes, see mpeg-header.test.ts

async function scanBytes(bytes: Buffer) {
  const path = join(await tempDir(), 'input');
  await writeFile(path, bytes);
  return scanMpegFile(path);
}

describe('scanMpegFile on real files', () => {
  it('walks every frame of a CBR file after its ID3v2 tag, leaving the ID3v1 tag unframed', async () => {
    const scan = await scanMpegFile(audioFixture('speech-cbr128.mp3'));
    expect(scan).toMatchObject({
      audioStart: SPEECH_TAG_BYTES,
      headerAtAudioStart: true,
      frameCount: 390,
      unframedBytes: 128,
    });
    expect(scan.firstFrame).toMatchObject({ offset: SPEECH_TAG_BYTES, version: 1, sampleRateHz: 44100, channels: 1 });
    // 390 frames include LAME's Info frame: one frame (26 ms) more than the 10.16 s ffprobe reports.
    expect(scan.durationSeconds).toBeCloseTo(10.188, 3);
  });

  it('walks a VBR MPEG-2 file whose first frame is the Xing header', async () => {
    const scan = await scanMpegFile(audioFixture('tone-vbr-mono.mp3'));
    expect(scan).toMatchObject({ audioStart: 0, frameCount: 310, unframedBytes: 0 });
    expect(scan.firstFrame).toMatchObject({ offset: 0, version: 2, sampleRateHz: 22050, samplesPerFrame: 576 });
  });

  it('walks MPEG-2.5', async () => {
    const scan = await scanMpegFile(audioFixture('mpeg25-8khz.mp3'));
    expect(scan.firstFrame).toMatchObject({ version: 2.5, sampleRateHz: 8000 });
    expect(scan.durationSeconds).toBeCloseTo(2.16, 2);
  });

  it('finds no frames in a frame sync followed by noise, but notes the header where audio starts', async () => {
    const scan = await scanMpegFile(audioFixture('sync-then-noise.mp3'));
    expect(scan).toMatchObject({ firstFrame: null, frameCount: 0, headerAtAudioStart: true });
  });

  it.each(['not-audio.mp3', 'png-renamed.mp3', 'layer2-renamed.mp3', 'aac-adts-renamed.mp3', 'flac-renamed.mp3'])(
    'finds no Layer III frames in %s',
    async (name) => {
      const scan = await scanMpegFile(audioFixture(name));
      expect(scan).toMatchObject({ firstFrame: null, frameCount: 0, headerAtAudioStart: false });
    },
  );

  it('skips the ID3v2 tag in front of HTML and finds nothing after it', async () => {
    const scan = await scanMpegFile(audioFixture('id3-then-html.mp3'));
    expect(scan.audioStart).toBe(1956);
    expect(scan.firstFrame).toBeNull();
  });
});

describe('scanMpegFile on edited files', () => {
  const speech = () => readFile(audioFixture('speech-cbr128.mp3'));

  it('tolerates zero padding between the tag and the first frame', async () => {
    const file = await speech();
    const padded = Buffer.concat([
      file.subarray(0, SPEECH_TAG_BYTES),
      Buffer.alloc(1000),
      file.subarray(SPEECH_TAG_BYTES),
    ]);
    const scan = await scanBytes(padded);
    expect(scan.firstFrame?.offset).toBe(SPEECH_TAG_BYTES + 1000);
    expect(scan.frameCount).toBe(390);
  });

  it(`gives up when the first frame is more than ${MAX_LEADING_JUNK} bytes past the tag`, async () => {
    const file = await speech();
    const junk = Buffer.alloc(MAX_LEADING_JUNK + 1, 0x20);
    const scan = await scanBytes(
      Buffer.concat([file.subarray(0, SPEECH_TAG_BYTES), junk, file.subarray(SPEECH_TAG_BYTES)]),
    );
    expect(scan.firstFrame).toBeNull();
  });

  it('skips stacked ID3v2 tags', async () => {
    const file = await speech();
    const tag = file.subarray(0, SPEECH_TAG_BYTES);
    const scan = await scanBytes(Buffer.concat([tag, tag, file.subarray(SPEECH_TAG_BYTES)]));
    expect(scan.audioStart).toBe(2 * SPEECH_TAG_BYTES);
    expect(scan.frameCount).toBe(390);
  });

  it('resyncs after damage in the middle, counting only intact frames', async () => {
    const file = Buffer.from(await readFile(audioFixture('cbr-no-info-tag.mp3')));
    const clean = await scanMpegFile(audioFixture('cbr-no-info-tag.mp3'));
    noise(2000, 7).copy(file, 1500);
    const scan = await scanBytes(file);
    expect(scan.firstFrame?.offset).toBe(0);
    expect(scan.frameCount).toBeLessThan(clean.frameCount);
    expect(scan.frameCount).toBeGreaterThan(clean.frameCount - 15); // 2000 bytes ≈ 10 frames of 209 bytes
    // Headers are all the walker reads: the frames whose bodies the noise starts or ends in still count.
    expect(scan.unframedBytes).toBeGreaterThan(2000 - 2 * 209);
  });

  it('does not count a final frame that is cut short', async () => {
    const file = await speech();
    const scan = await scanBytes(file.subarray(0, file.length - 128 - 100)); // drop ID3v1 and 100 bytes
    expect(scan.frameCount).toBe(389);
  });

  it('finds no run in the first 300 bytes of a real MP3', async () => {
    const scan = await scanBytes((await speech()).subarray(0, 300));
    expect(scan).toMatchObject({ firstFrame: null, headerAtAudioStart: true });
  });

  it('reports a file that is only an ID3v2 tag', async () => {
    const scan = await scanBytes((await speech()).subarray(0, SPEECH_TAG_BYTES));
    expect(scan).toMatchObject({ audioStart: SPEECH_TAG_BYTES, fileSize: SPEECH_TAG_BYTES, firstFrame: null });
  });

  it('reports a tag that claims more bytes than the file has', async () => {
    const scan = await scanBytes((await speech()).subarray(0, 100));
    expect(scan.audioStart).toBeGreaterThan(scan.fileSize);
    expect(scan.firstFrame).toBeNull();
  });

  it('scans an empty file', async () => {
    const scan = await scanBytes(Buffer.alloc(0));
    expect(scan).toMatchObject({ fileSize: 0, audioStart: 0, firstFrame: null, headerAtAudioStart: false });
  });

  it('walks a file larger than its read window', async () => {
    const file = await speech();
    const audio = file.subarray(SPEECH_TAG_BYTES, file.length - 128);
    const copies = Math.ceil((3 * WINDOW_BYTES) / audio.length);
    const scan = await scanBytes(Buffer.concat(Array.from({ length: copies }, () => audio)));
    expect(scan.frameCount).toBe(copies * 390);
    expect(scan.unframedBytes).toBe(0);
  });

  it('resyncs after damage that straddles the end of a read window', async () => {
    const file = await speech();
    const audio = file.subarray(SPEECH_TAG_BYTES, file.length - 128);
    const copies = Math.ceil(WINDOW_BYTES / audio.length);
    const before = Buffer.concat(Array.from({ length: copies }, () => audio));
    // A window of zeros (never a frame sync) between two frames: whatever window the walk is in when it
    // loses sync, the zeros run past its end.
    const scan = await scanBytes(Buffer.concat([before, Buffer.alloc(WINDOW_BYTES), audio]));
    expect(scan.frameCount).toBe((copies + 1) * 390);
    expect(scan.unframedBytes).toBe(WINDOW_BYTES);
  });
});
