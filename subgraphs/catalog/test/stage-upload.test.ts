import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { audioFixture } from '@sp0t1fy/platform/testing';
import { describe, expect, it } from 'vitest';
import { FileTooLargeError, stageUpload } from '../src/providers/storage/stage-upload.js';
import { noise, tempDir } from './helpers.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A source that yields `chunks` and then fails (with an error) or is destroyed (without one). */
function failingSource(chunks: Buffer[], ending: 'error' | 'abort'): Readable {
  const source = new Readable({ read() {} });
  (async () => {
    for (const chunk of chunks) {
      source.push(chunk);
      await sleep(5);
    }
    if (ending === 'error') source.destroy(new Error('connection reset by peer'));
    else source.destroy();
  })();
  return source;
}

describe('stageUpload', () => {
  it('writes the stream to a temp file and returns its SHA-256 and size', async () => {
    const dir = join(await tempDir(), 'tmp'); // does not exist yet
    const content = await readFile(audioFixture('speech-cbr128.mp3'));
    const staged = await stageUpload(Readable.from(chunked(content, 1000)), { tempDir: dir, maxBytes: 1_000_000 });

    expect(staged).toMatchObject({ sha256: sha256(content), sizeBytes: content.length });
    expect(staged.sha256).toBe('5d8b81c9498340f209c2fc263e7e632f2d46c486401320a07e948bdd52add349'); // README
    expect(await readFile(staged.tempPath)).toStrictEqual(content);
    expect(staged.tempPath.startsWith(dir)).toBe(true);
    expect((await stat(staged.tempPath)).mode & 0o777).toBe(0o600);
  });

  it('stages a file whole while writing it out to disk as it arrives', async () => {
    const content = noise(300_000, 3);
    const staged = await stageUpload(Readable.from(chunked(content, 7000)), {
      tempDir: await tempDir(),
      maxBytes: 1_000_000,
      writeOutEveryBytes: 10_000, // dozens of write-outs, some still running when the next chunk is written
    });
    expect(staged).toMatchObject({ sha256: sha256(content), sizeBytes: content.length });
    expect(await readFile(staged.tempPath)).toStrictEqual(content);
  });

  it('names temp files without an extension and never reuses a name', async () => {
    const dir = await tempDir();
    const a = await stageUpload(Readable.from([Buffer.from('a')]), { tempDir: dir, maxBytes: 10 });
    const b = await stageUpload(Readable.from([Buffer.from('a')]), { tempDir: dir, maxBytes: 10 });
    expect(a.tempPath).not.toBe(b.tempPath);
    expect(a.tempPath).not.toMatch(/\.[a-z0-9]+$/i);
  });

  it('handles an empty stream', async () => {
    const staged = await stageUpload(Readable.from([]), { tempDir: await tempDir(), maxBytes: 10 });
    expect(staged).toMatchObject({ sizeBytes: 0, sha256: sha256(Buffer.alloc(0)) });
  });

  it('accepts string chunks', async () => {
    const staged = await stageUpload(Readable.from(['héllo', ' ', 'wörld']), {
      tempDir: await tempDir(),
      maxBytes: 100,
    });
    expect(await readFile(staged.tempPath, 'utf8')).toBe('héllo wörld');
    expect(staged.sizeBytes).toBe(Buffer.byteLength('héllo wörld'));
  });

  it('accepts exactly maxBytes', async () => {
    const staged = await stageUpload(Readable.from([noise(1000)]), { tempDir: await tempDir(), maxBytes: 1000 });
    expect(staged.sizeBytes).toBe(1000);
  });

  it('fails with FileTooLargeError past maxBytes, removes the temp file and leaves the source alive', async () => {
    const dir = await tempDir();
    // Endless, like a request body still arriving.
    const source = new Readable({
      read() {
        this.push(noise(100));
      },
    });
    const error = await stageUpload(source, { tempDir: dir, maxBytes: 5000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileTooLargeError);
    expect(error).toMatchObject({ maxBytes: 5000, message: 'This file is too large. The limit is 4.9 KB.' });
    expect(await readdir(dir)).toStrictEqual([]);
    // Not destroyed, so an HTTP handler can still send 413 on the request's socket.
    expect(source.destroyed).toBe(false);
    expect(source.readableFlowing).toBe(false);
  });

  it('treats a stream that ends with `truncated` set (graphql-upload-minimal at its limit) as too large', async () => {
    const dir = await tempDir();
    const source = Object.assign(Readable.from([noise(100)]), { truncated: true });
    await expect(stageUpload(source, { tempDir: dir, maxBytes: 1000 })).rejects.toBeInstanceOf(FileTooLargeError);
    expect(await readdir(dir)).toStrictEqual([]);
  });

  it('keeps reading when the source is unpiped midway, as graphql-upload-minimal does at its limit', async () => {
    const dir = await tempDir();
    const source = new Readable({ read() {} });
    const staging = stageUpload(source, { tempDir: dir, maxBytes: 10_000 });
    source.push(noise(500, 1));
    await sleep(20);
    source.unpipe();
    source.push(noise(500, 2));
    source.push(null);
    expect((await staging).sizeBytes).toBe(1000);
  });

  it('formats the limit in the message for people', () => {
    expect(new FileTooLargeError(200 * 1024 * 1024).message).toBe('This file is too large. The limit is 200 MB.');
  });

  it.each(['error', 'abort'] as const)('removes the temp file when the source ends with %s midway', async (ending) => {
    const dir = await tempDir();
    const source = failingSource([noise(1000, 1), noise(1000, 2), noise(1000, 3)], ending);
    await expect(stageUpload(source, { tempDir: dir, maxBytes: 1_000_000 })).rejects.toThrow(
      ending === 'error' ? 'connection reset by peer' : /premature close/i,
    );
    expect(await readdir(dir)).toStrictEqual([]);
  });

  it('removes the temp file when the source fails before sending anything', async () => {
    const dir = await tempDir();
    await expect(stageUpload(failingSource([], 'error'), { tempDir: dir, maxBytes: 100 })).rejects.toThrow();
    expect(await readdir(dir)).toStrictEqual([]);
  });

  it('removes the temp file when the source was already destroyed', async () => {
    const dir = await tempDir();
    const source = new Readable({ read() {} });
    source.destroy();
    await expect(stageUpload(source, { tempDir: dir, maxBytes: 100 })).rejects.toThrow();
    expect(await readdir(dir)).toStrictEqual([]);
  });

  it('removes the temp file when an HTTP client aborts its upload midway', async () => {
    const dir = await tempDir();
    let settled!: Promise<unknown>;
    const server = createServer((req, res) => {
      settled = stageUpload(req, { tempDir: dir, maxBytes: 10_000_000 }).then(
        () => 'staged',
        (error: unknown) => error,
      );
      settled.finally(() => res.end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const client = request({ host: '127.0.0.1', port, method: 'PUT', headers: { 'Content-Length': 1_000_000 } });
      client.on('error', () => {}); // we are the ones cutting it
      client.write(noise(64 * 1024));
      await waitFor(async () => (await readdir(dir)).length === 1); // upload under way, temp file exists
      client.destroy();
      await waitFor(() => settled !== undefined);
      const outcome = await settled;
      expect(outcome).toBeInstanceOf(Error);
      expect(await readdir(dir)).toStrictEqual([]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

function* chunked(bytes: Buffer, size: number): Generator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(10);
  }
}
