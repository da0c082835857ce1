import type { Readable } from 'node:stream';
import type { Logger } from '@sp0t1fy/platform';
import { type ConcurrencyLimit, createConcurrencyLimit } from '../ffmpeg/concurrency-limit.js';
import type { BlobStore } from '../storage/blob-store.js';
import { LocalBlobStore } from '../storage/local-blob-store.js';
import { type FfmpegInput, FfmpegJob } from './ffmpeg-job.js';
import type { KeptFile, TranscodeCache } from './transcode-cache.js';

/** A kept file to serve like an original, or the output of a running ffmpeg to stream. */
export type MadeMedia = { kind: 'kept'; file: KeptFile } | { kind: 'live'; body: Readable };

export interface MediaMaker {
  readonly cache: TranscodeCache;
  /**
   * The file `key` names, from the cache, else from ffmpeg run on the source blob with outputArgs;
   * a request for a key already being made joins that run.
   */
  get(key: string, sourceKey: string, outputArgs: string[]): MadeMedia;
  /** ffmpeg runs now, queued ones included. */
  jobs(): number;
  readonly limit: ConcurrencyLimit;
  /** Stops every run (nothing half made is kept) and waits for the processes to exit. */
  close(): Promise<void>;
}

export interface MediaMakerOptions {
  ffmpegPath: string;
  cache: TranscodeCache;
  blobs: BlobStore;
  concurrency: number;
  killGraceMs?: number;
  logger: Logger;
}

/**
 * Transcodes and scaled covers, made by ffmpeg from stored blobs and kept in the transcode cache. At
 * most `concurrency` ffmpeg processes run; later ones wait in order.
 */
export function createMediaMaker(options: MediaMakerOptions): MediaMaker {
  const { ffmpegPath, cache, blobs, logger, killGraceMs = 2000 } = options;
  const limit = createConcurrencyLimit(options.concurrency);
  const running = new Map<string, FfmpegJob>();

  const inputFor = (sourceKey: string): FfmpegInput =>
    // A local blob is read by ffmpeg itself (it can seek, which some containers need); other stores pipe.
    blobs instanceof LocalBlobStore ? { path: blobs.pathFor(sourceKey) } : { open: () => blobs.read(sourceKey) };

  return {
    cache,
    limit,
    get(key, sourceKey, outputArgs) {
      const kept = cache.lookup(key);
      if (kept) return { kind: 'kept', file: kept };
      let job = running.get(key);
      if (!job?.joinable) {
        const created = new FfmpegJob({
          ffmpegPath,
          outputArgs,
          input: inputFor(sourceKey),
          tempPath: cache.tempPath(),
          limit,
          killGraceMs,
          logger,
          keep: async (tempPath) => {
            await cache.keep(key, tempPath);
            // Once kept, new requests are served from the file (ranges and all), not from this run.
            if (running.get(key) === created) running.delete(key);
          },
        });
        job = created;
        running.set(key, created);
        void created.finished.then(() => {
          if (running.get(key) === created) running.delete(key);
        });
      }
      return { kind: 'live', body: job.attach() };
    },
    jobs: () => running.size,
    async close() {
      const jobs = [...running.values()];
      for (const job of jobs) job.stop();
      await Promise.all(jobs.map((job) => job.finished));
      await cache.store.close();
    },
  };
}
