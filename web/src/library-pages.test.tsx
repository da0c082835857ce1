import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { endSession } from './session/session-store';
import { type FakeApi, installFakeApi, songFixture, songsPage, userPayload } from './test/fake-api';
import { fakeDataTransfer } from './test/fake-drag';
import { openApp } from './test/open-app';

const song = (id: string, title: string, extra: Record<string, unknown> = {}) =>
  songFixture({ id, title, streamUrl: `/media/songs/${id}/audio?signature=x`, starred: false, ...extra });

const down = (serviceName: string) => ({
  message: `The ${serviceName} service is unavailable`,
  extensions: { code: 'SERVICE_UNAVAILABLE', serviceName },
});
const NOTICE = 'Some details are unavailable right now; the rest is shown.';

const album = {
  __typename: 'Album',
  id: 'album-1',
  title: 'Waves',
  year: 2023,
  genre: 'Electronic',
  coverUrl: null,
  durationSeconds: 36,
  songCount: 3,
  playCount: 4,
  starred: false,
  artist: { __typename: 'Artist', id: 'artist-1', name: 'Sine Ensemble' },
  songs: [
    song('s1', 'First Light', { trackNumber: 1, discNumber: 1 }),
    song('s2', 'Second Wind', { trackNumber: 2, discNumber: 1 }),
    song('s3', 'Third Eye', { trackNumber: 3, discNumber: 1 }),
  ],
};

const entry = (id: string, position: number, entrySong: ReturnType<typeof song> | null, title: string) => ({
  __typename: 'PlaylistEntry',
  id,
  position,
  songTitle: title,
  songArtist: 'Sine Ensemble',
  durationSeconds: 12,
  songRemoved: entrySong === null,
  song: entrySong,
});

const playlistAnswer = (version: number, entries: unknown[]) => ({
  data: {
    playlist: {
      __typename: 'Playlist',
      id: 'pl-1',
      name: 'Road trip',
      description: null,
      public: false,
      songCount: entries.length,
      durationSeconds: 24,
      coverUrl: null,
      version,
      owner: { __typename: 'User', id: userPayload.id, displayName: userPayload.displayName },
      entries: {
        __typename: 'PlaylistEntryConnection',
        totalCount: entries.length,
        edges: entries.map((node, index) => ({ __typename: 'PlaylistEntryEdge', cursor: `p${index}`, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  },
});

/** One page, the only one, of the viewer's starred songs, albums or artists. */
const favourites = (kind: 'Song' | 'Album' | 'Artist', edges: unknown[]) => ({
  data: {
    me: {
      __typename: 'User',
      id: userPayload.id,
      favourites: {
        __typename: 'Favourites',
        [`${kind.toLowerCase()}s`]: {
          __typename: `Favourite${kind}Connection`,
          totalCount: edges.length,
          edges,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
  },
});

const myPlaylists = (playlists: Array<{ id: string; name: string }> | null, errors?: unknown[]) => ({
  data: {
    me: {
      __typename: 'User',
      id: userPayload.id,
      playlists: playlists && {
        __typename: 'PlaylistConnection',
        totalCount: playlists.length,
        edges: playlists.map((node) => ({
          __typename: 'PlaylistEdge',
          node: { __typename: 'Playlist', songCount: 2, version: 1, ...node },
        })),
      },
    },
  },
  ...(errors ? { errors } : {}),
});

describe('the Your Library pages', () => {
  let api: FakeApi;
  const calls = (name: string) => api.calls.filter((call) => call.operationName === name);

  beforeEach(() => {
    act(() => endSession());
    api = installFakeApi()
      .on('Me', () => ({ data: { me: userPayload } }))
      .on('Genres', () => ({ data: { genres: [] } }))
      .on('MyPlaylists', () => myPlaylists([{ id: 'pl-1', name: 'Road trip' }]))
      .on('RecordPlayback', () => ({ data: { recordPlayback: { __typename: 'PlaybackEvent', id: 'e' } } }))
      .on('PlayingSongStarred', (variables) => ({
        data: { song: { __typename: 'Song', id: variables.id, starred: false } },
      }));
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue();
    vi.spyOn(HTMLMediaElement.prototype, 'pause').mockReturnValue();
    vi.spyOn(HTMLMediaElement.prototype, 'load').mockReturnValue();
    return () => {
      vi.restoreAllMocks();
      vi.unstubAllGlobals();
    };
  });

  it('shows an album with its artist and tracks in order, plays it and stars it', async () => {
    let starred = false;
    api
      .on('Album', () => ({ data: { album: { ...album, starred } } }))
      .on('Star', (variables) => {
        starred = true;
        return { data: { star: true }, variables };
      });
    openApp('/albums/album-1');
    expect(await screen.findByRole('heading', { name: 'Waves', level: 1 })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Sine Ensemble' })).toHaveAttribute('href', '/artists/artist-1');
    const tracks = within(screen.getByRole('list', { name: 'Tracks of Waves' })).getAllByRole('listitem');
    expect(tracks.map((track) => track.querySelector('.song-title')?.textContent)).toEqual([
      'First Light',
      'Second Wind',
      'Third Eye',
    ]);

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Play Waves' }));
    const player = screen.getByRole('region', { name: 'Player' });
    expect(within(player).getByText('First Light')).toBeVisible();

    const star = screen.getByRole('button', { name: 'Star Waves' });
    expect(star).toHaveAttribute('aria-pressed', 'false');
    await user.click(star);
    expect(calls('Star').map((call) => call.variables)).toEqual([{ kind: 'ALBUM', id: 'album-1' }]);
    expect(screen.getByRole('button', { name: 'Star Waves' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('reorders a playlist with expectedVersion, and on CONFLICT reloads it and says so', async () => {
    const a = song('s1', 'First Light');
    const b = song('s2', 'Second Wind');
    let version = 3;
    let order = [entry('e1', 0, a, 'First Light'), entry('e2', 1, b, 'Second Wind'), entry('e3', 2, null, 'Gone Song')];
    let refuse = true;
    api
      .on('Playlist', () => playlistAnswer(version, order))
      .on('MovePlaylistEntry', (variables) => {
        if (refuse) {
          refuse = false;
          version = 4; // someone else changed it meanwhile
          return { data: null, errors: [{ message: 'The playlist changed', extensions: { code: 'CONFLICT' } }] };
        }
        const [first, second, third] = order;
        order = [second, first, third].map((moved, position) => ({ ...moved!, position }));
        version += 1;
        return {
          data: { movePlaylistEntry: { __typename: 'Playlist', id: 'pl-1', version } },
          variables,
        };
      });
    openApp('/playlists/pl-1');
    const list = await screen.findByRole('list', { name: 'Songs of Road trip' });
    const titles = () =>
      within(list)
        .getAllByRole('listitem')
        .map((row) => row.querySelector('.song-title')?.textContent);
    expect(titles()).toEqual(['First Light', 'Second Wind', 'Gone Song']);
    // A removed song keeps its saved title, greyed and marked, with nothing to play.
    const gone = within(list).getAllByRole('listitem')[2] as HTMLElement;
    expect(gone).toHaveClass('removed');
    expect(within(gone).getByText('removed')).toBeVisible();
    expect(within(gone).queryByRole('button', { name: /^Play/ })).toBeNull();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Move First Light down' }));
    expect(
      await screen.findByText('This playlist was changed somewhere else, so it was reloaded: here it is as it is now.'),
    ).toBeVisible();
    expect(titles()).toEqual(['First Light', 'Second Wind', 'Gone Song']);
    expect(calls('MovePlaylistEntry')[0]?.variables).toEqual({
      id: 'pl-1',
      entryId: 'e1',
      toPosition: 1,
      expectedVersion: 3,
    });
    await vi.waitFor(() => expect(calls('Playlist').length).toBeGreaterThan(1));

    // Tried again on the reloaded version, it goes through.
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Move First Light down' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Move First Light down' }));
    await vi.waitFor(() => expect(titles()).toEqual(['Second Wind', 'First Light', 'Gone Song']));
    expect(calls('MovePlaylistEntry')[1]?.variables).toMatchObject({
      entryId: 'e1',
      toPosition: 1,
      expectedVersion: 4,
    });
    // The focus stays with the song moved, so it can be moved again.
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Move First Light down' })).toHaveFocus());
  });

  it('says what to do on an empty playlist and empty favourites', async () => {
    api.on('Playlist', () => playlistAnswer(1, [])).on('FavouriteSongs', () => favourites('Song', []));
    openApp('/playlists/pl-1');
    expect(
      await screen.findByText('This playlist is empty: add songs from your library with Add to playlist.'),
    ).toBeVisible();
    await userEvent.setup().click(screen.getByRole('link', { name: 'Favourites' }));
    expect(await screen.findByText('Star songs, albums and artists to find them here.')).toBeVisible();
    expect(screen.getByRole('tab', { name: 'Songs' })).toHaveAttribute('aria-selected', 'true');
  });

  it('adds a song to a playlist from its row menu', async () => {
    api
      .on('LibrarySongs', () => songsPage([song('s1', 'First Light')]))
      .on('AddToPlaylist', (variables) => ({
        data: { addToPlaylist: { __typename: 'Playlist', id: variables.id, songCount: 3, version: 2 } },
      }));
    openApp('/');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'More actions for First Light' }));
    const group = screen.getByRole('group', { name: 'Add to playlist' });
    await user.click(within(group).getByRole('menuitem', { name: 'Road trip' }));
    expect(await screen.findByText('Added “First Light” to Road trip.')).toBeVisible();
    expect(calls('AddToPlaylist').map((call) => call.variables)).toEqual([{ id: 'pl-1', songIds: ['s1'] }]);
    expect(within(group).getByRole('menuitem', { name: 'New playlist…' })).toBeDefined();
  });

  it('keeps the library working with the library service down, and says so', async () => {
    api
      .on('LibrarySongs', () => ({
        ...songsPage([song('s1', 'First Light', { starred: null })]),
        errors: [down('library')],
      }))
      .on('MyPlaylists', () => myPlaylists(null, [down('library')]));
    openApp('/');
    expect(await screen.findByRole('button', { name: 'Play First Light' })).toBeVisible();
    expect(screen.getByText(NOTICE)).toBeVisible();
    // Nothing to star, no playlists to add to: those are left out rather than shown broken.
    expect(screen.queryByRole('button', { name: 'Star First Light' })).toBeNull();
    expect(await screen.findByText('Playlists are unavailable right now.')).toBeVisible();
    await userEvent.setup().click(screen.getByRole('button', { name: 'More actions for First Light' }));
    expect(screen.getByRole('menuitem', { name: 'Add to queue' })).toBeVisible();
    expect(screen.queryByRole('group', { name: 'Add to playlist' })).toBeNull();
  });

  it('sorts the albums and loads more as the list goes on', async () => {
    const card = (id: string, title: string) => ({
      __typename: 'Album',
      id,
      title,
      year: 2020,
      coverUrl: null,
      artist: { __typename: 'Artist', id: 'artist-1', name: 'Sine Ensemble' },
    });
    api.on('Albums', (variables) => ({
      data: {
        albums: {
          __typename: 'AlbumConnection',
          totalCount: 2,
          edges: [variables.after ? card('album-2', 'Later') : card('album-1', 'Waves')].map((node) => ({
            __typename: 'AlbumEdge',
            cursor: node.id,
            node,
          })),
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage: !variables.after,
            endCursor: variables.after ? null : 'album-1',
          },
        },
      },
    }));
    openApp('/albums');
    const grid = await screen.findByRole('list', { name: 'Albums' });
    expect(within(grid).getByRole('link', { name: /Waves/ })).toHaveAttribute('href', '/albums/album-1');
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Most played');
    await user.click(await screen.findByRole('button', { name: 'Load more albums' }));
    expect(await within(grid).findByRole('link', { name: /Later/ })).toBeVisible();
    expect(calls('Albums').map((call) => [call.variables.sort, call.variables.after])).toEqual([
      ['NEWEST', undefined],
      ['MOST_PLAYED', undefined],
      ['MOST_PLAYED', 'album-1'],
    ]);
    expect(screen.queryByRole('button', { name: 'Load more albums' })).toBeNull();
  });

  it('shows the albums and artists a library search finds above the songs', async () => {
    api
      .on('LibrarySongs', (variables) => songsPage(variables.query ? [song('s1', 'Post Rock')] : []))
      .on('Search', () => ({
        data: {
          search: [
            { ...album, songs: undefined },
            { __typename: 'Artist', id: 'artist-9', name: 'Postal Service', albumCount: 1, songCount: 4 },
            { __typename: 'Song', id: 's1' },
          ],
        },
      }));
    openApp('/');
    const user = userEvent.setup();
    await user.type(await screen.findByRole('searchbox', { name: 'Search songs' }), 'post');
    const artists = await screen.findByRole('list', { name: 'Matching artists' });
    expect(within(artists).getByRole('link', { name: /Postal Service/ })).toHaveAttribute('href', '/artists/artist-9');
    const albums = screen.getByRole('list', { name: 'Matching albums' });
    expect(within(albums).getByRole('link', { name: /Waves/ })).toBeVisible();
    expect(await screen.findByRole('button', { name: 'Play Post Rock' })).toBeVisible();
    const headings = within(screen.getByRole('main'))
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);
    expect(headings).toEqual(['Artists', 'Albums', 'Songs']);
  });

  it('moves between the favourites tabs with the arrow keys', async () => {
    const starredAlbum = {
      __typename: 'FavouriteAlbumEdge',
      cursor: 'f',
      starredAt: new Date().toISOString(),
      node: { ...album, songs: undefined },
    };
    api
      .on('FavouriteSongs', () => favourites('Song', []))
      .on('FavouriteAlbums', () => favourites('Album', [starredAlbum]));
    openApp('/favourites');
    await screen.findByText('Star songs, albums and artists to find them here.');
    screen.getByRole('tab', { name: 'Songs' }).focus();
    await userEvent.setup().keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Albums' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Albums' })).toHaveAttribute('aria-selected', 'true');
    const starred = await screen.findByRole('list', { name: 'Starred albums' });
    expect(within(starred).getByRole('link', { name: /Waves/ })).toBeVisible();
  });

  it('reorders a playlist by drag and drop, renames it and deletes it', async () => {
    const a = song('s1', 'First Light');
    const b = song('s2', 'Second Wind');
    let name = 'Road trip';
    api
      .on('Playlist', () => {
        const answer = playlistAnswer(1, [entry('e1', 0, a, 'First Light'), entry('e2', 1, b, 'Second Wind')]);
        answer.data.playlist.name = name;
        return answer;
      })
      .on('MovePlaylistEntry', () => ({
        data: { movePlaylistEntry: { __typename: 'Playlist', id: 'pl-1', version: 2 } },
      }))
      .on('RenamePlaylist', (variables) => {
        name = (variables.input as { name: string }).name;
        return { data: { updatePlaylist: { __typename: 'Playlist', id: 'pl-1', name, version: 3 } } };
      })
      .on('DeletePlaylist', () => ({ data: { deletePlaylist: true } }))
      .on('LibrarySongs', () => songsPage([]));
    openApp('/playlists/pl-1');
    const list = await screen.findByRole('list', { name: 'Songs of Road trip' });
    const rows = within(list).getAllByRole('listitem');
    const dataTransfer = fakeDataTransfer();
    fireEvent.dragStart(rows[1] as HTMLElement, { dataTransfer });
    fireEvent.dragOver(rows[0] as HTMLElement, { dataTransfer });
    fireEvent.drop(rows[0] as HTMLElement, { dataTransfer });
    await vi.waitFor(() =>
      expect(calls('MovePlaylistEntry').map((call) => call.variables)).toEqual([
        { id: 'pl-1', entryId: 'e2', toPosition: 0, expectedVersion: 1 },
      ]),
    );

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const field = screen.getByRole('textbox', { name: 'Playlist name' });
    await user.clear(field);
    await user.type(field, 'Night drive{Enter}');
    expect(await screen.findByRole('heading', { name: 'Night drive', level: 1 })).toBeVisible();
    expect(calls('RenamePlaylist')[0]?.variables).toEqual({
      id: 'pl-1',
      input: { name: 'Night drive' },
      expectedVersion: 1,
    });

    await user.click(screen.getByRole('button', { name: 'Delete playlist' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Night drive”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
    expect(calls('DeletePlaylist').map((call) => call.variables)).toEqual([{ id: 'pl-1' }]);
  });
});
