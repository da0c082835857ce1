import { audioFixture } from '@sp0t1fy/platform/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, chromiumMissing } from './support/browser';
import { audioState, nav, PATIENCE, screenshot, signUp, uploadSongs } from './support/listener';
import { openStackInBrowser, type StackInBrowser } from './support/stack-in-browser';

if (chromiumMissing) console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM}.`);

/** A count-in of many lines in the first second, so the lines that follow start out of the panel's view. */
const COUNT_IN = Array.from({ length: 24 }, (_, index) => `Count-in ${index + 1}`);

/**
 * Lyrics for the 12-second "Rising Tones": the count-in, then one line every 3 s, and one line whose
 * time cannot be read.
 */
const LRC = [
  '[ar:Sine Ensemble]',
  '[ti:Rising Tones]',
  ...COUNT_IN.map((text, index) => `[00:00.${String(index * 4).padStart(2, '0')}]${text}`),
  '[00:01.00]Low hum rising',
  '[00:04.00]Middle of the sweep',
  '[00:07.00]Higher still',
  '[00:0x.50]a line with a broken time',
  '[00:10.00]The top of the tone',
].join('\n');

describe.skipIf(chromiumMissing)('lyrics in Chromium: an uploaded .lrc follows the music', () => {
  let e2e: StackInBrowser;
  let page: Page;

  beforeAll(async () => {
    e2e = await openStackInBrowser();
    page = e2e.page;
    await signUp(page, e2e.stack.url, 'Robin');
    await uploadSongs(page, [audioFixture('tones-with-cover.mp3')], ['Rising Tones']);
  });

  afterAll(() => e2e?.close());

  const player = () => page.getByRole('region', { name: 'Player' });
  const panel = () => page.getByRole('complementary', { name: 'Lyrics' });
  const currentLine = () => panel().locator('[aria-current="true"]');

  it('adds an .lrc from the lyrics panel of the song playing, saying which lines were skipped', async () => {
    await nav(page, 'Library').click();
    await page.getByRole('button', { name: 'Play Rising Tones' }).click();
    await player().getByRole('button', { name: 'Pause' }).waitFor(PATIENCE);
    await player().getByRole('button', { name: 'Pause' }).click();
    await expect.poll(async () => (await audioState(page))?.paused, PATIENCE).toBe(true);

    await player().getByRole('button', { name: 'Lyrics' }).click();
    await panel().getByRole('heading', { name: 'No lyrics' }).waitFor(PATIENCE);
    await panel()
      .getByLabel('Add lyrics…')
      .setInputFiles({ name: 'rising-tones.lrc', mimeType: 'text/plain', buffer: Buffer.from(LRC) });
    await panel().getByText('Lyrics added. 1 line skipped: their times could not be read.').waitFor(PATIENCE);
    const lines = panel().getByRole('list', { name: 'Lyrics lines' }).getByRole('button');
    await expect
      .poll(() => lines.allTextContents(), PATIENCE)
      .toEqual([...COUNT_IN, 'Low hum rising', 'Middle of the sweep', 'Higher still', 'The top of the tone']);
  });

  it('highlights the line at the position the song is seeked to', async () => {
    // Halfway along the seek bar: the 12 s song jumps to about 6 s, in the line that started at 4 s.
    const seek = player().getByRole('slider', { name: 'Seek' });
    const box = (await seek.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height / 2);
    await expect.poll(async () => (await audioState(page))?.currentTime ?? 0, PATIENCE).toBeGreaterThan(5);
    const at = (await audioState(page))!.currentTime;
    expect(at).toBeLessThan(7);
    await expect.poll(() => currentLine().textContent(), PATIENCE).toBe('Middle of the sweep');
    // The list has scrolled the line, far below the count-in, into its view.
    const list = panel().getByRole('list', { name: 'Lyrics lines' });
    await expect
      .poll(async () => {
        const [view, line] = [await list.boundingBox(), await currentLine().boundingBox()];
        return Boolean(view && line && line.y >= view.y && line.y + line.height <= view.y + view.height);
      }, PATIENCE)
      .toBe(true);
    await screenshot(page, 'lyrics');
  });

  it('jumps to a line clicked, and the highlight follows as it plays on', async () => {
    await panel().getByRole('button', { name: 'Higher still' }).click();
    await expect.poll(async () => (await audioState(page))?.currentTime ?? 0, PATIENCE).toBeCloseTo(7, 1);
    await expect.poll(() => currentLine().textContent(), PATIENCE).toBe('Higher still');

    await player().getByRole('button', { name: 'Play' }).click();
    // From 7 s, the song reaches the line at 10 s by itself.
    await expect.poll(() => currentLine().textContent(), PATIENCE).toBe('The top of the tone');
    expect((await audioState(page))!.currentTime).toBeGreaterThanOrEqual(10);
  });

  it('takes the uploaded lyrics away again', async () => {
    await panel().getByRole('button', { name: 'Remove uploaded lyrics' }).click();
    await panel().getByRole('heading', { name: 'No lyrics' }).waitFor(PATIENCE);
    await page.keyboard.press('Escape');
    await panel().waitFor({ state: 'detached' });
  });

  it('saw no console errors', () => {
    expect(e2e.browser.problems).toEqual([]);
  });
});
