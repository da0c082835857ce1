/**
 * A received upload is judged and measured by ffmpeg, which decodes it whole. When many arrive at once
 * (a folder dropped on the upload page, an import), at most UPLOAD_ANALYSIS_CONCURRENCY of them run
 * ffmpeg; the others wait, already received, and are then stored like any other.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningCatalogService } from '@sp0t1fy/catalog';
import { eventually, ffmpegChildren, makeTone } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGatewayConfig, type RunningGateway, startGateway } from '../src/index.js';
import { errorCodes } from './support/client.js';
import { type SeededUser, seed } from './support/seed.js';
import { stackVariants, startStack, type TestStack } from './support/stack.js';
import { readFixture, storedState, uploadFile } from './support/uploads.js';

const [variant] = await stackVariants();

describe(`uploads analysed one at a time (${variant?.label})`, () => {
  let stack: TestStack;
  let alice: SeededUser;
  let work: string;
  /** A second gateway to the same services, one that gives up on an answer after a second. */
  let impatient: RunningGateway;
  /** Distinct FLACs; measurements of the three 3-minute ones, started together, would overlap. */
  const tones: Buffer[] = [];

  beforeAll(async () => {
    if (!variant) throw new Error('no stack variant');
    stack = await startStack(variant, { layout: variant.layout, env: { UPLOAD_ANALYSIS_CONCURRENCY: '1' } });
    alice = await seed(stack.client).user();
    impatient = await startGateway(loadGatewayConfig({ ...stack.env, SUBGRAPH_TIMEOUT_MS: '1000' }));
    work = await mkdtemp(join(tmpdir(), 'upload-analysis-'));
    for (const seconds of [40, 41, 180, 181, 182, 44])
      tones.push(await makeTone(join(work, `tone-${seconds}.flac`), seconds));
  }, 120_000);
  afterAll(async () => {
    await impatient?.close();
    await stack?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  /** The hosted catalog's analysis slots, to see its queue and to take the one slot as an upload would. */
  const analysis = () => (stack.services.catalog as RunningCatalogService).providers.uploads.analysis;
  const upload = (bytes: Buffer, filename: string) =>
    uploadFile(stack.gatewayUrl, { token: alice.token, bytes, filename });

  it('keeps received uploads waiting while the slot is taken, then stores each', async () => {
    const release = await analysis().acquire();
    const answers = Promise.all([upload(tones[0]!, 'first.flac'), upload(tones[1]!, 'second.flac')]);
    await eventually(() => expect(analysis().waiting).toBe(2));
    expect(await ffmpegChildren()).toEqual([]);
    release();

    const uploaded = await answers;
    expect(uploaded.map((answer) => answer.errors)).toEqual([undefined, undefined]);
    expect(uploaded.map((answer) => Math.round(answer.data!.uploadSong.durationSeconds))).toEqual([40, 41]);
    expect([analysis().running, analysis().waiting]).toEqual([0, 0]);
  });

  it('analyses uploads sent together one by one, and a refused one frees its slot', async () => {
    let most = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        most = Math.max(most, (await ffmpegChildren()).length);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const answers = await Promise.all([
      upload(tones[2]!, 'third.flac'),
      upload(await readFixture('formats/text-named.flac'), 'fake.flac'),
      upload(tones[3]!, 'fourth.flac'),
      upload(tones[4]!, 'fifth.flac'),
    ]);
    sampling = false;
    await sampler;

    expect(answers.map((answer) => answer.data?.uploadSong?.title ?? errorCodes(answer))).toEqual([
      'third',
      ['BAD_USER_INPUT'],
      'fourth',
      'fifth',
    ]);
    // One upload's analysis decodes its first and last seconds at once: two ffmpeg, never more.
    expect(most).toBeGreaterThanOrEqual(1);
    expect(most).toBeLessThanOrEqual(2);
    expect([analysis().running, analysis().waiting]).toEqual([0, 0]);
  });

  it('keeps nothing of an upload the gateway gave up waiting for, so what the user was told holds', async () => {
    const before = await storedState(alice.client, stack.dataDir);
    const release = await analysis().acquire();
    try {
      const answer = await uploadFile(impatient.url, { token: alice.token, bytes: tones[5]!, filename: 'late.flac' });
      expect(errorCodes(answer)).toEqual(['GATEWAY_TIMEOUT']);
      // The catalog saw its caller hang up and left the queue.
      await eventually(() => expect(analysis().waiting).toBe(0));
    } finally {
      release();
    }
    // Nobody took the freed slot: the upload is over, its staged file going or gone.
    expect([analysis().running, analysis().waiting]).toEqual([0, 0]);
    await eventually(async () => expect(await storedState(alice.client, stack.dataDir)).toEqual(before));
  });
});
