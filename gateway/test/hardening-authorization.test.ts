import { testBackends } from '@sp0t1fy/platform/testing';
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, errorCodes, type GraphQLClient } from './support/client.js';
import { LEAKED_INTERNALS } from './support/http.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import { catalogStorage, listFiles, readFixture, type SongFields, uploadFile } from './support/uploads.js';

/**
 * Every mutation and every private field, asked by someone who may not: signed out, another user,
 * or a forged token. Each is refused with UNAUTHENTICATED or FORBIDDEN, and nothing changes.
 */

type Who = 'signed out' | 'another user' | 'forged token';
interface Case {
  name: string;
  who: Who;
  query: string;
  variables?: (song: SongFields, owner: SeededUser) => Record<string, unknown>;
  code: 'UNAUTHENTICATED' | 'FORBIDDEN';
}

const OWNER_VIEW = (field: string) => `query ($id: ID!) { song(id: $id) { uploadedBy { ${field} } } }`;
const songId = (song: SongFields) => ({ id: song.id });
const CASES: Case[] = [
  ...(['signed out', 'another user', 'forged token'] as const).flatMap((who): Case[] => [
    {
      name: 'updateSong',
      who,
      query: 'mutation ($id: ID!) { updateSong(id: $id, metadata: { title: "Pwned", artist: "Mallory" }) { id } }',
      variables: songId,
      code: who === 'another user' ? 'FORBIDDEN' : 'UNAUTHENTICATED',
    },
    {
      name: 'deleteSong',
      who,
      query: 'mutation ($id: ID!) { deleteSong(id: $id) }',
      variables: songId,
      code: who === 'another user' ? 'FORBIDDEN' : 'UNAUTHENTICATED',
    },
  ]),
  ...(['another user', 'forged token'] as const).flatMap((who): Case[] =>
    [
      'history(first: 5) { totalCount edges { node { id } } }',
      'recentlyPlayed { id }',
      'listeningStats { totalPlays }',
    ].map((field) => ({
      name: `the uploader's ${field.split(/[ (]/)[0]}`,
      who,
      query: OWNER_VIEW(field),
      variables: songId,
      code: who === 'another user' ? 'FORBIDDEN' : 'UNAUTHENTICATED',
    })),
  ),
  ...(['signed out', 'forged token'] as const).flatMap((who): Case[] => [
    {
      name: 'recordPlayback',
      who,
      query: 'mutation ($id: ID!) { recordPlayback(songId: $id, action: PLAY, positionSeconds: 0) { id } }',
      variables: songId,
      code: 'UNAUTHENTICATED',
    },
    { name: 'logout', who, query: 'mutation { logout }', code: 'UNAUTHENTICATED' },
    { name: 'songs', who, query: '{ songs { totalCount } }', code: 'UNAUTHENTICATED' },
    {
      name: 'song',
      who,
      query: 'query ($id: ID!) { song(id: $id) { id } }',
      variables: songId,
      code: 'UNAUTHENTICATED',
    },
    { name: 'genres', who, query: '{ genres }', code: 'UNAUTHENTICATED' },
    { name: 'topSongs', who, query: '{ topSongs { id } }', code: 'UNAUTHENTICATED' },
  ]),
];

/** Everything an attacker could hope to change, as the owner sees it, plus the stored files. */
const SNAPSHOT = /* GraphQL */ `
  query ($id: ID!) {
    song(id: $id) { id title artist album genre releaseYear sha256 playCount myPlayCount lastPlayedAt }
    songs(first: 100) { totalCount }
    genres
    me { id email displayName history(first: 100) { totalCount } listeningStats { totalPlays } }
  }
`;

describe.each(await testBackends())('authorization of every mutation and private field ($name)', (backend) => {
  let stack: TestStack;
  let owner: SeededUser;
  let other: SeededUser;
  let song: SongFields;
  let forged: GraphQLClient;

  const snapshot = async () => {
    const response = await owner.client.request(SNAPSHOT, { id: song.id });
    expect(response.errors).toBeUndefined();
    const storage = catalogStorage(stack.dataDir);
    return { data: response.data, blobs: await listFiles(storage.blobs), staged: await listFiles(storage.tmp) };
  };

  beforeAll(async () => {
    stack = await startStack(backend);
    [owner, other] = await Promise.all([seed(stack.client).user(), seed(stack.client).user()]);
    song = await seed(stack.client).song(owner, 'tones-with-cover.mp3', { genre: 'Ambient' });
    const played = await owner.client.request(
      'mutation ($id: ID!) { recordPlayback(songId: $id, action: PLAY, positionSeconds: 0) { id } }',
      { id: song.id },
    );
    expect(played.errors).toBeUndefined();
    // Signed with another key: the claims are the owner's, the signature is not the stack's.
    const claims = jwt.decode(owner.token) as jwt.JwtPayload;
    forged = createClient(stack.gatewayUrl, jwt.sign(claims, 'not the secret, but long enough to sign with'));
  });
  afterAll(() => stack?.close());

  const clientFor = (who: Who) =>
    ({ 'signed out': stack.client, 'another user': other.client, 'forged token': forged })[who];

  it('refuses each one with UNAUTHENTICATED or FORBIDDEN, and changes nothing', async () => {
    const before = await snapshot();
    for (const test of CASES) {
      const response = await clientFor(test.who).request(test.query, test.variables?.(song, owner));
      const label = `${test.name} as ${test.who}: ${JSON.stringify(response)}`;
      expect(response.status, label).toBe(200);
      expect(errorCodes(response), label).toContain(test.code);
      expect(
        errorCodes(response).every((code) => code === test.code),
        label,
      ).toBe(true);
      expect(JSON.stringify(response), label).not.toMatch(LEAKED_INTERNALS);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses uploads signed out or with a forged token, storing nothing', async () => {
    const before = await snapshot();
    const bytes = await readFixture('speech-cbr128.mp3');
    for (const token of [undefined, forged.token]) {
      const response = await uploadFile(stack.gatewayUrl, { token, bytes, filename: 'speech.mp3' });
      expect(response.status).toBe(200);
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("hides another user's email, and shows the owner their own", async () => {
    const asOther = await other.client.request<{ song: { uploadedBy: { id: string; email: string | null } } }>(
      OWNER_VIEW('id email displayName'),
      { id: song.id },
    );
    expect(asOther.errors).toBeUndefined();
    expect(asOther.data?.song.uploadedBy).toMatchObject({ id: owner.id, email: null });
    const asOwner = await owner.client.request<{ song: { uploadedBy: { email: string | null } } }>(
      OWNER_VIEW('email'),
      { id: song.id },
    );
    expect(asOwner.data?.song.uploadedBy.email).toBe(owner.email);
  });

  it("counts only the viewer's own plays in myPlayCount", async () => {
    const asOther = await other.client.request<{ song: { playCount: number; myPlayCount: number } }>(
      'query ($id: ID!) { song(id: $id) { playCount myPlayCount } }',
      { id: song.id },
    );
    expect(asOther.data?.song).toEqual({ playCount: 1, myPlayCount: 0 });
  });

  it('lets another user change nothing through a song they did not upload, but lets the owner', async () => {
    const rename = 'mutation ($id: ID!) { updateSong(id: $id, metadata: { title: "Renamed by owner" }) { title } }';
    expect(errorCodes(await other.client.request(rename, { id: song.id }))).toEqual(['FORBIDDEN']);
    const renamed = await owner.client.request<{ updateSong: { title: string } }>(rename, { id: song.id });
    expect(renamed.data?.updateSong.title).toBe('Renamed by owner');
  });
});
