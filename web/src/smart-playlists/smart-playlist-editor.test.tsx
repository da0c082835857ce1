import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { endSession } from '../session/session-store';
import { type FakeApi, installFakeApi, songFixture, userPayload } from '../test/fake-api';
import { signIn } from '../test/open-app';

const songs = [
  songFixture({ id: 'song-1', title: 'Alpha', playCount: 5 }),
  songFixture({ id: 'song-2', title: 'Bravo', playCount: 1 }),
];

/** What the fake library "matches": a playCount greaterThan rule filters; anything else matches all. */
function matching(rules: { all?: Array<{ field: string; op: string; value: unknown }> }) {
  const plays = rules.all?.find((rule) => rule.field === 'playCount' && rule.op === 'greaterThan');
  return songs.filter((song) => !plays || song.playCount > Number(plays.value));
}

const badInput = (field: string, message: string) => ({
  data: null,
  errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field } }],
});

describe('the smart playlist editor', () => {
  let api: FakeApi;
  const saved: unknown[] = [];

  beforeEach(async () => {
    act(() => endSession());
    saved.length = 0;
    window.history.replaceState(null, '', '/smart-playlists/new');
    api = installFakeApi()
      .on('Me', () => ({ data: { me: userPayload } }))
      .on('MyPlaylists', () => ({ data: { me: { ...userPayload, playlists: null } } }))
      .on('PreviewSmartPlaylist', ({ rules }) => {
        // As the library does, a range whose minimum is above its maximum is refused at the rule's path.
        const top = (rules as { all: Array<{ op: string; value: unknown }> }).all;
        const upsideDown = top.findIndex(
          (rule) => rule.op === 'between' && Array.isArray(rule.value) && rule.value[0] > rule.value[1],
        );
        if (upsideDown >= 0) return badInput(`rules.all[${upsideDown}].value`, 'min must not be above max');
        const found = matching(rules as never);
        return {
          data: {
            previewSmartPlaylist: {
              __typename: 'SmartPlaylistPreview',
              songCount: found.length,
              songs: found.map(({ id, title, artist, playCount }) => ({
                __typename: 'Song',
                id,
                title,
                artist,
                playCount,
              })),
            },
          },
        };
      });
    signIn();
    render(<App />);
    await screen.findByRole('heading', { name: 'New smart playlist' });
    return () => {
      vi.restoreAllMocks();
      vi.unstubAllGlobals();
    };
  });

  // Many user events in one journey: on a busy two-core machine they take longer than the default 5 s.
  it('builds rules field by field with the right input for each, previewing what they match', async () => {
    const user = userEvent.setup();
    const preview = () => screen.getByRole('complementary', { name: 'Preview' });
    const rule1 = () => screen.getByRole('group', { name: 'Rule 1' });

    // A new rule starts as "Title contains" with nothing typed: no preview yet, and nothing called wrong.
    expect(within(preview()).getByRole('status')).toHaveTextContent('Fill in every rule to see what it matches.');
    expect(within(rule1()).queryByRole('alert')).toBeNull();
    await user.type(within(rule1()).getByLabelText('Rule 1 value'), 'a');
    expect(await within(preview()).findByText('2 songs match')).toBeVisible();

    // What the server refuses while previewing is shown at the rule it names, and clears when fixed.
    await user.selectOptions(within(rule1()).getByLabelText('Rule 1 field'), 'playCount');
    await user.selectOptions(within(rule1()).getByLabelText('Rule 1 operator'), 'between');
    await user.type(within(rule1()).getByLabelText('Rule 1 from'), '5');
    await user.type(within(rule1()).getByLabelText('Rule 1 to'), '1');
    expect(await within(rule1()).findByRole('alert')).toHaveTextContent('min must not be above max');
    expect(within(rule1()).getByLabelText('Rule 1 from')).toHaveAttribute('aria-invalid', 'true');
    expect(within(preview()).getByRole('status')).toHaveTextContent('No preview: fix the rules marked in red.');

    await user.selectOptions(within(rule1()).getByLabelText('Rule 1 operator'), 'greaterThan');
    expect(within(rule1()).getByLabelText('Rule 1 value')).toHaveAttribute('type', 'number');
    await user.type(within(rule1()).getByLabelText('Rule 1 value'), '2');
    expect(await within(preview()).findByText('1 song match')).toBeVisible();
    expect(within(preview()).getByText('Alpha')).toBeVisible();
    expect(within(rule1()).queryByRole('alert')).toBeNull();

    // Each kind of value has its input: days for "in the last", two numbers for "between", yes/no.
    await user.click(screen.getByRole('button', { name: 'Add rule' }));
    const rule2 = screen.getByRole('group', { name: 'Rule 2' });
    await user.selectOptions(within(rule2).getByLabelText('Rule 2 field'), 'lastPlayedAt');
    await user.selectOptions(within(rule2).getByLabelText('Rule 2 operator'), 'notInTheLast');
    await user.type(within(rule2).getByLabelText('Rule 2 days'), '7');
    await user.selectOptions(within(rule2).getByLabelText('Rule 2 operator'), 'before');
    expect(within(rule2).getByLabelText('Rule 2 date')).toHaveAttribute('type', 'date');
    await user.selectOptions(within(rule2).getByLabelText('Rule 2 operator'), 'notInTheLast');
    await user.type(within(rule2).getByLabelText('Rule 2 days'), '7');

    await user.click(screen.getByRole('button', { name: 'Add group' }));
    const group = screen.getByRole('group', { name: 'Group 3' });
    await user.selectOptions(within(group).getByLabelText('Rule 3.1 field'), 'year');
    await user.selectOptions(within(group).getByLabelText('Rule 3.1 operator'), 'between');
    await user.type(within(group).getByLabelText('Rule 3.1 from'), '1990');
    await user.type(within(group).getByLabelText('Rule 3.1 to'), '1999');
    await user.click(within(group).getByRole('button', { name: 'Add rule to group 3' }));
    await user.selectOptions(within(group).getByLabelText('Rule 3.2 field'), 'starred');
    await user.selectOptions(within(group).getByLabelText('Rule 3.2 value'), 'no');
    await user.selectOptions(screen.getByLabelText('Sort by'), 'playCount');
    await user.clear(screen.getByLabelText('At most (songs)'));
    await user.type(screen.getByLabelText('At most (songs)'), '25');

    // Saving: the server's refusal names a rule, and the message shows at that rule.
    api.on('CreateSmartPlaylist', ({ input }) => {
      saved.push(input);
      return badInput('input.rules.all[2].any[0].value', 'min must not be above max');
    });
    await user.type(screen.getByLabelText('Name'), 'Worn in');
    await user.click(screen.getByRole('button', { name: 'Create smart playlist' }));
    expect(await within(screen.getByRole('group', { name: 'Rule 3.1' })).findByRole('alert')).toHaveTextContent(
      'min must not be above max',
    );
    expect(saved[0]).toEqual({
      name: 'Worn in',
      description: null,
      rules: {
        all: [
          { field: 'playCount', op: 'greaterThan', value: 2 },
          { field: 'lastPlayedAt', op: 'notInTheLast', value: { days: 7 } },
          {
            any: [
              { field: 'year', op: 'between', value: [1990, 1999] },
              { field: 'starred', op: 'is', value: false },
            ],
          },
        ],
        sort: { field: 'playCount', direction: 'desc' },
        limit: 25,
      },
    });
    expect(window.location.pathname).toBe('/smart-playlists/new');
  }, 20_000);
});
