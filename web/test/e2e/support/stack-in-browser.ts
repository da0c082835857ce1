import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { type Browser, launchBrowser } from './browser';
import { SCREENSHOTS } from './listener';
import { missingBuilds, type RunningStack, startStack } from './stack';

export interface StackInBrowser {
  stack: RunningStack;
  browser: Browser;
  page: Page;
  /** Closes the browser, then the stack. */
  close(): Promise<void>;
}

/** The built stack, as `npm start` runs it, and a Chromium page to drive it: a test file's beforeAll. */
export async function openStackInBrowser(): Promise<StackInBrowser> {
  const missing = missingBuilds();
  if (missing.length) throw new Error(`Build first (npm run build): missing ${missing.join(', ')}`);
  await mkdir(SCREENSHOTS, { recursive: true });
  const stack = await startStack();
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await stack.close();
    throw error;
  }
  return {
    stack,
    browser,
    page: browser.page,
    async close() {
      await browser.close();
      await stack.close();
    },
  };
}
