import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from './support/library.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import {
  type CheckedAnswer,
  CLIENT,
  codeOf,
  createAppPassword,
  credentials,
  type Format,
  type Params,
  rawCall,
} from './support/subsonic-client.js';
import { checkSubsonicAnswer } from './support/subsonic-schema.js';
import type { SongFields } from './support/uploads.js';

// Hostile input to the Subsonic API: missing and repeated parameters, unknown methods, huge and
// non-numeric sizes and offsets, SQL and path fragments in ids, odd HTTP methods and bodies. Each is
// a Subsonic error (or an ok answer within the limits) in a schema-valid envelope with HTTP 200,
// never a 5xx; and afterwards the library is exactly as it was.

const [backend] = await testBackends();

const STATE = /* GraphQL */ `
  query ($song: ID!) {
    songs(first: 100) { totalCount }
    song(id: $song) { id title playCount }
    me { id
      playlists(first: 10) { edges { node { id name songCount description public } } }
      favourites { songs(first: 10) { edges { node { id } } } albums(first: 10) { edges { node { id } } } artists(first: 10) { edges { node { id } } } }
      history(first: 10) { edges { node { id } } }
    }
  }
`;

const HOSTILE_IDS = [
  "' OR '1'='1",
  '1; DROP TABLE songs; --',
  "al-' OR 1=1 --",
  "ar-00000000-0000-4000-8000-000000000000' --",
  'pl-../../../etc/passwd',
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '/etc/passwd',
  'al-%00',
  '\u0000',
  'ar-<script>alert(1)</script>',
  'x'.repeat(5000),
  '00000000-0000-4000-8000-000000000000',
  'pl-00000000-0000-4000-8000-000000000000',
  'Ω≈ç√∫',
];

describe('the Subsonic API: hostile input', () => {
  let stack: TestStack;
  let alice: SeededUser;
  let auth: Params;
  let song: SongFields;
  let playlistId = '';
  let before: unknown;

  const call = (method: string, params: Params = {}, options: { format?: Format; post?: boolean } = {}) =>
    rawCall(stack.gatewayUrl, method, { ...auth, ...params }, options);
  const state = async () => dataOf(await alice.client.request(STATE, { song: song.id }));
  const failedWith = (answer: CheckedAnswer, codes: number[], why: string) => {
    expect([why, answer.response.status]).toEqual([why, 'failed']);
    expect(codes, `${why}: code ${codeOf(answer.response)} (${answer.response.error?.message})`).toContain(
      codeOf(answer.response),
    );
  };

  beforeAll(async () => {
    stack = await startStack(backend!);
    const users = seed(stack.client);
    alice = await users.user();
    song = await users.song(alice, 'album-post-01.mp3');
    await users.song(alice, 'album-post-02.mp3');
    const app = await createAppPassword(alice.client);
    auth = { ...CLIENT, ...credentials.plain(alice.email, app.password) };
    const created = await call('createPlaylist', { name: 'Keep me', songId: [song.id, song.id] }, { format: 'json' });
    playlistId = created.response.playlist!.id;
    before = await state();
  }, 120_000);
  afterAll(() => stack?.close());

  it('answers a missing required parameter with 10', async () => {
    const required: Array<[string, Params]> = [
      ['getSong', {}],
      ['getAlbum', {}],
      ['getArtist', {}],
      ['getMusicDirectory', {}],
      ['getPlaylist', {}],
      ['deletePlaylist', {}],
      ['updatePlaylist', { name: 'x' }],
      ['createPlaylist', { songId: song.id }],
      ['setRating', { rating: 3 }],
      ['scrobble', {}],
      ['star', {}],
      ['unstar', {}],
      ['getAlbumList2', {}],
      ['getSongsByGenre', {}],
      ['getCoverArt', {}],
      ['stream', {}],
      ['download', {}],
      ['getSong', { id: '' }],
    ];
    for (const [method, params] of required) {
      for (const format of ['xml', 'json'] as const)
        failedWith(await call(method, params, { format }), [10], `${method} ${JSON.stringify(params)} ${format}`);
    }
  });

  it('refuses a parameter given twice where it is read once, and takes the lists the API repeats', async () => {
    failedWith(await call('getSong', { id: [song.id, song.id] }), [0], 'getSong id twice');
    failedWith(
      await call('updatePlaylist', { playlistId: [playlistId, playlistId], name: 'x' }),
      [0],
      'playlistId twice',
    );
    failedWith(await call('ping', { u: [alice.email, 'mallory@example.com'] }), [0, 40], 'u twice');
    failedWith(await call('getAlbumList2', { type: ['newest', 'random'] }), [0], 'type twice');
  });

  it('answers unknown methods and odd paths as Subsonic errors', async () => {
    for (const name of [
      'getEverything',
      'ping.php',
      'PING',
      'createUser',
      'jukeboxControl',
      'getPodcasts',
      'createShare',
      'getBookmarks',
      '..%2F..%2Fetc%2Fpasswd',
      '%00',
      `get${'x'.repeat(3000)}`,
      'ping%27%20OR%201%3D1',
    ]) {
      const response = await fetch(
        `${stack.gatewayUrl}/rest/${name}?${new URLSearchParams(auth as Record<string, string>)}`,
      );
      const text = await response.text();
      expect([name, response.status]).toEqual([name, 200]);
      const answer = checkSubsonicAnswer(response.headers.get('content-type'), text);
      expect([name.slice(0, 40), codeOf(answer)]).toEqual([name.slice(0, 40), 0]);
    }
  });

  it('caps huge sizes, refuses offsets past the limit and sizes that are no numbers', async () => {
    const list = await call('getAlbumList2', { type: 'newest', size: 99_999_999 }, { format: 'json' });
    expect(list.response.status).toBe('ok');
    expect(list.response.albumList2?.album?.length ?? 0).toBeLessThanOrEqual(500);
    const search = await call('search3', {
      query: 'Army',
      songCount: 1_000_000_000,
      albumCount: 1_000_000,
      artistCount: 999_999,
    });
    expect(search.response.status).toBe('ok');
    expect(search.response.searchResult3?.song?.length ?? 0).toBeLessThanOrEqual(500);
    const random = await call('getRandomSongs', { size: 1_000_000 });
    expect(random.response.status).toBe('ok');

    const refused: Array<[string, Params]> = [
      ['getAlbumList2', { type: 'newest', offset: 100_001 }],
      ['getAlbumList2', { type: 'newest', offset: '99999999999999999999999' }],
      ['getAlbumList2', { type: 'newest', size: 'ten' }],
      ['getAlbumList2', { type: 'newest', size: '1.5' }],
      ['getAlbumList2', { type: 'newest', size: -1 }],
      ['getAlbumList2', { type: 'newest', size: '0x10' }],
      ['getAlbumList2', { type: 'everything' }],
      ['getAlbumList2', { type: 'byYear', fromYear: 'then', toYear: 2000 }],
      ['search3', { query: 'a', songOffset: 100_001 }],
      ['search3', { query: 'a', songCount: 'lots' }],
      ['getRandomSongs', { size: 'NaN' }],
      ['getSongsByGenre', { genre: 'Electronic', count: '1e3' }],
      ['getCoverArt', { id: song.id, size: 'huge' }],
      ['stream', { id: song.id, maxBitRate: 'fast' }],
      ['scrobble', { id: song.id, time: 'yesterday' }],
      ['scrobble', { id: song.id, submission: 'maybe' }],
      ['updatePlaylist', { playlistId, songIndexToRemove: 'first' }],
      ['updatePlaylist', { playlistId, songIndexToRemove: 99 }],
      ['updatePlaylist', { playlistId, public: 'perhaps' }],
      ['setRating', { id: song.id, rating: 'five' }],
    ];
    for (const [method, params] of refused) {
      for (const format of ['xml', 'json'] as const) {
        const answer = await call(method, params, { format });
        failedWith(answer, [0, 10], `${method} ${JSON.stringify(params)}`);
        expect(answer.response.error?.message, method).toMatch(/\w/);
      }
    }
  });

  it('answers SQL and path fragments in ids with 70 not found (or 10 when nothing is left), for every kind of id', async () => {
    const byId: Array<[string, (id: string) => Params]> = [
      ['getSong', (id) => ({ id })],
      ['getAlbum', (id) => ({ id })],
      ['getArtist', (id) => ({ id })],
      ['getMusicDirectory', (id) => ({ id })],
      ['getPlaylist', (id) => ({ id })],
      ['deletePlaylist', (id) => ({ id })],
      ['updatePlaylist', (id) => ({ playlistId: id, name: 'hacked' })],
      ['createPlaylist', (id) => ({ name: 'hacked', songId: id })],
      ['updatePlaylist', (id) => ({ playlistId, songIdToAdd: id })],
      ['star', (id) => ({ id })],
      ['star', (id) => ({ albumId: id })],
      ['unstar', (id) => ({ artistId: id })],
      ['scrobble', (id) => ({ id })],
      ['getCoverArt', (id) => ({ id })],
      ['stream', (id) => ({ id })],
      ['download', (id) => ({ id })],
    ];
    for (const [method, params] of byId) {
      for (const [index, id] of HOSTILE_IDS.entries()) {
        const answer = await call(method, params(id), { format: index % 2 ? 'json' : 'xml', post: id.length > 1000 });
        failedWith(answer, [70, 10], `${method} ${JSON.stringify(params(id)).slice(0, 80)}`);
      }
    }
  });

  it('answers odd HTTP methods, bodies and formats inside the envelope', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const response = await fetch(
        `${stack.gatewayUrl}/rest/ping?${new URLSearchParams(auth as Record<string, string>)}`,
        {
          method,
        },
      );
      expect([method, response.status]).toEqual([method, 200]);
      expect(codeOf(checkSubsonicAnswer(response.headers.get('content-type'), await response.text()))).toBe(0);
    }
    const huge = await fetch(`${stack.gatewayUrl}/rest/createPlaylist`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `${new URLSearchParams(auth as Record<string, string>)}&name=big&${'songId=x&'.repeat(300_000)}`,
    });
    expect(huge.status).toBe(200);
    expect(codeOf(checkSubsonicAnswer(huge.headers.get('content-type'), await huge.text()))).toBe(0);
    // JSONP is refused, in JSON so the client can read why.
    const jsonp = await fetch(
      `${stack.gatewayUrl}/rest/ping?${new URLSearchParams({ ...(auth as Record<string, string>), f: 'jsonp', callback: 'alert' })}`,
    );
    expect(jsonp.status).toBe(200);
    expect(codeOf(checkSubsonicAnswer(jsonp.headers.get('content-type'), await jsonp.text()))).toBe(0);
    const otherFormat = await rawCall(stack.gatewayUrl, 'ping', { ...auth, f: 'yaml' });
    expect(otherFormat.response.status).toBe('ok');
  });

  it('left the library exactly as it was', async () => {
    expect(await state()).toEqual(before);
  });
});
