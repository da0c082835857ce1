import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audioFixture } from '@sp0t1fy/platform/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, CHROMIUM, chromiumMissing, launchBrowser } from './support/browser';
import { missingBuilds, ROOT, type RunningStack, startStack } from './support/stack';

/** The README's gallery is refreshed on request (E2E_SCREENSHOTS=1), so a test run leaves the tree clean. */
const SCREENSHOTS =
  process.env.E2E_SCREENSHOTS === '1' ? join(ROOT, 'web/screenshots') : join(tmpdir(), 'sp0t1fy-e2e-screenshots');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };
/** How long a step may take on a busy 2-core CI machine. */
const PATIENCE = { timeout: 15_000 };

if (chromiumMissing) {
  console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM} (install it with \`apt-get install chromium\`).`);
}

/** The audio element's state, read in the page. */
const audioState = (page: Page) =>
  page.evaluate(() => {
    const audio = document.querySelector('audio');
    return audio ? { currentTime: audio.currentTime, paused: audio.paused, src: audio.src } : null;
  });

describe.skipIf(chromiumMissing)('a new listener in Chromium, against the stack `npm start` runs', () => {
  let stack: RunningStack;
  let browser: Browser;
  let page: Page;
  const user = { name: 'Robin', email: `robin-${Date.now()}@example.com`, password: 'correct horse battery' };

  /** The current screen at desktop and phone sizes, for the README's gallery. */
  async function screenshot(name: string) {
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-desktop.png`) });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`) });
    await page.setViewportSize(DESKTOP);
  }

  const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });

  beforeAll(async () => {
    const missing = missingBuilds();
    if (missing.length) throw new Error(`Build first (npm run build): missing ${missing.join(', ')}`);
    await mkdir(SCREENSHOTS, { recursive: true });
    stack = await startStack();
    browser = await launchBrowser(DESKTOP);
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('signs up, and the session survives a reload', async () => {
    await page.goto(stack.url);
    await page.getByRole('heading', { name: 'Sign in to listen' }).waitFor();
    await screenshot('sign-in');

    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Display name (optional)').fill(user.name);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Library', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    await screenshot('library-empty');

    await page.reload();
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  it('uploads an MP3 through the page, with tags read from the file, and refuses a text file', async () => {
    await nav('Upload').click();
    await page
      .getByLabel('Choose files')
      .setInputFiles([audioFixture('tones-with-cover.mp3'), audioFixture('not-audio.mp3')]);
    const title = page.getByLabel('Title of tones-with-cover.mp3');
    await expect.poll(() => title.inputValue(), PATIENCE).toBe('Rising Tones');
    expect(await page.getByLabel('Artist of tones-with-cover.mp3').inputValue()).toBe('Sine Ensemble');
    expect(await page.getByLabel('Genre of tones-with-cover.mp3').inputValue()).toBe('Electronic');
    expect(await page.getByLabel('Year of tones-with-cover.mp3').inputValue()).toBe('2023');
    await page.getByLabel('Album of tones-with-cover.mp3').fill('Waves (Remastered)');
    await screenshot('upload-queued');

    await page.getByRole('button', { name: 'Upload all (2)' }).click();
    await page.getByText('Added “Rising Tones” to your library.').waitFor();
    const refusal = page.getByRole('listitem', { name: 'not-audio.mp3' }).getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/Refused: .+/);
    await screenshot('upload-done');
  });

  it('finds the new song by searching, without a reload', async () => {
    await nav('Library').click();
    const songs = page.getByRole('list', { name: 'Songs' });
    await songs.getByText('Rising Tones').waitFor();
    await page.getByRole('searchbox', { name: 'Search songs' }).fill('rising');
    await page.getByText('1 result for “rising”').waitFor();
    expect(await songs.getByRole('listitem').count()).toBe(1);
    expect(await songs.getByText('Waves (Remastered)').isVisible()).toBe(true);
    await screenshot('library-search');
  });

  it('plays it: the audio advances, seeks, and pauses', async () => {
    await page.getByRole('button', { name: 'Play Rising Tones' }).click();
    const player = page.getByRole('region', { name: 'Player' });
    await player.getByText('Rising Tones').waitFor();
    await expect.poll(async () => (await audioState(page))?.currentTime ?? 0, PATIENCE).toBeGreaterThan(1);
    expect((await audioState(page))?.paused).toBe(false);
    // OS media controls and lock screens see what is playing.
    expect(await page.evaluate(() => navigator.mediaSession.metadata?.title)).toBe('Rising Tones');
    expect(await page.evaluate(() => navigator.mediaSession.playbackState)).toBe('playing');
    await screenshot('playing');

    // Click halfway along the seek bar: the 12 s song jumps to about 6 s.
    const seek = player.getByRole('slider', { name: 'Seek' });
    const box = (await seek.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height / 2);
    await expect.poll(async () => (await audioState(page))?.currentTime ?? 0, PATIENCE).toBeGreaterThan(5);

    await player.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(async () => (await audioState(page))?.paused, PATIENCE).toBe(true);
    const pausedAt = (await audioState(page))!.currentTime;
    await page.waitForTimeout(500);
    expect((await audioState(page))!.currentTime).toBe(pausedAt);
    await player.getByRole('button', { name: 'Play' }).waitFor();
    await page.keyboard.press('m');
    await player.getByRole('button', { name: 'Unmute' }).waitFor();
    expect(await page.evaluate(() => document.querySelector('audio')?.muted)).toBe(true);
    await page.keyboard.press('m');
    await player.getByRole('button', { name: 'Mute' }).waitFor();

    // What the player reported, as the API recorded it (latest first).
    const token = await page.evaluate(() => JSON.parse(localStorage.getItem('sp0t1fy.session') ?? '{}').token);
    const actions = async () => {
      const response = await fetch(`${stack.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { history(first: 10) { edges { node { action positionSeconds } } } } }' }),
      });
      const body = (await response.json()) as {
        data: { me: { history: { edges: Array<{ node: { action: string; positionSeconds: number } }> } } };
      };
      return body.data.me.history.edges.map((edge) => edge.node).reverse();
    };
    await expect
      .poll(async () => (await actions()).map((event) => event.action), PATIENCE)
      .toEqual(['PLAY', 'SEEK', 'PAUSE']);
    const [, seekEvent] = await actions();
    expect(seekEvent!.positionSeconds).toBeGreaterThan(5);
    expect(seekEvent!.positionSeconds).toBeLessThan(7.5);
  });

  it('queues the song again from its row menu, and the queue panel lists it', async () => {
    const player = page.getByRole('region', { name: 'Player' });
    await page.getByRole('button', { name: 'More actions for Rising Tones' }).first().click();
    await page.getByRole('menuitem', { name: 'Add to queue' }).click();
    await player.getByRole('button', { name: 'Queue' }).click();
    const queue = page.getByRole('complementary', { name: 'Queue' });
    await queue.locator('.current').getByText('Rising Tones').waitFor();
    await queue.getByRole('list', { name: 'Next up' }).getByText('Rising Tones').waitFor();
    await screenshot('queue');
    await queue.getByRole('button', { name: 'Remove Rising Tones from the queue' }).click();
    await queue.getByText('Nothing queued. Use “Add to queue” or “Play next” on any song.').waitFor();
    await page.keyboard.press('Escape');
    await queue.waitFor({ state: 'detached' });
    expect(
      await player.getByRole('button', { name: 'Queue' }).evaluate((button) => button === document.activeElement),
    ).toBe(true);
  });

  it('shows the listen in History and the song in Top charts', async () => {
    await nav('History').click();
    const listens = page.getByRole('list', { name: 'Recent listens' });
    await listens.getByText('Rising Tones').waitFor();
    await screenshot('history');

    await nav('Top charts').click();
    await page.getByRole('list', { name: 'Top songs' }).getByText('Rising Tones').waitFor();
    await screenshot('charts');
  });

  it('opens the GraphQL playground, which sends the signed-in user’s token', async () => {
    await nav('Playground').click();
    // The editor loads its query (and the schema) after the button appears.
    await page.locator('.graphiql-query-editor').getByText('MyAccount').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: /Execute query/ }).click();
    // The response editor wraps long lines, so compare without whitespace.
    const response = async () => ((await page.locator('.graphiql-response').textContent()) ?? '').replace(/\s+/g, '');
    await expect.poll(response, { timeout: 20_000 }).toContain(`"email":"${user.email}"`);
    await screenshot('playground');
  });

  it('edits the song’s details, then deletes it: history keeps it as removed', async () => {
    await nav('Library').click();
    await page.getByRole('button', { name: 'Edit Rising Tones' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit song' });
    await dialog.getByLabel('Genre').fill('Ambient');
    await screenshot('edit-song');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('list', { name: 'Songs' }).getByText('Ambient').waitFor();
    expect(await page.getByRole('combobox', { name: 'Genre' }).locator('option').allTextContents()).toContain(
      'Ambient',
    );

    await page.getByRole('button', { name: 'Delete Rising Tones' }).click();
    await page
      .getByRole('dialog', { name: 'Delete “Rising Tones”?' })
      .getByRole('button', { name: 'Delete song' })
      .click();
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    expect(
      await page.getByRole('region', { name: 'Player' }).getByText('Choose a song to start listening').isVisible(),
    ).toBe(true);
    await nav('History').click();
    const listen = page.getByRole('list', { name: 'Recent listens' }).getByRole('listitem').first();
    await listen.getByText('Removed').waitFor();
    expect(await listen.getByText('Rising Tones').isVisible()).toBe(true);
  });

  it('uploads three tagged songs of one album and opens it: tracks in track order', async () => {
    await nav('Upload').click();
    // Not in track order, so the album's order is its tags', not the upload's.
    await page
      .getByLabel('Choose files')
      .setInputFiles(['album-post-03.mp3', 'album-post-01.mp3', 'album-post-02.mp3'].map(audioFixture));
    // The earlier upload's cards are done with.
    await page.getByRole('button', { name: 'Clear finished' }).click();
    await page.getByRole('button', { name: /^Upload all \(\d\)$/ }).click();
    for (const title of ['Isobel', 'Army of Me', 'Hyperballad']) {
      await page.getByText(`Added “${title}” to your library.`).waitFor(PATIENCE);
    }

    await nav('Albums').click();
    const albums = page.getByRole('list', { name: 'Albums' });
    await albums.getByRole('link', { name: 'Post' }).waitFor(PATIENCE);
    await screenshot('albums');
    await albums.getByRole('link', { name: 'Post' }).click();
    await page.getByRole('heading', { name: 'Post', level: 1 }).waitFor();
    const tracks = page.getByRole('list', { name: 'Tracks of Post' });
    expect(await tracks.locator('.song-title').allTextContents()).toEqual(['Army of Me', 'Hyperballad', 'Isobel']);
    await screenshot('album');

    await page.getByRole('link', { name: 'Björk' }).first().click();
    await page.getByRole('heading', { name: 'Björk', level: 1 }).waitFor();
    await page.getByRole('list', { name: 'Albums of Björk' }).getByRole('link', { name: 'Post' }).waitFor();
    await screenshot('artist');
    await nav('Artists').click();
    await page.getByRole('list', { name: 'Artists' }).getByText('Björk').first().waitFor();
    await screenshot('artists');
  });

  it('stars the album, and it shows in Favourites', async () => {
    await nav('Albums').click();
    await page.getByRole('list', { name: 'Albums' }).getByRole('link', { name: 'Post' }).click();
    const star = page.getByRole('main').getByRole('button', { name: 'Star Post' });
    await star.click();
    await expect.poll(() => star.getAttribute('aria-pressed'), PATIENCE).toBe('true');

    await nav('Favourites').click();
    await page.getByText('Star songs, albums and artists to find them here.').waitFor();
    await screenshot('favourites-empty');
    await page.getByRole('tab', { name: 'Albums' }).click();
    await page.getByRole('list', { name: 'Starred albums' }).getByRole('link', { name: 'Post' }).waitFor(PATIENCE);
    await screenshot('favourites');
  });

  it('makes a playlist of two songs, reorders it, and the order survives a reload', async () => {
    await page.getByRole('navigation', { name: 'Playlists' }).getByRole('button', { name: 'New playlist' }).click();
    const dialog = page.getByRole('dialog', { name: 'New playlist' });
    await dialog.getByLabel('Name').fill('Road trip');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: 'Road trip', level: 1 }).waitFor();
    await page.getByText('This playlist is empty: add songs from your library with Add to playlist.').waitFor();
    await screenshot('playlist-empty');

    await nav('Albums').click();
    await page.getByRole('list', { name: 'Albums' }).getByRole('link', { name: 'Post' }).click();
    for (const title of ['Army of Me', 'Hyperballad']) {
      await page.getByRole('button', { name: `More actions for ${title}` }).click();
      await page.getByRole('group', { name: 'Add to playlist' }).getByRole('menuitem', { name: 'Road trip' }).click();
      await page.getByText(`Added “${title}” to Road trip.`).waitFor(PATIENCE);
    }

    await page.getByRole('navigation', { name: 'Playlists' }).getByRole('link', { name: 'Road trip' }).click();
    const entries = page.getByRole('list', { name: 'Songs of Road trip' });
    const titles = () => entries.locator('.song-title').allTextContents();
    await expect.poll(titles, PATIENCE).toEqual(['Army of Me', 'Hyperballad']);
    // Drag the second song onto the first.
    await entries.getByRole('listitem').nth(1).locator('.song-title').dragTo(entries.getByRole('listitem').nth(0));
    await expect.poll(titles, PATIENCE).toEqual(['Hyperballad', 'Army of Me']);
    await page.waitForLoadState('networkidle');
    await page.reload();
    await expect.poll(titles, PATIENCE).toEqual(['Hyperballad', 'Army of Me']);
    // And from the keyboard: move it back down with its button.
    await page.getByRole('button', { name: 'Move Hyperballad down' }).click();
    await expect.poll(titles, PATIENCE).toEqual(['Army of Me', 'Hyperballad']);
    await page.waitForLoadState('networkidle');
    await page.reload();
    await expect.poll(titles, PATIENCE).toEqual(['Army of Me', 'Hyperballad']);
    await screenshot('playlist');
  });

  it('plays the playlist through the queue: the panel lists it, and Next advances', async () => {
    await page.getByRole('button', { name: 'Play Road trip' }).click();
    const player = page.getByRole('region', { name: 'Player' });
    await player.locator('.now-playing-title').getByText('Army of Me').waitFor(PATIENCE);
    await player.getByRole('button', { name: 'Queue' }).click();
    const queue = page.getByRole('complementary', { name: 'Queue' });
    await queue.getByRole('list', { name: 'Next up' }).getByText('Hyperballad').waitFor();
    await screenshot('queue-playlist');
    await player.getByRole('button', { name: 'Next' }).click();
    await queue.locator('.current').getByText('Hyperballad').waitFor(PATIENCE);
    await queue.getByText('Nothing queued. Use “Add to queue” or “Play next” on any song.').waitFor();
    await expect.poll(async () => (await audioState(page))?.src ?? '', PATIENCE).toContain('/audio');
    await page.keyboard.press('Escape');
    await queue.waitFor({ state: 'detached' });
    await player.getByRole('button', { name: 'Pause' }).click();
  });

  it('deletes a song: the playlist keeps it, greyed and marked removed', async () => {
    await nav('Library').click();
    await page.getByRole('button', { name: 'Delete Hyperballad' }).click();
    await page
      .getByRole('dialog', { name: 'Delete “Hyperballad”?' })
      .getByRole('button', { name: 'Delete song' })
      .click();
    await page.getByRole('list', { name: 'Songs' }).getByText('Hyperballad').waitFor({ state: 'detached' });
    await page.getByRole('navigation', { name: 'Playlists' }).getByRole('link', { name: 'Road trip' }).click();
    const gone = page.getByRole('list', { name: 'Songs of Road trip' }).getByRole('listitem').nth(1);
    await gone.getByText('removed').waitFor(PATIENCE);
    expect(await gone.locator('.song-title').textContent()).toBe('Hyperballad');
    await screenshot('playlist-removed');
  });

  it('creates an app password in Settings, shown once, that a Subsonic app can use until it is revoked', async () => {
    await nav('Settings').click();
    const section = page.getByRole('region', { name: 'App passwords' });
    await section.getByLabel('App name').fill('Symfonium on my phone');
    await section.getByRole('button', { name: 'Create' }).click();
    const shown = section.getByLabel('New app password');
    await shown.waitFor(PATIENCE);
    const password = await shown.inputValue();
    expect(password).toMatch(/^[A-Za-z0-9]{24}$/);
    await section.getByText('it will not be shown again', { exact: false }).waitFor();
    const listed = section
      .getByRole('table', { name: 'Your app passwords' })
      .getByRole('row', { name: /Symfonium on my phone/ });
    await listed.waitFor();
    expect(await listed.textContent()).toContain('never');
    await screenshot('settings-app-passwords');

    // What the app sends: the server URL, the email as username and the app password (here hex-encoded).
    const ping = async () => {
      const query = new URLSearchParams({
        u: user.email,
        p: `enc:${Buffer.from(password).toString('hex')}`,
        v: '1.16.1',
        c: 'journey',
        f: 'json',
      });
      const response = await fetch(`${stack.url}/rest/ping?${query}`);
      return ((await response.json()) as { 'subsonic-response': Record<string, unknown> })['subsonic-response'];
    };
    expect(await ping()).toMatchObject({ status: 'ok' });

    // Shown once: after a reload only its name and last use remain.
    await page.reload();
    await listed.waitFor(PATIENCE);
    expect(await listed.textContent()).not.toContain('never');
    expect(await section.getByLabel('New app password').count()).toBe(0);
    expect(await page.content()).not.toContain(password);

    await section.getByRole('button', { name: 'Revoke Symfonium on my phone' }).click();
    await page
      .getByRole('dialog', { name: 'Revoke “Symfonium on my phone”?' })
      .getByRole('button', { name: 'Revoke' })
      .click();
    await section.getByText('You have no app passwords yet.').waitFor(PATIENCE);
    expect(await ping()).toMatchObject({ status: 'failed', error: { code: 40 } });
  });

  it('streams at the quality chosen in Settings: Data saver fetches Opus', async () => {
    await nav('Settings').click();
    await page.getByRole('heading', { name: 'Streaming quality' }).waitFor();
    await page.getByRole('radio', { name: /Data saver/ }).check();
    await screenshot('settings');
    // Remembered in this browser.
    await page.reload();
    expect(await page.getByRole('radio', { name: /Data saver/ }).isChecked()).toBe(true);

    await nav('Library').click();
    const opus = page.waitForResponse((response) => response.url().includes('/audio?format=opus'), PATIENCE);
    await page.getByRole('button', { name: 'Play Army of Me' }).click();
    const response = await opus;
    expect(response.headers()['content-type']).toBe('audio/ogg; codecs=opus');
    await expect.poll(async () => (await audioState(page))?.src ?? '', PATIENCE).toContain('format=opus&bitrate=96');
    await expect.poll(async () => (await audioState(page))?.currentTime ?? 0, PATIENCE).toBeGreaterThan(0.5);
    await page.getByRole('region', { name: 'Player' }).getByRole('button', { name: 'Pause' }).click();
  });

  it('signs out, and a revoked session leads back to sign-in with a message', async () => {
    // Every AudioContext the page opens from here on, to see that signing out lets go of the sound device.
    await page.addInitScript(() => {
      const opened: AudioContext[] = [];
      Object.assign(window, { openedAudioContexts: opened });
      window.AudioContext = class extends window.AudioContext {
        constructor(options?: AudioContextOptions) {
          super(options);
          opened.push(this);
        }
      };
    });
    await page.reload();
    await page.getByRole('region', { name: 'Player' }).waitFor();
    const audioContextStates = () =>
      page.evaluate(() =>
        (window as unknown as { openedAudioContexts: AudioContext[] }).openedAudioContexts.map(
          (context) => context.state,
        ),
      );
    expect(await audioContextStates()).toHaveLength(1);
    expect(await audioContextStates()).not.toContain('closed');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to listen' }).waitFor();
    await expect.poll(audioContextStates, PATIENCE).toEqual(['closed']);

    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await nav('Library').click();
    await page.getByRole('list', { name: 'Songs' }).getByText('Army of Me').waitFor();
    // The same session ended elsewhere (another tab, an API client): the app notices on its next request.
    const token = await page.evaluate(() => JSON.parse(localStorage.getItem('sp0t1fy.session') ?? '{}').token);
    const logout = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(await logout.json()).toEqual({ data: { logout: true } });
    await page.reload();
    await page.getByText('You were signed out because this session ended').waitFor();
    await page.getByRole('heading', { name: 'Sign in to listen' }).waitFor();

    // A session past its expiry time is over as soon as the app starts.
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Library', exact: true }).waitFor();
    await page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('sp0t1fy.session') ?? '{}');
      localStorage.setItem('sp0t1fy.session', JSON.stringify({ ...stored, expiresAt: new Date(0).toISOString() }));
    });
    await page.reload();
    await page.getByText('Your session has expired. Sign in again to continue.').waitFor();
  });

  it('logs no console errors on the way', () => {
    expect(browser.problems).toEqual([]);
  });
});
