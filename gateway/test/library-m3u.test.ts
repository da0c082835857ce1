import { testBackends } from '@sp0t1fy/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from './support/client.js';
import { addToPlaylist, createPlaylist, dataOf, type PlaylistFields } from './support/library.js';
import { type SeededUser, seed } from './support/seed.js';
import { startStack, type TestStack } from './support/stack.js';
import type { SongFields } from './support/uploads.js';

const EXPORT = 'query ($id: ID!) { exportPlaylist(id: $id) }';
const IMPORT = /* GraphQL */ `
  mutation ($name: String!, $m3u: String!) {
    importPlaylist(name: $name, m3u: $m3u) {
      matched unmatched { line text }
      playlist { id name public songCount owner { id } entries(first: 20) { edges { node { song { id } } } } }
    }
  }
`;

type ImportedPlaylist = Pick<PlaylistFields, 'id' | 'name' | 'public' | 'songCount' | 'owner'> & {
  entries: { edges: Array<{ node: { song: { id: string } | null } }> };
};

interface Imported {
  importPlaylist: { matched: number; unmatched: Array<{ line: number; text: string }>; playlist: ImportedPlaylist };
}

describe.each(await testBackends())('playlists as M3U8 ($name)', (backend) => {
  let stack: TestStack;
  let owner: SeededUser;
  let other: SeededUser;
  let songs: SongFields[];
  const songIdsOf = (playlist: Pick<PlaylistFields, 'entries'> | ImportedPlaylist) =>
    playlist.entries.edges.map(({ node }) => node.song?.id);

  beforeAll(async () => {
    stack = await startStack(backend);
    [owner, other] = await Promise.all([seed(stack.client).user(), seed(stack.client).user()]);
    songs = [];
    for (const [title, artist, album] of [
      ['Jóga', 'Björk', 'Homogenic'],
      ['Hunter', 'Björk', 'Homogenic'],
      ['Loose', 'Nobody', null],
    ] as const) {
      songs.push(await seed(stack.client).song(owner, 'mpeg25-8khz.mp3', { title, artist, album }));
    }
  });
  afterAll(() => stack?.close());

  it('exports #EXTINF lines and path-like names, and imports them back to the same songs in order', async () => {
    const playlist = await createPlaylist(owner.client, { name: 'Round trip' });
    const order = [songs[1], songs[0], songs[2], songs[1]].map((song) => song?.id as string);
    await addToPlaylist(owner.client, playlist.id, order);
    const exported = dataOf(
      await owner.client.request<{ exportPlaylist: string }>(EXPORT, { id: playlist.id }),
    ).exportPlaylist;
    const seconds = Math.round(songs[0]?.durationSeconds as number);
    expect(exported.split('\n').slice(0, 5)).toEqual([
      '#EXTM3U',
      `#EXTINF:${seconds},Björk - Hunter`,
      'Björk/Homogenic/Hunter.mp3',
      `#EXTINF:${seconds},Björk - Jóga`,
      'Björk/Homogenic/Jóga.mp3',
    ]);
    const imported = dataOf(
      await other.client.request<Imported>(IMPORT, { name: 'Copy', m3u: exported }),
    ).importPlaylist;
    expect(imported).toMatchObject({ matched: 4, unmatched: [] });
    expect(imported.playlist).toMatchObject({ name: 'Copy', public: false, owner: { id: other.id }, songCount: 4 });
    expect(songIdsOf(imported.playlist)).toEqual(order);
  });

  it('matches by title or file name ignoring case and accents, and reports every line that matched nothing', async () => {
    const m3u = [
      '#EXTM3U',
      '#EXTINF:200,BJORK - joga',
      'D:\\Music\\whatever.mp3',
      '/home/me/music/loose.MP3',
      '#EXTINF:100,Unknown - Nothing',
      'unknown/nothing.mp3',
      'missing.mp3',
      '#EXTINF:1,Nobody - Loose',
    ].join('\r\n');
    const imported = dataOf(
      await owner.client.request<Imported>(IMPORT, { name: 'Typed by hand', m3u }),
    ).importPlaylist;
    expect(imported.matched).toBe(3);
    expect(songIdsOf(imported.playlist)).toEqual([songs[0]?.id, songs[2]?.id, songs[2]?.id]);
    expect(imported.unmatched).toEqual([
      { line: 6, text: 'unknown/nothing.mp3' },
      { line: 7, text: 'missing.mp3' },
    ]);
  });

  // Over 1 MB cannot pass the gateway's 1 MB request limit; test/m3u.test.ts in the library checks its own.
  it('refuses over 10,000 entries, and a playlist the viewer may not read', async () => {
    const response = await owner.client.request(IMPORT, {
      name: 'Too much',
      m3u: `#EXTM3U\n${'a.mp3\n'.repeat(10_001)}`,
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.field).toBe('m3u');
    const secret = await createPlaylist(owner.client, { name: 'Secret' });
    expect(errorCodes(await other.client.request(EXPORT, { id: secret.id }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await owner.client.request(IMPORT, { name: '', m3u: '#EXTM3U\n' }))).toEqual(['BAD_USER_INPUT']);
  });
});
