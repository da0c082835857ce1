import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { endSession } from './session/session-store';
import { type FakeApi, installFakeApi, songFixture, songsPage, userPayload } from './test/fake-api';
import { openApp } from './test/open-app';

/**
 * A service down: the gateway answers what the others could give, the missing fields null, plus an
 * error naming the service. Pages show what came and say quietly that some details are missing.
 */
const down = (serviceName: string) => ({
  message: `The ${serviceName} service is unavailable`,
  extensions: { code: 'SERVICE_UNAVAILABLE', serviceName },
});
const NOTICE = 'Some details are unavailable right now; the rest is shown.';

const historyEvent = (id: string, song: unknown, songRemoved = false) => ({
  __typename: 'PlaybackEvent',
  id,
  action: 'PLAY',
  occurredAt: new Date().toISOString(),
  songTitle: `Title ${id}`,
  songArtist: 'Kept Artist',
  songRemoved,
  song,
});
const historyAnswer = (events: unknown[], errors?: unknown[]) => ({
  data: {
    me: {
      __typename: 'User',
      id: 'user-1',
      listeningStats: {
        __typename: 'ListeningStats',
        totalPlays: events.length,
        secondsListened: 42,
        distinctSongs: events.length,
        topArtists: [],
      },
      history: {
        __typename: 'PlaybackEventConnection',
        edges: events.map((node, index) => ({ __typename: 'PlaybackEventEdge', cursor: `e${index}`, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  },
  ...(errors ? { errors } : {}),
});

describe('pages with a service down', () => {
  let api: FakeApi;

  beforeEach(() => {
    act(() => endSession());
    api = installFakeApi()
      .on('Me', () => ({ data: { me: userPayload } }))
      .on('Genres', () => ({ data: { genres: ['Electronic'] } }));
    return () => vi.unstubAllGlobals();
  });

  it('lists every song of the library without uploaders and play counts, with a notice, not an error', async () => {
    api.on('LibrarySongs', () => ({
      ...songsPage([
        songFixture({ uploadedBy: null, playCount: null }),
        songFixture({ id: 'song-2', title: 'Second', uploadedBy: null, playCount: null }),
      ]),
      errors: [down('users'), down('playback')],
    }));
    openApp('/');
    expect(await screen.findByRole('button', { name: 'Play Rising Tones' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Play Second' })).toBeVisible();
    expect(screen.getByText('2 songs')).toBeVisible();
    expect(screen.getByText(NOTICE)).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
    const row = screen.getByRole('button', { name: 'Play Rising Tones' }).closest('li') as HTMLElement;
    // The count is "—", not a made-up 0, and screen readers hear why.
    expect(within(row).getByText('—')).toBeVisible();
    expect(within(row).getByText('Play count unavailable')).toBeInTheDocument();
    expect(within(row).queryByText(/\d+ plays?/)).toBeNull();
    // Whose song it is is unknown, so it is not offered for editing.
    expect(screen.queryByRole('button', { name: 'Edit Rising Tones' })).toBeNull();
  });

  it('shows a play count that did come, and no notice when nothing is missing', async () => {
    api.on('LibrarySongs', () => songsPage([songFixture({ playCount: 0 })]));
    openApp('/');
    const row = (await screen.findByRole('button', { name: 'Play Rising Tones' })).closest('li') as HTMLElement;
    expect(within(row).getByText('0 plays', { selector: '.visually-hidden' })).toBeInTheDocument();
    expect(within(row).queryByText('—')).toBeNull();
    expect(screen.getByRole('button', { name: 'Edit Rising Tones' })).toBeVisible();
    expect(screen.queryByText(NOTICE)).toBeNull();
  });

  it('still says the library could not be loaded when no data came at all', async () => {
    api.on('LibrarySongs', () => ({ data: null, errors: [down('catalog')] }));
    openApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The library could not be loaded: The catalog service is unavailable.',
    );
    expect(screen.queryByText(NOTICE)).toBeNull();
  });

  it('ranks the charts without uploaders, with a notice', async () => {
    api.on('TopSongs', () => ({
      data: { topSongs: [songFixture({ uploadedBy: null })] },
      errors: [down('users')],
    }));
    openApp('/charts');
    expect(await screen.findByRole('button', { name: 'Play Rising Tones' })).toBeVisible();
    expect(screen.getByText(NOTICE)).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the charts could not be loaded when the list itself is null, not that nothing was played', async () => {
    api.on('TopSongs', () => ({ data: { topSongs: null }, errors: [down('playback')] }));
    openApp('/charts');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The charts could not be loaded: The playback service is unavailable.',
    );
    expect(screen.queryByRole('heading', { name: /No plays/ })).toBeNull();
  });

  it('says the history could not be loaded while playback is down, even though the user came', async () => {
    api.on('History', () => ({
      data: { me: { __typename: 'User', id: 'user-1', listeningStats: null, history: null } },
      errors: [down('playback')],
    }));
    openApp('/history');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your history could not be loaded: The playback service is unavailable.',
    );
    expect(screen.queryByRole('heading', { name: 'Nothing played yet' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Listening statistics' })).toBeNull();
  });

  it('keeps listens whose songs the catalog could not give, not marked as removed', async () => {
    api.on('History', () =>
      historyAnswer([historyEvent('e1', null), historyEvent('e2', null, true)], [down('catalog')]),
    );
    openApp('/history');
    const list = await screen.findByRole('list', { name: 'Recent listens' });
    expect(within(list).getByText('Title e1')).toBeVisible();
    expect(within(list).getAllByText('Removed')).toHaveLength(1);
    expect(within(screen.getByText('Title e2').closest('li') as HTMLElement).getByText('Removed')).toBeVisible();
    expect(screen.getByText(NOTICE)).toBeVisible();
    expect(screen.getByRole('region', { name: 'Listening statistics' })).toBeVisible();
  });

  it('marks a listen of a song the catalog no longer has as removed when nothing is missing', async () => {
    api.on('History', () =>
      historyAnswer([historyEvent('e1', songFixture({ playCount: null })), historyEvent('e2', null)]),
    );
    openApp('/history');
    const removed = (await screen.findByText('Title e2')).closest('li') as HTMLElement;
    expect(within(removed).getByText('Removed')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Play Rising Tones' })).toBeVisible();
    expect(screen.queryByText(NOTICE)).toBeNull();
  });
});
