import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type Account, type RunningProduct, register, startTestProduct } from './product.js';

/** What a folder to import holds at a name: a copy of the file at `fixture`, or `text` as it is. */
export type FolderEntry = { fixture: string } | { text: string };

export interface ImportSuite {
  /** The running product; set from the suite's beforeAll on. */
  readonly product: RunningProduct;
  /** The account registered on it, whose songs the imports add to. */
  readonly account: Account;
  /** A fresh folder to import holding `files` (names may nest), removed after the suite. */
  folder(files: Record<string, FolderEntry>): Promise<string>;
}

/**
 * What every import suite needs around its tests: a product started and an account registered before
 * them, and after them the product stopped and every folder made for them removed.
 */
export function importSuite(): ImportSuite {
  let product: RunningProduct | undefined;
  let account: Account | undefined;
  const folders: string[] = [];
  beforeAll(async () => {
    product = await startTestProduct();
    account = await register(product);
  });
  afterAll(async () => {
    await product?.close();
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The product starts in the suite’s beforeAll');
    return value;
  };
  return {
    get product() {
      return started(product);
    },
    get account() {
      return started(account);
    },
    async folder(files) {
      const folder = await mkdtemp(join(tmpdir(), 'sp0t1fy-import-folder-'));
      folders.push(folder);
      for (const [name, entry] of Object.entries(files)) {
        await mkdir(dirname(join(folder, name)), { recursive: true });
        if ('fixture' in entry) await copyFile(entry.fixture, join(folder, name));
        else await writeFile(join(folder, name), entry.text);
      }
      return folder;
    },
  };
}
