import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Logger } from '@sp0t1fy/platform';
import { LocalBlobStore } from '../storage/local-blob-store.js';

/** A kept transcode (or scaled cover), served like a stored blob from `store`. */
export interface KeptFile {
  key: string;
  sizeBytes: number;
}

export interface TranscodeCache {
  /** Serves kept files by key (the same Range and handle-pool code as the blob store's originals). */
  readonly store: LocalBlobStore;
  /** The kept file for key, marked as just used; null when it is not kept (or not yet complete). */
  lookup(key: string): KeptFile | null;
  /** A fresh temp path for a file being made; `keep` moves it in, or it is deleted. */
  tempPath(): string;
  /** Moves a complete temp file in under key, then evicts the least recently used beyond the budget. */
  keep(key: string, tempPath: string): Promise<KeptFile>;
  /** Drops key from the index when its file turned out to be gone. */
  forget(key: string): void;
  /** Bytes kept now. */
  sizeBytes(): number;
}

/**
 * The name of a kept file: content-addressed by what it was made from and how, so a re-uploaded song
 * (same sha256) reuses it and a changed recipe (variant text) never serves an old one.
 */
export function cacheKey(sourceSha256: string, variant: string): string {
  return createHash('sha256').update(`sp0t1fy-transcode:v1:${sourceSha256}:${variant}`).digest('hex');
}

/** A kept file's modification time is refreshed at most this often, so LRU order survives a restart. */
const TOUCH_EVERY_MS = 60_000;
const SHARD = /^[0-9a-f]{2}$/;
const KEY = /^[0-9a-f]{64}$/;

/**
 * Kept transcodes on this instance's local disk: a cache, not the blob store (another instance makes
 * its own). An in-memory index in least-recently-used order, rebuilt at start from the files
 * (oldest modification time first); temp files of a previous run are deleted then.
 */
export async function openTranscodeCache(options: {
  dir: string;
  maxBytes: number;
  logger?: Logger;
  now?: () => number;
}): Promise<TranscodeCache> {
  const { dir, maxBytes, logger, now = () => Date.now() } = options;
  const tempDir = join(dir, 'tmp');
  await rm(tempDir, { recursive: true, force: true });
  await mkdir(tempDir, { recursive: true });
  const store = new LocalBlobStore(dir);
  /** key → entry; Map order is use order, oldest first. */
  const index = new Map<string, { sizeBytes: number; touchedAt: number }>();
  let total = 0;

  const found: { key: string; sizeBytes: number; mtimeMs: number }[] = [];
  for (const first of await readdir(dir)) {
    if (!SHARD.test(first)) continue;
    for (const second of await readdir(join(dir, first)).catch(() => [])) {
      for (const name of await readdir(join(dir, first, second)).catch(() => [])) {
        if (!KEY.test(name)) continue;
        const info = await stat(join(dir, first, second, name)).catch(() => null);
        if (info?.isFile()) found.push({ key: name, sizeBytes: info.size, mtimeMs: info.mtimeMs });
      }
    }
  }
  found.sort((a, b) => a.mtimeMs - b.mtimeMs);
  for (const file of found) {
    index.set(file.key, { sizeBytes: file.sizeBytes, touchedAt: file.mtimeMs });
    total += file.sizeBytes;
  }

  const remove = async (key: string) => {
    const entry = index.get(key);
    if (!entry) return;
    index.delete(key);
    total -= entry.sizeBytes;
    await rm(store.pathFor(key), { force: true });
  };

  const evict = async (keep?: string) => {
    for (const key of [...index.keys()]) {
      if (total <= maxBytes) return;
      if (key === keep) continue;
      await remove(key);
      logger?.debug({ key }, 'evicted a kept transcode');
    }
    // The newest alone is over the budget: it is not kept either.
    if (total > maxBytes && keep) await remove(keep);
  };

  await evict();
  logger?.info({ dir, files: index.size, bytes: total, maxBytes }, 'transcode cache opened');

  return {
    store,
    lookup(key) {
      const entry = index.get(key);
      if (!entry) return null;
      index.delete(key);
      index.set(key, entry);
      if (now() - entry.touchedAt > TOUCH_EVERY_MS) {
        entry.touchedAt = now();
        const at = new Date(entry.touchedAt);
        utimes(store.pathFor(key), at, at).catch(() => {});
      }
      return { key, sizeBytes: entry.sizeBytes };
    },
    tempPath: () => join(tempDir, `${randomUUID()}.part`),
    async keep(key, tempPath) {
      const target = store.pathFor(key);
      await mkdir(dirname(target), { recursive: true });
      const { size } = await stat(tempPath);
      await rename(tempPath, target);
      const previous = index.get(key);
      if (previous) total -= previous.sizeBytes;
      index.delete(key);
      index.set(key, { sizeBytes: size, touchedAt: now() });
      total += size;
      await evict(key);
      return { key, sizeBytes: size };
    },
    forget(key) {
      const entry = index.get(key);
      if (!entry) return;
      index.delete(key);
      total -= entry.sizeBytes;
    },
    sizeBytes: () => total,
  };
}
