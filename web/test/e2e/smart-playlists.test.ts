import { audioFixture } from '@sp0t1fy/platform/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, chromiumMissing } from './support/browser';
import { apiAs, nav, PATIENCE, screenshot, signUp, uploadSongs } from './support/listener';
import { openStackInBrowser, type StackInBrowser } from './support/stack-in-browser';

if (chromiumMissing) console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM}.`);

const DAY_MS = 86_400_000;

describe.skipIf(chromiumMissing)('smart playlists in Chromium: rules built in the editor, kept up by plays', () => {
  let e2e: StackInBrowser;
  let page: Page;

  beforeAll(async () => {
    e2e = await openStackInBrowser();
    page = e2e.page;
    await signUp(page, e2e.stack.url, 'Robin');
    await uploadSongs(page, ['album-post-01.mp3', 'album-post-02.mp3', 'album-post-03.mp3'].map(audioFixture), [
      'Army of Me',
      'Hyperballad',
      'Isobel',
    ]);

    // Listens another of Robin's players reported (scrobbles): "Army of Me" three times a fortnight
    // ago, "Hyperballad" three times today, "Isobel" never.
    const { songs } = await apiAs<{ songs: { edges: Array<{ node: { id: string; title: string } }> } }>(
      page,
      e2e.stack.url,
      '{ songs(first: 10) { edges { node { id title } } } }',
    );
    const idOf = (title: string) => songs.edges.find((edge) => edge.node.title === title)!.node.id;
    const listens: Array<[string, number]> = [
      ['Army of Me', 14 * DAY_MS],
      ['Army of Me', 13 * DAY_MS],
      ['Army of Me', 12 * DAY_MS],
      ['Hyperballad', 3 * 3_600_000],
      ['Hyperballad', 2 * 3_600_000],
      ['Hyperballad', 3_600_000],
    ];
    for (const [title, ago] of listens) {
      await apiAs(
        page,
        e2e.stack.url,
        'mutation ($id: ID!, $at: DateTime) { scrobble(songId: $id, playedAt: $at) { id } }',
        {
          id: idOf(title),
          at: new Date(Date.now() - ago).toISOString(),
        },
      );
    }
  });

  afterAll(() => e2e?.close());

  const preview = () => page.getByRole('complementary', { name: 'Preview' });
  const rule = (name: string) => page.getByRole('group', { name, exact: true });

  it('builds “played more than twice, not in the last week” in the editor, the preview following each rule', async () => {
    await nav(page, 'Smart playlists').click();
    await page.getByRole('heading', { name: 'No smart playlists yet' }).waitFor(PATIENCE);
    await page.getByRole('link', { name: 'New smart playlist' }).click();
    await page.getByRole('heading', { name: 'New smart playlist' }).waitFor();

    // A new rule is "Title contains" with nothing typed: saving it so, the library refuses it at that rule.
    await page.getByLabel('Name').fill('Worn in');
    await preview().getByText('Fill in every rule to see what it matches.').waitFor();
    await page.getByRole('button', { name: 'Create smart playlist' }).click();
    await rule('Rule 1').getByRole('alert').waitFor(PATIENCE);
    expect(await rule('Rule 1').getByLabel('Rule 1 value').getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toMatch(/\/smart-playlists\/new$/);

    await rule('Rule 1').getByLabel('Rule 1 field').selectOption({ label: 'Play count' });
    await rule('Rule 1').getByLabel('Rule 1 operator').selectOption({ label: 'is more than' });
    await rule('Rule 1').getByLabel('Rule 1 value').fill('2');
    await preview().getByText('2 songs match').waitFor(PATIENCE);
    expect(await rule('Rule 1').getByRole('alert').count()).toBe(0);

    await page.getByRole('button', { name: 'Add rule', exact: true }).click();
    await rule('Rule 2').getByLabel('Rule 2 field').selectOption({ label: 'Last played' });
    await rule('Rule 2').getByLabel('Rule 2 operator').selectOption({ label: 'is not in the last' });
    await rule('Rule 2').getByLabel('Rule 2 days').fill('7');
    await preview().getByText('1 song match').waitFor(PATIENCE);
    expect(
      await preview().getByRole('list', { name: 'Matching songs' }).getByRole('listitem').allTextContents(),
    ).toEqual([expect.stringContaining('Army of Me')]);
    await screenshot(page, 'smart-playlist-editor');
  });

  it('saves it: its page lists the matching song, and the list of smart playlists has it', async () => {
    await page.getByRole('button', { name: 'Create smart playlist' }).click();
    await page.getByRole('heading', { name: 'Worn in', level: 1 }).waitFor(PATIENCE);
    const songs = page.getByRole('list', { name: 'Songs of Worn in' });
    await expect.poll(() => songs.locator('.song-title').allTextContents(), PATIENCE).toEqual(['Army of Me']);
    await screenshot(page, 'smart-playlist');

    await nav(page, 'Smart playlists').click();
    const list = page.getByRole('list', { name: 'Your smart playlists' });
    await list.getByRole('link', { name: /Worn in\s*1 song/ }).waitFor(PATIENCE);
    await screenshot(page, 'smart-playlists');
    await list.getByRole('link', { name: /Worn in/ }).click();
    await page.getByRole('heading', { name: 'Worn in', level: 1 }).waitFor(PATIENCE);
  });

  it('plays its song, which was then played in the last week: the playlist empties by itself', async () => {
    await page.getByRole('button', { name: 'Play Worn in' }).click();
    await page.getByRole('region', { name: 'Player' }).getByText('Army of Me').waitFor(PATIENCE);
    await page.getByRole('heading', { name: 'No songs match yet' }).waitFor(PATIENCE);
    await page.getByRole('region', { name: 'Player' }).getByRole('button', { name: 'Pause' }).click();
  });

  it('edits the rules: the saved rules load into the editor, and the page follows the change', async () => {
    await page.getByRole('link', { name: 'Edit rules' }).first().click();
    await page.getByRole('heading', { name: 'Edit “Worn in”' }).waitFor(PATIENCE);
    expect(await rule('Rule 1').getByLabel('Rule 1 value').inputValue()).toBe('2');
    expect(await rule('Rule 2').getByLabel('Rule 2 days').inputValue()).toBe('7');
    await preview().getByText('0 songs match').waitFor(PATIENCE);
    await page.getByRole('button', { name: 'Remove rule 2' }).click();
    // Army of Me now has 4 plays, Hyperballad 3.
    await preview().getByText('2 songs match').waitFor(PATIENCE);
    await page.getByRole('button', { name: 'Save changes' }).click();
    const songs = page.getByRole('list', { name: 'Songs of Worn in' });
    await expect
      .poll(async () => (await songs.locator('.song-title').allTextContents()).sort(), PATIENCE)
      .toEqual(['Army of Me', 'Hyperballad']);
  });

  it('deletes it: the songs stay, the list of smart playlists is empty again', async () => {
    await page.getByRole('button', { name: 'Delete smart playlist' }).click();
    await page.getByRole('dialog', { name: 'Delete “Worn in”?' }).getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('heading', { name: 'No smart playlists yet' }).waitFor(PATIENCE);
    await nav(page, 'Library').click();
    await page.getByRole('list', { name: 'Songs' }).getByText('Army of Me').waitFor(PATIENCE);
  });

  it('saw no console errors', () => {
    expect(e2e.browser.problems).toEqual([]);
  });
});
