import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { endSession } from '../session/session-store';
import { type FakeApi, installFakeApi, userPayload } from '../test/fake-api';
import { signIn } from '../test/open-app';

interface Row {
  __typename: 'AppPassword';
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

const PASSWORD = 'Abcdefghijklmnopqrstuvw1';

describe('the app passwords section of Settings', () => {
  let api: FakeApi;
  let rows: Row[];
  let listAnswer: () => unknown;

  beforeEach(() => {
    act(() => endSession());
    rows = [
      {
        __typename: 'AppPassword',
        id: 'ap-1',
        name: 'DSub on the old tablet',
        createdAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
        lastUsedAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
      },
    ];
    listAnswer = () => ({
      data: { me: { __typename: 'User', id: userPayload.id, email: userPayload.email, appPasswords: rows } },
    });
    api = installFakeApi()
      .on('Me', () => ({ data: { me: userPayload } }))
      .on('MyPlaylists', () => ({ data: { me: { __typename: 'User', id: userPayload.id, playlists: null } } }))
      .on('AppPasswords', () => listAnswer())
      .on('CreateAppPassword', (variables) => {
        const row: Row = {
          __typename: 'AppPassword',
          id: `ap-${rows.length + 1}`,
          name: String(variables.name),
          createdAt: new Date().toISOString(),
          lastUsedAt: null,
        };
        rows = [row, ...rows];
        return {
          data: { createAppPassword: { __typename: 'CreatedAppPassword', password: PASSWORD, appPassword: row } },
        };
      })
      .on('RevokeAppPassword', (variables) => {
        rows = rows.filter((row) => row.id !== variables.id);
        return { data: { revokeAppPassword: true } };
      });
    window.history.replaceState(null, '', '/settings');
    signIn();
    return () => {
      vi.restoreAllMocks();
      vi.unstubAllGlobals();
    };
  });

  const section = async () => within(await screen.findByRole('region', { name: 'App passwords' }));
  const table = () => screen.getByRole('table', { name: 'Your app passwords' });
  const rowNames = () =>
    within(table())
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getByRole('rowheader').textContent);

  it('explains what to enter in a Subsonic app and lists the passwords with their last use', async () => {
    render(<App />);
    const settings = await section();
    expect(settings.getByText(/Symfonium, DSub and Feishin/)).toBeVisible();
    expect(await settings.findByText(userPayload.email)).toBeVisible();
    expect(settings.getByText(window.location.origin)).toBeVisible();

    const [row] = within(table()).getAllByRole('row').slice(1);
    expect(within(row!).getByRole('rowheader')).toHaveTextContent('DSub on the old tablet');
    expect(row).toHaveTextContent('3 days ago');
    expect(row).toHaveTextContent('2 hours ago');
  });

  it('creates one, shows it once with a Copy button, and lists it as never used', async () => {
    const user = userEvent.setup();
    render(<App />);
    const settings = await section();
    await settings.findByRole('table', { name: 'Your app passwords' });
    const create = settings.getByRole('button', { name: 'Create' });
    expect(create).toBeDisabled();

    await user.type(settings.getByLabelText('App name'), '  Symfonium on my phone ');
    await user.click(create);

    expect(api.calls.find((call) => call.operationName === 'CreateAppPassword')?.variables).toEqual({
      name: 'Symfonium on my phone',
    });
    const shown = await settings.findByLabelText('New app password');
    expect(shown).toHaveValue(PASSWORD);
    expect(settings.getByText(/it will not be shown again/)).toBeVisible();
    expect(settings.getByLabelText('App name')).toHaveValue('');

    await user.click(settings.getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(PASSWORD);
    expect(settings.getByRole('button', { name: 'Copied' })).toBeVisible();

    // The list is asked again and shows the new one first, never used, without its secret.
    expect(await within(table()).findByRole('rowheader', { name: 'Symfonium on my phone' })).toBeVisible();
    const newRow = within(table()).getAllByRole('row')[1]!;
    expect(newRow).toHaveTextContent('never');
    expect(table()).not.toHaveTextContent(PASSWORD);

    await user.click(settings.getByRole('button', { name: 'Done' }));
    expect(settings.queryByLabelText('New app password')).toBeNull();
  });

  it('shows the server’s refusal, such as the limit of 25', async () => {
    api.on('CreateAppPassword', () => ({
      data: null,
      errors: [
        {
          message: 'You can have at most 25 app passwords; revoke one first',
          extensions: { code: 'BAD_USER_INPUT', field: 'name', reason: 'TOO_MANY_APP_PASSWORDS' },
        },
      ],
    }));
    const user = userEvent.setup();
    render(<App />);
    const settings = await section();
    await user.type(settings.getByLabelText('App name'), 'One too many');
    await user.click(settings.getByRole('button', { name: 'Create' }));
    expect(await settings.findByRole('alert')).toHaveTextContent('at most 25 app passwords');
    expect(settings.getByLabelText('App name')).toHaveAttribute('aria-invalid', 'true');
    expect(settings.queryByLabelText('New app password')).toBeNull();
  });

  it('revokes one only after confirming', async () => {
    const user = userEvent.setup();
    render(<App />);
    await section();
    await screen.findByRole('table', { name: 'Your app passwords' });

    await user.click(screen.getByRole('button', { name: 'Revoke DSub on the old tablet' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke “DSub on the old tablet”?' });
    expect(dialog).toHaveTextContent('stop working at once');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(api.calls.some((call) => call.operationName === 'RevokeAppPassword')).toBe(false);
    expect(rowNames()).toEqual(['DSub on the old tablet']);

    await user.click(screen.getByRole('button', { name: 'Revoke DSub on the old tablet' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Revoke “DSub on the old tablet”?' })).getByRole('button', {
        name: 'Revoke',
      }),
    );
    expect(api.calls.find((call) => call.operationName === 'RevokeAppPassword')?.variables).toEqual({ id: 'ap-1' });
    expect(await screen.findByText('You have no app passwords yet.')).toBeVisible();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says so when the list cannot be loaded', async () => {
    listAnswer = () => ({
      data: { me: { __typename: 'User', id: userPayload.id, email: userPayload.email, appPasswords: null } },
      errors: [{ message: 'down', path: ['me', 'appPasswords'], extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
    render(<App />);
    const settings = await section();
    expect(await settings.findByRole('alert')).toHaveTextContent('cannot be shown right now');
  });
});
