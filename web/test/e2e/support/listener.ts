import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './stack';

/** How long a step may take on a busy 2-core CI machine. */
export const PATIENCE = { timeout: 15_000 };

/** The README's gallery is refreshed on request (E2E_SCREENSHOTS=1), so a test run leaves the tree clean. */
export const SCREENSHOTS =
  process.env.E2E_SCREENSHOTS === '1' ? join(ROOT, 'web/screenshots') : join(tmpdir(), 'sp0t1fy-e2e-screenshots');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };

/** The current screen at desktop and phone sizes, for the README's gallery. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-desktop.png`) });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`) });
  await page.setViewportSize(DESKTOP);
}

/** A link of the main navigation. */
export const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

/** Creates an account through the sign-up form and waits for the (empty) library. */
export async function signUp(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Create an account' }).click();
  await page.getByLabel('Email').fill(`${name.toLowerCase()}-${Date.now()}@example.com`);
  await page.getByLabel('Display name (optional)').fill(name);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Your library is empty' }).waitFor(PATIENCE);
}

/** Uploads audio files through the Upload page and waits for each title to be added. */
export async function uploadSongs(page: Page, files: string[], titles: string[]): Promise<void> {
  await nav(page, 'Upload').click();
  await page.getByLabel('Choose files').setInputFiles(files);
  await page.getByRole('button', { name: /^Upload( all \(\d+\))?$/ }).click();
  for (const title of titles) await page.getByText(`Added “${title}” to your library.`).waitFor(PATIENCE);
}

/** The audio element's state, read in the page. */
export const audioState = (page: Page) =>
  page.evaluate(() => {
    const audio = document.querySelector('audio');
    return audio ? { currentTime: audio.currentTime, paused: audio.paused } : null;
  });

/** Sends a GraphQL operation as the signed-in user of the page (what another of their players would send). */
export async function apiAs<T>(
  page: Page,
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('sp0t1fy.session') ?? '{}').token);
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL refused: ${JSON.stringify(body.errors)}`);
  return body.data;
}
