import { stat } from 'node:fs/promises';
import pLimit from 'p-limit';
import type { ApiClient } from './api-client.js';
import type { AudioFile } from './audio-files.js';
import { ApiError } from './errors.js';
import { SONGS_BY_SHA256 } from './operations.js';
import type { FileOutcome, LyricsOutcome, SettledFile } from './outcomes.js';
import { sha256File } from './sha256-file.js';

/** The catalog answers at most this many hashes per songsBySha256 call. */
export const HASHES_PER_QUERY = 500;

export interface ImportProgress {
  /** Bytes of a file read for sending, or of a file settled without being sent. */
  bytes(count: number): void;
  settled(settled: SettledFile): void;
}

/**
 * Imports the files in batches: each batch is hashed, the library asked which of its hashes it holds
 * (one query), and the rest uploaded, `concurrency` at a time. Nothing is recorded locally: a run
 * that stops anywhere is resumed by running again, since what was uploaded is then "already there".
 * Within a run each distinct file is sent at most once; its copies share its outcome, a refusal
 * included, so a refused file is not retried.
 */
export async function importFiles(
  files: readonly AudioFile[],
  client: ApiClient,
  { concurrency, progress }: { concurrency: number; progress: ImportProgress },
): Promise<SettledFile[]> {
  const limit = pLimit(concurrency);
  /** Hash → the outcome of the first file with it in this run, for the copies after it. */
  const byHash = new Map<string, Promise<FileOutcome>>();
  const results: SettledFile[] = [];
  const settle = (file: AudioFile, outcome: FileOutcome, bytesLeft: number, lyrics?: LyricsOutcome) => {
    progress.bytes(bytesLeft);
    const settled: SettledFile = { file, outcome, ...(lyrics && { lyrics }) };
    results.push(settled);
    progress.settled(settled);
  };

  for (let start = 0; start < files.length; start += HASHES_PER_QUERY) {
    const batch = files.slice(start, start + HASHES_PER_QUERY);
    const hashed = await Promise.all(
      batch.map((file) =>
        limit(async () => {
          try {
            return { file, sha256: await sha256File(file.path) };
          } catch (error) {
            settle(file, { kind: 'failed', message: `Could not read it: ${(error as Error).message}` }, file.sizeBytes);
            return null;
          }
        }),
      ),
    );
    const readable = hashed.filter((entry) => entry !== null);
    const unseen = [...new Set(readable.map((entry) => entry.sha256).filter((sha256) => !byHash.has(sha256)))];
    const held = new Set<string>();
    /** Hash → the account's own song of it still without uploaded lyrics, which an .lrc beside the file fills. */
    const wantsLyrics = new Map<string, string>();
    if (unseen.length > 0) {
      const { songsBySha256 } = await client.execute(SONGS_BY_SHA256, { sha256s: unseen });
      for (const song of songsBySha256) {
        held.add(song.sha256);
        if (song.uploadedBy?.id === client.userId && song.lyrics?.source !== 'UPLOADED')
          wantsLyrics.set(song.sha256, song.id);
      }
    }
    await Promise.all(
      readable.map(async ({ file, sha256 }) => {
        const earlier = byHash.get(sha256);
        if (earlier) {
          const outcome = await earlier;
          settle(file, outcome.kind === 'imported' ? { kind: 'already there' } : outcome, file.sizeBytes);
          return;
        }
        if (held.has(sha256)) {
          byHash.set(sha256, Promise.resolve({ kind: 'already there' }));
          const songId = wantsLyrics.get(sha256);
          const lyrics = songId && file.lyricsPath ? await limit(() => attachLyrics(file, songId, client)) : undefined;
          settle(file, { kind: 'already there' }, file.sizeBytes, lyrics);
          return;
        }
        const upload = limit(() => uploadOne(file, client, progress));
        byHash.set(
          sha256,
          upload.then(({ outcome }) => outcome),
        );
        const { outcome, bytesSent } = await upload;
        const lyrics =
          outcome.kind === 'imported' && file.lyricsPath
            ? await limit(() => attachLyrics(file, outcome.songId, client))
            : undefined;
        settle(file, outcome, Math.max(0, file.sizeBytes - bytesSent), lyrics);
      }),
    );
  }
  return results;
}

async function uploadOne(
  file: AudioFile,
  client: ApiClient,
  progress: ImportProgress,
): Promise<{ outcome: FileOutcome; bytesSent: number }> {
  let bytesSent = 0;
  const counted = (bytes: number) => {
    bytesSent += bytes;
    progress.bytes(bytes);
  };
  try {
    const song = await client.upload(
      { path: file.path, filename: baseName(file.name), sizeBytes: file.sizeBytes },
      counted,
    );
    return { outcome: { kind: 'imported', songId: song.id }, bytesSent };
  } catch (error) {
    if (error instanceof ApiError && error.isRefusal) {
      return { outcome: { kind: 'refused', reason: error.reason ?? error.code, message: error.message }, bytesSent };
    }
    return { outcome: { kind: 'failed', message: (error as Error).message }, bytesSent };
  }
}

/** The .lrc beside the file, attached to its song; a refusal or failure leaves the song as it is. */
async function attachLyrics(file: AudioFile, songId: string, client: ApiClient): Promise<LyricsOutcome> {
  const path = file.lyricsPath!;
  try {
    const { size } = await stat(path);
    const { skippedLines } = await client.uploadLyrics(songId, { path, filename: baseName(path), sizeBytes: size });
    return { kind: 'attached', skippedLines };
  } catch (error) {
    if (error instanceof ApiError && error.isRefusal) return { kind: 'refused', message: error.message };
    return { kind: 'failed', message: (error as Error).message };
  }
}

const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;
