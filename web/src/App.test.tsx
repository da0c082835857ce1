import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './App';
import { endSession, startSession } from './session/session-store';
import { type FakeApi, installFakeApi, songFixture, songsPage, unauthenticated, userPayload } from './test/fake-api';

const session = (token = 'token-1') => ({
  token,
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  user: userPayload,
});

describe('the app', () => {
  let api: FakeApi;

  beforeEach(() => {
    act(() => endSession());
    window.history.replaceState(null, '', '/');
    api = installFakeApi()
      .on('Me', () => ({ data: { me: userPayload } }))
      .on('Genres', () => ({ data: { genres: ['Electronic'] } }))
      .on('LibrarySongs', () => songsPage([]));
    return () => vi.unstubAllGlobals();
  });

  it('signs up, keeps the token for the next visit and sends it with every request', async () => {
    api.on('SignUp', (variables) => ({
      data: { register: { token: 'new-token', expiresAt: session().expiresAt, user: userPayload } },
      variables,
    }));
    render(<App />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Create an account' }));
    await user.type(screen.getByLabelText('Email'), 'robin@example.com');
    await user.type(screen.getByLabelText('Display name (optional)'), 'Robin');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('heading', { name: 'Your library is empty' })).toBeVisible();
    expect(JSON.parse(localStorage.getItem('sp0t1fy.session') ?? '{}').token).toBe('new-token');
    const signUp = api.calls.find((call) => call.operationName === 'SignUp');
    expect(signUp?.variables).toEqual({
      email: 'robin@example.com',
      password: 'correct horse battery',
      displayName: 'Robin',
    });
    expect(api.calls.filter((call) => call.operationName !== 'SignUp').map((call) => call.authorization)).toEqual(
      expect.arrayContaining(['Bearer new-token']),
    );
    expect(
      api.calls.filter((call) => call.operationName !== 'SignUp').every((c) => c.authorization === 'Bearer new-token'),
    ).toBe(true);
  });

  it('shows the server’s message and marks the field it is about', async () => {
    api.on('SignIn', () => ({
      data: null,
      errors: [{ message: 'Wrong email or password', extensions: { code: 'UNAUTHENTICATED' } }],
    }));
    render(<App />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), 'robin@example.com');
    await user.type(screen.getByLabelText('Password'), 'not the password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password');
    // A refused sign-in is not an expired session: nothing to sign out of, no notice.
    expect(screen.queryByRole('status')).toBeNull();

    api.on('SignUp', () => ({
      data: null,
      errors: [{ message: 'Use at least 8 characters', extensions: { code: 'BAD_USER_INPUT', field: 'password' } }],
    }));
    await user.click(screen.getByRole('button', { name: 'Create an account' }));
    await user.type(screen.getByLabelText('Email'), 'robin@example.com');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Use at least 8 characters');
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
  });

  it.each([
    ['TOKEN_EXPIRED', 'Your session has expired. Sign in again to continue.'],
    ['TOKEN_REVOKED', 'You were signed out because this session ended. Sign in again to continue.'],
  ])('goes back to sign-in with a clear message when the server refuses the token (%s)', async (reason, notice) => {
    api.on('Me', () => unauthenticated(reason, 'refused'));
    act(() => startSession(session()));
    render(<App />);
    expect(await screen.findByText(notice)).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Sign in to listen' })).toBeVisible();
    expect(localStorage.getItem('sp0t1fy.session')).toBeNull();
  });

  it('signs out when the token’s time is up, without waiting for a request', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      act(() => startSession({ ...session(), expiresAt: new Date(Date.now() + 60_000).toISOString() }));
      render(<App />);
      expect(await screen.findByRole('heading', { name: 'Library' })).toBeVisible();
      act(() => vi.advanceTimersByTime(61_000));
      expect(await screen.findByText('Your session has expired. Sign in again to continue.')).toBeVisible();
    } finally {
      vi.useRealTimers();
    }
  });

  it('searches as you type, once typing pauses, and says how many songs matched', async () => {
    api.on('LibrarySongs', (variables) =>
      songsPage(variables.query ? [songFixture()] : [songFixture(), songFixture({ id: 'song-2', title: 'Other' })]),
    );
    act(() => startSession(session()));
    render(<App />);
    expect(await screen.findByText('2 songs')).toBeVisible();
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search songs' }), 'rising');
    expect(await screen.findByText('1 result for “rising”')).toBeVisible();
    const queries = api.calls.filter((call) => call.operationName === 'LibrarySongs').map((c) => c.variables.query);
    // Debounced: no request per keystroke.
    expect(queries).toEqual([null, 'rising']);
  });

  it('loads more songs over the cursor', async () => {
    api.on('LibrarySongs', (variables) =>
      variables.after === 'c0'
        ? {
            data: {
              songs: { ...songsPage([songFixture({ id: 'song-2', title: 'Second' })]).data.songs, totalCount: 2 },
            },
          }
        : { data: { songs: { ...songsPage([songFixture()], true).data.songs, totalCount: 2 } } },
    );
    act(() => startSession(session()));
    render(<App />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Load more songs' }));
    expect(await screen.findByRole('button', { name: 'Play Second' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Play Rising Tones' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Load more songs' })).toBeNull();
    expect(
      api.calls.filter((call) => call.operationName === 'LibrarySongs').map((call) => call.variables.after),
    ).toEqual([undefined, 'c0']);
  });

  it('gives every control on the library, the player and the upload page an accessible name', async () => {
    api.on('LibrarySongs', () =>
      songsPage([
        songFixture(),
        songFixture({
          id: 'song-2',
          title: 'Not Mine',
          uploadedBy: { __typename: 'User', id: 'u2', displayName: 'Sam' },
        }),
      ]),
    );
    act(() => startSession(session()));
    render(<App />);
    await screen.findByRole('button', { name: 'Play Rising Tones' });
    // Only the uploader may edit or delete.
    expect(screen.getByRole('button', { name: 'Edit Rising Tones' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Delete Rising Tones' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Edit Not Mine' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete Not Mine' })).toBeNull();
    const unnamed = () =>
      [
        ...screen.queryAllByRole('button'),
        ...screen.queryAllByRole('link'),
        ...screen.queryAllByRole('slider'),
        ...screen.queryAllByRole('searchbox'),
        ...screen.queryAllByRole('combobox'),
        ...screen.queryAllByRole('textbox'),
      ].filter((element) => !accessibleName(element));
    expect(unnamed()).toEqual([]);
    expect(screen.getByRole('slider', { name: 'Seek' })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Volume' })).toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('link', { name: 'Upload' }));
    expect(await screen.findByLabelText('Choose files')).toBeInTheDocument();
    expect(unnamed()).toEqual([]);
  });
});

function accessibleName(element: HTMLElement): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  const label =
    element.getAttribute('aria-label') ??
    (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
    ((element as HTMLInputElement).labels?.[0]?.textContent || null) ??
    element.textContent;
  return label?.trim() ?? '';
}
