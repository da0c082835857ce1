import { createHash } from 'node:crypto';
import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from './support/client.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import { readFixture, type SongFields } from './support/uploads.js';

const SONGS_BY_SHA256 = /* GraphQL */ `
  query SongsBySha256($sha256s: [String!]!) { songsBySha256(sha256s: $sha256s) { id sha256 title streamUrl } }
`;

type Found = { songsBySha256: Array<{ id: string; sha256: string; title: string; streamUrl: string }> };

const sha256Of = async (fixture: string) =>
  createHash('sha256')
    .update(await readFixture(fixture))
    .digest('hex');
const NEVER_UPLOADED = 'ab'.repeat(32);

describe.each(await testBackends())('songsBySha256: which files the library holds ($name)', (backend) => {
  let stack: TestStack;
  let alice: SeededUser;
  let bob: SeededUser;
  let speech: SongFields;
  let tones: SongFields;

  beforeAll(async () => {
    stack = await startStack(backend);
    [alice, bob] = await Promise.all([seed(stack.client).user(), seed(stack.client).user()]);
    speech = await seed(stack.client).song(alice, 'speech-cbr128.mp3');
    tones = await seed(stack.client).song(bob, 'tones-with-cover.mp3');
  });
  afterAll(() => stack?.close());

  it('answers the songs among the hashes asked, leaving out hashes no song has', async () => {
    const response = await alice.client.request<Found>(SONGS_BY_SHA256, {
      sha256s: [await sha256Of('speech-cbr128.mp3'), NEVER_UPLOADED],
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.songsBySha256).toEqual([
      { id: speech.id, sha256: speech.sha256, title: speech.title, streamUrl: expect.stringContaining(speech.id) },
    ]);
  });

  it("finds what anyone uploaded (the library is shared), whatever the hex's case, once per song", async () => {
    const hash = await sha256Of('tones-with-cover.mp3');
    const response = await alice.client.request<Found>(SONGS_BY_SHA256, {
      sha256s: [hash.toUpperCase(), hash, await sha256Of('speech-cbr128.mp3')],
    });
    expect(response.data?.songsBySha256.map((song) => song.id).sort()).toEqual([speech.id, tones.id].sort());
  });

  it('answers an empty batch, and 500 hashes in one call', async () => {
    const empty = await alice.client.request<Found>(SONGS_BY_SHA256, { sha256s: [] });
    expect(empty.data?.songsBySha256).toEqual([]);
    const batch = Array.from({ length: 499 }, (_, i) => createHash('sha256').update(String(i)).digest('hex'));
    const full = await alice.client.request<Found>(SONGS_BY_SHA256, { sha256s: [...batch, speech.sha256] });
    expect(full.data?.songsBySha256.map((song) => song.id)).toEqual([speech.id]);
  });

  it('refuses malformed hashes and batches over 500 with BAD_USER_INPUT', async () => {
    for (const sha256s of [['not-a-hash'], [speech.sha256.slice(1)], [`${speech.sha256}0`], [`${'g'.repeat(64)}`]]) {
      const response = await alice.client.request(SONGS_BY_SHA256, { sha256s });
      expect(errorCodes(response), JSON.stringify(sha256s)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.field).toBe('sha256s');
      expect(response.data).toBeNull();
    }
    const tooMany = await alice.client.request(SONGS_BY_SHA256, {
      sha256s: Array.from({ length: 501 }, () => NEVER_UPLOADED),
    });
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors?.[0]?.extensions?.max).toBe(500);
  });

  it('answers no one signed out', async () => {
    const response = await stack.client.request(SONGS_BY_SHA256, { sha256s: [speech.sha256] });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });
});
