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
      deckGains: player.inspectGraph().deckGains,
      contextTime: player.inspectGraph().context?.currentTime ?? 0,
    };
  });

/** The first `seconds` of a recording: the tone on its own, before anything under test happens. */
const opening = (recording: Recording, seconds: number) =>
  recording.samples.slice(0, Math.round(seconds * recording.sampleRate));

/** The most a sine of this amplitude moves between two samples: what a click must exceed. */
const toneStep = (amplitude: number, sampleRate: number) => amplitude * 2 * Math.sin((Math.PI * TONE_HZ) / sampleRate);

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

    // 2.5 s before the cut, then record the tone running across it into the second track.
    await page.evaluate(() => window.sp0t1fyPlayer?.seek(3.9 - 2.5));
    await expect.poll(async () => (await playerState(page))?.currentTime ?? 0, PATIENCE).toBeGreaterThan(1.6);
    await startRecording(page);
    await expect
      .poll(async () => {
        const state = await playerState(page);
        return state?.title === 'Unbroken II' ? state.currentTime : 0;
      }, PATIENCE)
      .toBeGreaterThan(1);
    const recording = await stopRecording(page);

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
    await player().getByRole('button', { name: 'Pause' }).click();
  });
});
