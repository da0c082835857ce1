import { audioFixture, decodeMono } from '@sp0t1fy/platform/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, CHROMIUM, chromiumMissing, launchBrowser } from './support/browser';
import { type Recording, startRecording, stopRecording } from './support/output-recorder';
import { largestStep, longestQuietMs, peak, zeroCrossingHz } from './support/signal';
import { missingBuilds, type RunningStack, startStack } from './support/stack';

/** How long a step may take on a busy 2-core CI machine. */
const PATIENCE = { timeout: 20_000 };
const TONE_HZ = 440;

if (chromiumMissing) {
  console.warn(`Player browser tests skipped: no Chromium at ${CHROMIUM}.`);
}

/** The player's state and its graph's deck gains, read in the page. */
const playerState = (page: Page) =>
  page.evaluate(() => {
    const player = window.sp0t1fyPlayer;
    if (!player) return null;
    const state = player.getState();
    return {
      title: state.current?.title ?? null,
      currentTime: state.currentTime,
      playing: state.playing,
      deckKind: state.deckKind,
      appliedGainDb: state.appliedGainDb,
      queue: state.queue.map((song) => song.title),
      upcoming: state.order.slice(state.position + 1).map((index) => state.queue[index]?.title),
      deckGains: player.inspectGraph().deckGains,
      contextTime: player.inspectGraph().context?.currentTime ?? 0,
    };
  });

interface SongLoudness {
  trackGainDb: number;
  trackPeak: number;
  source: 'TAGS' | 'MEASURED';
}

/** A song's loudness as the API gives it, asked from the page with its session. */
const songLoudness = (page: Page, title: string) =>
  page.evaluate(async (wanted) => {
    const session = JSON.parse(localStorage.getItem('sp0t1fy.session') ?? '{}') as { token?: string };
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
      body: JSON.stringify({
        query:
          'query($q: String) { songs(query: $q) { edges { node { title loudness { trackGainDb trackPeak source } } } } }',
        variables: { q: wanted },
      }),
    });
    const body = (await response.json()) as {
      data: { songs: { edges: { node: { title: string; loudness: SongLoudness | null } }[] } };
    };
    return body.data.songs.edges.find(({ node }) => node.title === wanted)?.node.loudness ?? null;
  }, title);

/** What the player must apply in its default (automatic) mode to a song outside an album run. */
const expectedTrackGainDb = ({ trackGainDb, trackPeak }: SongLoudness) =>
  Math.min(trackGainDb, -20 * Math.log10(trackPeak));

/** The first `seconds` of a recording: the tone on its own, before anything under test happens. */
const opening = (recording: Recording, seconds: number) =>
  recording.samples.slice(0, Math.round(seconds * recording.sampleRate));

/** The largest step where ffmpeg's decodes of two files meet, in steps of the tone well before it. */
async function referenceJoin(first: string, second: string): Promise<number> {
  const a = await decodeMono(audioFixture(first));
  const b = await decodeMono(audioFixture(second));
  const around = 2048;
  const join = [...a.samples.slice(-around), ...b.samples.slice(0, around)];
  const steady = [...a.samples.slice(a.sampleRate, a.sampleRate + Math.round(a.sampleRate * 0.2))];
  return largestStep(join, a.sampleRate).step / largestStep(steady, a.sampleRate).step;
}

describe.skipIf(chromiumMissing)('the player in Chromium: gapless, crossfade, loudness, speed, reload', () => {
  let stack: RunningStack;
  let browser: Browser;
  let page: Page;
  const player = () => page.getByRole('region', { name: 'Player' });
  const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });

  beforeAll(async () => {
    const missing = missingBuilds();
    if (missing.length) throw new Error(`Build first (npm run build): missing ${missing.join(', ')}`);
    stack = await startStack();
    browser = await launchBrowser();
    page = browser.page;

    await page.goto(stack.url);
    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByLabel('Email').fill(`player-${Date.now()}@example.com`);
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor(PATIENCE);

    await nav('Upload').click();
    const files = ['gapless-01.mp3', 'gapless-02.mp3', 'replaygain-tagged.mp3', 'loudness-measured.mp3'];
    await page.getByLabel('Choose files').setInputFiles(files.map((name) => audioFixture(`playback/${name}`)));
    await page.getByRole('button', { name: 'Upload all (4)' }).click();
    for (const title of ['Unbroken I', 'Unbroken II', 'Tagged Level', 'Measured Level']) {
      await page.getByText(`Added “${title}” to your library.`).waitFor(PATIENCE);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('plays two tracks of one album cut from one tone without a gap or a click at the hand-over', async () => {
    await nav('Albums').click();
    await page.getByRole('list', { name: 'Albums' }).getByRole('link', { name: 'Continuous' }).click();
    await page.getByRole('button', { name: 'Play Continuous' }).click();
    await player().locator('.now-playing-title').getByText('Unbroken I').waitFor(PATIENCE);
    await expect.poll(async () => (await playerState(page))?.currentTime ?? 0, PATIENCE).toBeGreaterThan(0.3);
    expect((await playerState(page))?.deckKind).toBe('buffer');

    // Played from the start as a listener would (no seek), recording from 0.3 s until the second
    // track has played a second: the whole first track's end and the hand-over are in it.
    await startRecording(page);
    await expect
      .poll(async () => {
        const state = await playerState(page);
        return state?.title === 'Unbroken II' ? state.currentTime : 0;
      }, PATIENCE)
      .toBeGreaterThan(1);
    const recording = await stopRecording(page);
    // The second track is 4 s long: on a busy machine it may end while the recording is analysed.
    await page.evaluate(() => window.sp0t1fyPlayer?.pause());

    const { sampleRate, samples } = recording;
    const amplitude = peak(opening(recording, 0.2));
    expect(amplitude).toBeGreaterThan(0.01);
    const gapMs = longestQuietMs(samples, sampleRate, amplitude * 0.05);
    // A sine's steepest step, as recorded before the cut: what every jump is measured against.
    const ownStep = largestStep(opening(recording, 0.2), sampleRate).step;
    const click = largestStep(samples, sampleRate);
    // MP3 cannot code a hard cut exactly: even the two files decoded by ffmpeg and joined sample for
    // sample jump more than the sine does at the join. That join is the best any player can do.
    const reference = await referenceJoin('playback/gapless-01.mp3', 'playback/gapless-02.mp3');
    console.log(
      `gapless: ${(samples.length / sampleRate).toFixed(2)} s recorded at ${sampleRate} Hz across the hand-over, tone peak ` +
        `${amplitude.toFixed(4)}; longest run under 5% of the peak ${gapMs.toFixed(3)} ms (limit 5 ms); largest step ` +
        `${(click.step / ownStep).toFixed(2)}× the tone's own steepest step, at ${click.atSeconds.toFixed(3)} s; ffmpeg's ` +
        `sample-exact join of the files: ${reference.toFixed(2)}× (limit 1.25× that)`,
    );
    expect(gapMs).toBeLessThan(5);
    // Missing or doubled samples at the hand-over add about one own step per sample to the jump.
    expect(click.step / ownStep).toBeLessThan(reference * 1.25);
    expect((await playerState(page))?.deckKind).toBe('buffer');
  });
  /** Plays "Tagged Level" from the library with "Measured Level" queued after it. */
  async function playTaggedThenMeasured() {
    await nav('Library').click();
    const songs = page.getByRole('list', { name: 'Songs' });
    await songs.getByText('Tagged Level').waitFor(PATIENCE);
    await page.getByRole('button', { name: 'Play Tagged Level' }).click();
    await player().locator('.now-playing-title').getByText('Tagged Level').waitFor(PATIENCE);
    await page.getByRole('button', { name: 'More actions for Measured Level' }).click();
    await page.getByRole('menuitem', { name: 'Play next' }).click();
    await expect.poll(async () => (await playerState(page))?.upcoming[0], PATIENCE).toBe('Measured Level');
  }

  it('levels a song with ReplayGain tags and a measured one by what their Song.loudness says', async () => {
    await playTaggedThenMeasured();
    const applied: Record<string, { gainDb: number; deckGain: number; expected: number; source: string }> = {};
    for (const title of ['Tagged Level', 'Measured Level']) {
      if (title === 'Measured Level') await player().getByRole('button', { name: 'Next' }).click();
      await player().locator('.now-playing-title').getByText(title).waitFor(PATIENCE);
      const loudness = await songLoudness(page, title);
      expect(loudness, `${title} has no loudness`).not.toBeNull();
      const expected = expectedTrackGainDb(loudness as SongLoudness);
      await expect.poll(async () => (await playerState(page))?.appliedGainDb, PATIENCE).toBeCloseTo(expected, 5);
      const state = await playerState(page);
      applied[title] = {
        gainDb: state?.appliedGainDb ?? Number.NaN,
        deckGain: state?.deckGains[0] ?? Number.NaN,
        expected,
        source: (loudness as SongLoudness).source,
      };
      // What the graph holds: the deck's gain node, at 10^(dB/20).
      expect(state?.deckGains[0]).toBeCloseTo(10 ** (expected / 20), 4);
    }
    console.log(`loudness (mode auto, track gain with the clipping guard): ${JSON.stringify(applied)}`);
    expect(applied['Tagged Level']?.source).toBe('TAGS');
    expect(applied['Tagged Level']?.gainDb).toBeCloseTo(-4.5, 5);
    expect(applied['Measured Level']?.source).toBe('MEASURED');
    expect(Math.abs((applied['Measured Level']?.gainDb ?? 0) - (applied['Tagged Level']?.gainDb ?? 0))).toBeGreaterThan(
      3,
    );
    await page.evaluate(() => window.sp0t1fyPlayer?.pause());
  });

  it('crossfades 3 s between songs of different albums: both decks sound at once and the output never drops out', async () => {
    await page.getByRole('link', { name: 'Settings' }).first().click();
    const crossfade = page.getByRole('slider', { name: /Crossfade/ });
    await crossfade.focus();
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight');
    await page.getByText('Crossfade: 3 s').waitFor();

    await playTaggedThenMeasured();
    // Tagged Level lasts 10 s: from 5.5 s the fade starts 1.5 s later and ends at 10 s.
    await page.evaluate(() => window.sp0t1fyPlayer?.seek(5.5));
    await expect.poll(async () => (await playerState(page))?.currentTime ?? 0, PATIENCE).toBeGreaterThan(5.6);
    await startRecording(page);
    const gains: number[][] = [];
    await expect
      .poll(
        async () => {
          const state = await playerState(page);
          if (state) gains.push(state.deckGains);
          return state?.title === 'Measured Level' && state.deckGains.length === 1 ? state.currentTime : 0;
        },
        { ...PATIENCE, interval: 100 },
      )
      .toBeGreaterThan(3.5);
    const recording = await stopRecording(page);

    const overlapping = gains.filter((pair) => pair.length === 2 && pair.every((gain) => gain > 0.05));
    const { samples, sampleRate } = recording;
    // Digital silence (a deck stopped before the next sounds) is what a drop-out is; the two tones
    // may partly cancel during the fade, but never to silence for milliseconds.
    const dropOutMs = longestQuietMs(samples, sampleRate, 1e-4);
    const before = largestStep(opening(recording, 0.2), sampleRate).step;
    const after = largestStep(samples.slice(-Math.round(sampleRate * 0.2)), sampleRate).step;
    const click = largestStep(samples, sampleRate);
    console.log(
      `crossfade: ${overlapping.length} of ${gains.length} readings had both decks above 0.05, e.g. ${JSON.stringify(
        [...overlapping.slice(0, 2), ...overlapping.slice(-2)].map((pair) =>
          pair.map((gain) => Number(gain.toFixed(3))),
        ),
      )}; longest digital silence ${dropOutMs.toFixed(3)} ms; largest step ${click.step.toFixed(4)} against the songs' own ${before.toFixed(4)} and ${after.toFixed(4)}`,
    );
    expect(overlapping.length).toBeGreaterThan(1);
    // The current deck (first) rises while the one before (second) falls, both within the overlap.
    const outgoing = overlapping.map((pair) => pair[1] as number);
    const incoming = overlapping.map((pair) => pair[0] as number);
    expect(outgoing.at(-1)).toBeLessThan(outgoing[0] as number);
    expect(incoming.at(-1)).toBeGreaterThan(incoming[0] as number);
    expect(dropOutMs).toBeLessThan(5);
    // Equal-power fades of two 440 Hz tones: the sum never moves much faster than the louder tone alone.
    expect(click.step).toBeLessThan(Math.max(before, after) * 1.3);
    await page.evaluate(() => window.sp0t1fyPlayer?.pause());

    // Back to no crossfade for what follows.
    await page.getByRole('link', { name: 'Settings' }).first().click();
    await page.getByRole('slider', { name: /Crossfade/ }).focus();
    await page.keyboard.press('Home');
    await page.getByText('Crossfade: off').waitFor();
  });

  it('plays at 1.5× with the pitch kept, the position advancing 1.5 s per second of audio', async () => {
    await nav('Library').click();
    await page.getByRole('button', { name: 'Play Measured Level' }).click();
    await player().locator('.now-playing-title').getByText('Measured Level').waitFor(PATIENCE);
    await player().getByRole('combobox', { name: 'Playback speed' }).selectOption('1.5');
    // From 1 s, 2 s of audio at 1.5× stay well inside the 10 s song.
    await page.evaluate(() => window.sp0t1fyPlayer?.seek(1));
    await expect.poll(async () => (await playerState(page))?.playing, PATIENCE).toBe(true);
    // Audio time (the AudioContext's clock), not wall time, so a busy machine does not skew the ratio.
    const clock = () =>
      page.evaluate(() => {
        const graph = window.sp0t1fyPlayer?.inspectGraph();
        return { position: graph?.positionSeconds ?? 0, audio: graph?.context?.currentTime ?? 0 };
      });
    const start = await clock();
    await startRecording(page);
    await expect.poll(async () => (await clock()).audio - start.audio, PATIENCE).toBeGreaterThan(2);
    const recording = await stopRecording(page);
    const end = await clock();
    const rate = (end.position - start.position) / (end.audio - start.audio);
    const steady = recording.samples.slice(Math.round(recording.sampleRate * 0.1));
    const frequency = zeroCrossingHz(steady, recording.sampleRate);
    console.log(
      `speed 1.5×: tone measured at ${frequency.toFixed(1)} Hz (440 Hz played); position advanced ${rate.toFixed(3)} s per audio second`,
    );
    expect(frequency).toBeGreaterThan(TONE_HZ * 0.98);
    expect(frequency).toBeLessThan(TONE_HZ * 1.02);
    expect(rate).toBeGreaterThan(1.4);
    expect(rate).toBeLessThan(1.6);
  });

  it('after a reload, is paused at the saved position with the same queue and speed; a song deleted meanwhile is gone', async () => {
    await page.evaluate(() => window.sp0t1fyPlayer?.pause());
    await expect.poll(async () => (await playerState(page))?.playing, PATIENCE).toBe(false);
    const before = await playerState(page);
    expect(before?.title).toBe('Measured Level');
    // A queued song deleted elsewhere (another tab, an app) while this page is not looking.
    const gone = 'Unbroken I';
    expect(before?.queue).toContain(gone);
    await page.evaluate(async (title) => {
      const session = JSON.parse(localStorage.getItem('sp0t1fy.session') ?? '{}') as { token?: string };
      const call = async (query: string, variables: object) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
          body: JSON.stringify({ query, variables }),
        });
        return (await response.json()) as { data: { songs?: { edges: { node: { id: string; title: string } }[] } } };
      };
      const found = await call('query($q: String) { songs(query: $q) { edges { node { id title } } } }', { q: title });
      const id = found.data.songs?.edges.find(({ node }) => node.title === title)?.node.id;
      await call('mutation($id: ID!) { deleteSong(id: $id) }', { id });
    }, gone);

    await page.reload();
    await player().locator('.now-playing-title').getByText('Measured Level').waitFor(PATIENCE);
    await expect
      .poll(async () => (await playerState(page))?.queue, PATIENCE)
      .toEqual(before?.queue.filter((title) => title !== gone));
    await expect
      .poll(
        async () => (await page.evaluate(() => window.sp0t1fyPlayer?.inspectGraph().positionSeconds)) ?? 0,
        PATIENCE,
      )
      .toBeCloseTo(before?.currentTime ?? -1, 1);
    const after = await playerState(page);
    console.log(
      `reload: paused at ${before?.currentTime.toFixed(3)} s, restored at ${after?.currentTime.toFixed(3)} s`,
    );
    expect(after?.playing).toBe(false);
    await player().getByRole('button', { name: 'Play' }).waitFor();
    expect(await player().getByRole('combobox', { name: 'Playback speed' }).inputValue()).toBe('1.5');
  });
});
