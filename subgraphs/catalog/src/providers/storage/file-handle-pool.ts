import { type FileHandle, open, stat } from 'node:fs/promises';

/**
 * Open read-only file handles kept across requests, least recently used first out. Opening and
 * closing a blob for every 256 KiB Range request was a tenth of the catalog's CPU
 * (bench/PROFILE.md, "Media route, issue #14").
 *
 * A handle is closed once it is evicted or dropped and no read holds it any more. On Linux an open
 * handle keeps reading a file after it was unlinked, so an entry older than `recheckMs` checks that
 * its path still names the file it holds (the same inode; a link count would not do, since an upload's
 * staged temp file is a second link to a stored blob until the upload ends): a blob deleted behind this
 * process's back (another instance sharing the directory) is reopened, which then fails as a missing
 * file, instead of being served from the fd.
 */
export class FileHandlePool {
  private readonly entries = new Map<string, Entry>();
  private closed = false;

  constructor(private readonly options: { maxOpen: number; recheckMs: number; now?: () => number }) {}

  /** Runs `use` with an open handle for path; open errors (ENOENT) are the caller's. */
  async with<T>(path: string, use: (handle: FileHandle) => Promise<T>): Promise<T> {
    const entry = await this.acquire(path);
    try {
      return await use(entry.handle);
    } finally {
      void release(entry);
    }
  }

  /** Closes path's handle (at once if idle, else after its reads): its file is being deleted. */
  async drop(path: string): Promise<void> {
    const entry = this.entries.get(path);
    if (entry) await this.retire(path, entry);
  }

  async close(): Promise<void> {
    this.closed = true;
    // Waits for reads in flight too: after close() this process holds none of the files.
    const all = [...this.entries].map(([path, entry]) => {
      void this.retire(path, entry);
      return entry.closedOnce;
    });
    await Promise.all(all);
  }

  /** An entry for path, already counted as used by the caller (no await between the check and the count). */
  private async acquire(path: string): Promise<Entry> {
    const now = this.now();
    const cached = this.entries.get(path);
    if (!cached || cached.retired) return this.openEntry(path, now);
    cached.users++;
    if (now - cached.checkedAt > this.options.recheckMs) {
      cached.checkedAt = now;
      const [held, onDisk] = await Promise.all([cached.handle.stat().catch(() => null), stat(path).catch(() => null)]);
      if (!held || !onDisk || held.ino !== onDisk.ino || held.dev !== onDisk.dev) {
        void this.retire(path, cached);
        await release(cached);
        return this.openEntry(path, this.now()); // fails with ENOENT unless the blob was stored again
      }
    }
    // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
    if (this.entries.get(path) === cached) {
      this.entries.delete(path);
      this.entries.set(path, cached);
    }
    return cached;
  }

  private async openEntry(path: string, now: number): Promise<Entry> {
    const handle = await open(path, 'r');
    const existing = this.entries.get(path);
    if (existing && !existing.retired) {
      // Another request opened it while this one waited: keep one handle per file.
      existing.users++;
      void handle.close().catch(() => undefined);
      return existing;
    }
    const entry = newEntry(handle, now);
    entry.users = 1;
    if (this.closed) {
      entry.retired = true; // serve this read, then close: nothing is kept after shutdown
      return entry;
    }
    this.entries.set(path, entry);
    const evicted: Promise<void>[] = [];
    while (this.entries.size > this.options.maxOpen) {
      const [oldestPath, oldest] = this.entries.entries().next().value as [string, Entry];
      evicted.push(this.retire(oldestPath, oldest));
    }
    // Awaited so the number of open descriptors never exceeds maxOpen plus the reads in flight.
    await Promise.all(evicted);
    return entry;
  }

  /** Resolves once the handle is closed, or at once when reads still hold it (the last one closes it). */
  private retire(path: string, entry: Entry): Promise<void> {
    if (this.entries.get(path) === entry) this.entries.delete(path);
    entry.retired = true;
    if (entry.users > 0) return Promise.resolve();
    closeEntry(entry);
    return entry.closedOnce;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }
}

interface Entry {
  handle: FileHandle;
  users: number;
  retired: boolean;
  checkedAt: number;
  closedOnce: Promise<void>;
  resolveClosed: () => void;
  closing: boolean;
}

function newEntry(handle: FileHandle, now: number): Entry {
  let resolveClosed = () => {};
  const closedOnce = new Promise<void>((resolve) => {
    resolveClosed = resolve;
  });
  return { handle, users: 0, retired: false, checkedAt: now, closedOnce, resolveClosed, closing: false };
}

/** Resolves once the handle is closed when this was its last use after retirement, else at once. */
function release(entry: Entry): Promise<void> {
  entry.users--;
  if (entry.users > 0 || !entry.retired) return Promise.resolve();
  closeEntry(entry);
  return entry.closedOnce;
}

function closeEntry(entry: Entry): void {
  if (entry.closing) return;
  entry.closing = true;
  void entry.handle
    .close()
    .catch(() => undefined)
    .finally(entry.resolveClosed);
}
