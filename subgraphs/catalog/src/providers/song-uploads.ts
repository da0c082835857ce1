import { createHash, randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { badUserInput, type Logger, uploadRefusals } from '@sp0t1fy/platform';
import type { Transaction } from 'kysely';
import type { CatalogDatabase, SongRow } from '../database.js';
import { InvalidAudioError, probeAudio } from './audio/audio-probe.js';
import { coverImageType } from './audio/cover-image.js';
import { uploadLoudness } from './audio/upload-loudness.js';
import type { ConcurrencyLimit } from './ffmpeg/concurrency-limit.js';
import type { LyricsRepository } from './lyrics/lyrics-repository.js';
import type { SongCache } from './song-cache.js';
import { detailsForUpload, type SongDetails, sortNamesFromTags } from './song-metadata.js';
import type { SongsRepository } from './songs-repository.js';
import type { BlobStore } from './storage/blob-store.js';
import { FileTooLargeError, stageUpload } from './storage/stage-upload.js';
import { deleteUnusedBlobs } from './unused-blobs.js';

/** What graphql-upload-minimal resolves an Upload to. */
export interface IncomingFile {
  filename: string;
  createReadStream(): Readable & { truncated?: boolean };
}

export interface SongUploadsOptions {
  songs: SongsRepository;
  /** Where the tags' lyrics are kept. */
  lyrics: Pick<LyricsRepository, 'replace'>;
  /** Told once a new song is committed, so cached pages and genres include it. */
  songCache: Pick<SongCache, 'changed'>;
  blobs: BlobStore;
  /** Where uploads are staged; on the blob store's file system, so storing is a rename. */
  tempDir: string;
  maxBytes: number;
  /** Proves uploads other than MP3 decode. */
  ffmpegPath: string;
  /**
   * Slots for judging and measuring a received upload, which runs ffmpeg over the whole file: many
   * uploads at once (a folder dropped, an import) would otherwise start as many decoders as files.
   */
  analysis: ConcurrencyLimit;
  logger: Logger;
}

interface StagedBlob {
  key: string;
  tempPath: string;
  mimeType: string;
}

/**
 * Storing a blob never happens inside a transaction: on S3 a big file takes as long as its transfer,
 * and a pooled connection (and the blob's advisory lock) held that long by each upload would starve
 * every other query, the /media lookups included. So the bytes go first, with nothing held (putFile is
 * idempotent: the key is the content's digest), and only then is the row inserted, in a short
 * transaction holding the blobs' locks.
 *
 * Between the two, the last song using the same file may be deleted and take the blob with it (the
 * deletion saw no row referencing it: ours was not there yet). So under the locks, before the row is
 * committed, each blob is checked to be present; a missing one is stored again from the temp file
 * (kept until now for this) and the insert retried. Once the row is committed it references the
 * blobs, and a deletion, which checks references under the same locks, leaves them alone.
 */
async function storeThenRecord(
  files: StagedBlob[],
  { songs, blobs }: { songs: SongsRepository; blobs: BlobStore },
  insert: (trx: Transaction<CatalogDatabase>) => Promise<SongRow>,
): Promise<SongRow> {
  let toStore = files;
  for (let attempt = 1; ; attempt++) {
    for (const file of toStore) await blobs.putFile(file.key, file.tempPath, file.mimeType);
    const recorded = await songs.withBlobsLocked(
      files.map((file) => file.key),
      async (trx) => {
        const missing: StagedBlob[] = [];
        for (const file of files) if (!(await blobs.stat(file.key))) missing.push(file);
        return missing.length > 0 ? { missing } : { song: await insert(trx) };
      },
    );
    if (recorded.song) return recorded.song;
    // Each retry follows a whole deletion of the same file; endless ones mean the store loses blobs.
    if (attempt === MAX_STORE_ATTEMPTS) throw new Error('A stored blob kept disappearing before its song was recorded');
    toStore = recorded.missing;
  }
}

const MAX_STORE_ATTEMPTS = 3;

interface StagedCover {
  tempPath: string;
  sha256: string;
  mimeType: string;
  sizeBytes: number;
}

/**
 * An upload, from the request's file stream to a stored song: staged to a temp file while hashed,
 * judged by its content, stored content-addressed, then recorded. Whatever fails, nothing is left
 * behind: no temp file, no row, and no blob that no song uses.
 */
export function createSongUploads({
  songs,
  lyrics,
  songCache,
  blobs,
  tempDir,
  maxBytes,
  ffmpegPath,
  analysis,
  logger,
}: SongUploadsOptions) {
  const tooLarge = () => uploadRefusals.tooLarge(maxBytes);

  async function analyse(path: string) {
    const audio = await probeAudio(path, { ffmpegPath }).catch((error) => {
      if (!(error instanceof InvalidAudioError)) throw error;
      throw badUserInput(error.message, { field: 'file', reason: error.reason.toUpperCase().replace('-', '_') });
    });
    // The measurement decodes the whole file: meanwhile the cover is staged.
    const [loudness, cover] = await Promise.all([
      uploadLoudness(audio, path, { ffmpegPath, logger }),
      audio.cover ? stageCover(audio.cover.data, tempDir) : null,
    ]);
    return { audio, loudness, cover };
  }

  return {
    /** Its slots, to see the queue. */
    analysis,
    /**
     * callerGone is the request's: once it aborts, the upload gives up at its next step (waiting for
     * a slot, or just before its row is committed) and keeps nothing.
     */
    async upload(
      file: IncomingFile,
      given: Partial<SongDetails>,
      uploadedBy: string,
      callerGone?: AbortSignal,
    ): Promise<SongRow> {
      const abandoned = () => {
        if (callerGone?.aborted) throw uploadRefusals.abandoned();
      };
      const temps: string[] = [];
      try {
        const source = openStream(file, tooLarge);
        const staged = await stageUpload(source, { tempDir, maxBytes }).catch((error) => {
          if (error instanceof FileTooLargeError) throw tooLarge();
          // The request ended inside the file (a cut body, a client gone): the client's doing, not ours.
          if (source.errored) throw uploadRefusals.cut();
          throw error;
        });
        temps.push(staged.tempPath);
        const release = await analysis.acquire(callerGone).catch((error) => {
          abandoned();
          throw error;
        });
        const { audio, loudness, cover } = await analyse(staged.tempPath).finally(release);
        if (cover) temps.push(cover.tempPath);
        const details = detailsForUpload(given, audio.tags, file.filename);

        const files: StagedBlob[] = [{ key: staged.sha256, tempPath: staged.tempPath, mimeType: audio.mimeType }];
        if (cover) files.push({ key: cover.sha256, tempPath: cover.tempPath, mimeType: cover.mimeType });
        let song: SongRow;
        try {
          song = await storeThenRecord(files, { songs, blobs }, async (trx) => {
            // The last moment to give up: past the commit, the song is stored whoever waits for it.
            abandoned();
            const inserted = await songs.insert(trx, {
              title: details.title,
              artist: details.artist,
              album: details.album,
              genre: details.genre,
              release_year: details.releaseYear,
              track_number: details.trackNumber,
              track_total: details.trackTotal,
              disc_number: details.discNumber,
              disc_total: details.discTotal,
              album_artist: details.albumArtist,
              composer: details.composer,
              ...sortNamesFromTags(audio.tags),
              duration_seconds: audio.durationSeconds,
              bitrate_kbps: audio.bitrateKbps,
              sample_rate_hz: audio.sampleRateHz,
              channels: audio.channels,
              mime_type: audio.mimeType,
              codec: audio.codec,
              bit_depth: audio.bitDepth,
              lossless: audio.lossless,
              file_extension: audio.fileExtension,
              size_bytes: staged.sizeBytes,
              sha256: staged.sha256,
              cover_sha256: cover?.sha256 ?? null,
              cover_mime_type: cover?.mimeType ?? null,
              cover_size_bytes: cover?.sizeBytes ?? null,
              uploaded_by: uploadedBy,
              ...loudness,
              encoder_delay_samples: audio.gapless?.encoderDelaySamples ?? null,
              padding_samples: audio.gapless?.paddingSamples ?? null,
              total_samples: audio.gapless?.totalSamples ?? null,
            });
            if (audio.lyrics) await lyrics.replace(inserted.id, 'TAGS', audio.lyrics, trx);
            return inserted;
          });
        } catch (error) {
          // No row was committed; a blob stored for it alone must go too (one another song or upload
          // uses stays: the deletion checks references under the blob's lock).
          await deleteUnusedBlobs(
            files.map((file) => file.key),
            { songs, blobs, logger },
          );
          throw error;
        }
        await songCache.changed();
        return song;
      } finally {
        // The blob stores copy or link staged files; the temp files are ours to remove either way.
        await Promise.all(temps.map((path) => rm(path, { force: true })));
      }
    },
  };
}

export type SongUploads = ReturnType<typeof createSongUploads>;

const openedFiles = new WeakSet<IncomingFile>();

/**
 * graphql-upload-minimal throws instead of returning the stream when the file already went over its
 * limit before anyone asked for it (it then answers 413).
 */
export function openStream(file: IncomingFile, tooLarge: () => Error) {
  // One file part mapped to two Upload variables: its bytes can be read once, by one upload.
  if (openedFiles.has(file)) throw uploadRefusals.sentTwice();
  openedFiles.add(file);
  try {
    return file.createReadStream();
  } catch (error) {
    if ((error as { status?: unknown }).status === 413) throw tooLarge();
    // Its stream already failed: the request ended inside the file.
    throw uploadRefusals.cut();
  }
}

/** Pictures we can serve safely are stored like audio, content-addressed; others are ignored. */
async function stageCover(data: Buffer, tempDir: string): Promise<StagedCover | null> {
  const mimeType = coverImageType(data);
  if (!mimeType) return null;
  const tempPath = join(tempDir, `cover-${randomUUID()}`);
  await writeFile(tempPath, data, { flag: 'wx', mode: 0o600, flush: true });
  return { tempPath, mimeType, sha256: createHash('sha256').update(data).digest('hex'), sizeBytes: data.length };
}
