import { useSyncExternalStore } from 'react';
import type { MetadataDraft } from '../songs/MetadataFields';
import { readTags } from './read-tags';

export type UploadStatus = 'reading' | 'ready' | 'waiting' | 'uploading' | 'done' | 'failed';

export interface UploadItem {
  id: string;
  file: File;
  status: UploadStatus;
  draft: MetadataDraft;
  tagsFound: boolean;
  coverUrl: string | null;
  durationSeconds: number | null;
  /** 0 to 1 while sending. */
  progress: number;
  error: string | null;
  songId: string | null;
}

export type UploadResult = { ok: true; songId: string } | { ok: false; message: string };
export type Uploader = (
  item: UploadItem,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
) => Promise<UploadResult>;

/**
 * The files a user is adding, kept above the pages so an upload goes on while they browse.
 * Files are sent one at a time, in the order they were added.
 */
export class UploadQueue {
  private items: UploadItem[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly controllers = new Map<string, AbortController>();
  private sending = false;
  private sequence = 0;

  constructor(private readonly upload: Uploader) {}

  getItems = (): UploadItem[] => this.items;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private update(id: string, patch: Partial<UploadItem>): void {
    this.items = this.items.map((item) => (item.id === id ? { ...item, ...patch } : item));
    for (const listener of this.listeners) listener();
  }

  private setItems(items: UploadItem[]): void {
    this.items = items;
    for (const listener of this.listeners) listener();
  }

  add(files: Iterable<File>): void {
    const added: UploadItem[] = [...files].map((file) => ({
      id: `upload-${++this.sequence}`,
      file,
      status: 'reading',
      draft: { title: '', artist: '', album: '', genre: '', releaseYear: '' },
      tagsFound: false,
      coverUrl: null,
      durationSeconds: null,
      progress: 0,
      error: null,
      songId: null,
    }));
    this.setItems([...this.items, ...added]);
    for (const item of added) {
      void readTags(item.file).then((tags) => {
        if (!this.items.some((queued) => queued.id === item.id)) {
          if (tags.coverUrl) URL.revokeObjectURL(tags.coverUrl);
          return;
        }
        this.update(item.id, {
          status: 'ready',
          draft: tags.draft,
          tagsFound: tags.found,
          coverUrl: tags.coverUrl,
          durationSeconds: tags.durationSeconds,
        });
      });
    }
  }

  edit(id: string, draft: MetadataDraft): void {
    this.update(id, { draft });
  }

  /** Queues one file, or every file that is ready, for sending. */
  send(id?: string): void {
    this.setItems(
      this.items.map((item) =>
        (id === undefined || item.id === id) && (item.status === 'ready' || item.status === 'failed')
          ? { ...item, status: 'waiting', error: null, progress: 0 }
          : item,
      ),
    );
    void this.drain();
  }

  /** Cancels a file being sent, or takes a file off the list. */
  remove(id: string): void {
    this.controllers.get(id)?.abort();
    const item = this.items.find((queued) => queued.id === id);
    if (item?.coverUrl) URL.revokeObjectURL(item.coverUrl);
    this.setItems(this.items.filter((queued) => queued.id !== id));
  }

  clearFinished(): void {
    for (const item of this.items) if (item.status === 'done' && item.coverUrl) URL.revokeObjectURL(item.coverUrl);
    this.setItems(this.items.filter((item) => item.status !== 'done'));
  }

  dispose(): void {
    for (const controller of this.controllers.values()) controller.abort();
    for (const item of this.items) if (item.coverUrl) URL.revokeObjectURL(item.coverUrl);
    this.items = [];
    this.listeners.clear();
  }

  private async drain(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      for (let next = this.nextWaiting(); next; next = this.nextWaiting()) {
        const controller = new AbortController();
        this.controllers.set(next.id, controller);
        this.update(next.id, { status: 'uploading', progress: 0 });
        const id = next.id;
        const result = await this.upload(next, (progress) => this.update(id, { progress }), controller.signal).catch(
          (error: unknown): UploadResult => ({
            ok: false,
            message: error instanceof Error ? error.message : 'The upload failed.',
          }),
        );
        this.controllers.delete(id);
        if (controller.signal.aborted) continue;
        if (result.ok) this.update(id, { status: 'done', progress: 1, songId: result.songId });
        else this.update(id, { status: 'failed', error: result.message });
      }
    } finally {
      this.sending = false;
    }
  }

  private nextWaiting(): UploadItem | undefined {
    return this.items.find((item) => item.status === 'waiting');
  }
}

export function useUploadItems(queue: UploadQueue): UploadItem[] {
  return useSyncExternalStore(queue.subscribe, queue.getItems);
}
