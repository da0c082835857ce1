import type { Readable } from 'node:stream';
import { badUserInput, forbidden, notFound, uploadRefusals } from '@sp0t1fy/platform';
import type { SongRow } from '../../database.js';
import { type IncomingFile, openStream } from '../song-uploads.js';
import type { SongsRepository } from '../songs-repository.js';
import { parseLrc } from './lrc-parser.js';
import type { LyricsRepository } from './lyrics-repository.js';

/** An .lrc is a few KB; this leaves room for long, multilingual ones. */
export const MAX_LYRICS_BYTES = 200 * 1024;

/** PostgreSQL's foreign_key_violation: the song was deleted while its lyrics were being read. */
const FOREIGN_KEY_VIOLATION = '23503';

/** uploadLyrics and removeLyrics: the song's uploader only; anyone else changes nothing. */
export function createLyricsUploads({
  songs,
  lyrics,
}: {
  songs: Pick<SongsRepository, 'findById'>;
  lyrics: Pick<LyricsRepository, 'replace' | 'remove'>;
}) {
  const ownedSong = async (songId: string, userId: string, action: string): Promise<SongRow> => {
    const song = await songs.findById(songId);
    if (!song) throw notFound('There is no song with this id', { field: 'songId' });
    if (song.uploaded_by !== userId) throw forbidden(`Only the person who uploaded this song can ${action} its lyrics`);
    return song;
  };

  return {
    async upload(songId: string, file: IncomingFile, userId: string): Promise<{ song: SongRow; skippedLines: number }> {
      // Refusals that need no file come first, before a byte of it is read.
      const song = await ownedSong(songId, userId, 'change');
      const text = decodeUtf8(await readCapped(openStream(file, lyricsTooLarge), MAX_LYRICS_BYTES));
      const parsed = parseLrc(text);
      if (!parsed.synced && parsed.plain.trim() === '') {
        throw badUserInput('This file holds no lyrics: not one line of text or timed line', { field: 'file' });
      }
      try {
        await lyrics.replace(song.id, 'UPLOADED', parsed);
      } catch (error) {
        if ((error as { code?: unknown }).code === FOREIGN_KEY_VIOLATION)
          throw notFound('There is no song with this id', { field: 'songId' });
        throw error;
      }
      return { song, skippedLines: parsed.skippedLines };
    },

    async remove(songId: string, userId: string): Promise<SongRow> {
      const song = await ownedSong(songId, userId, 'remove');
      await lyrics.remove(song.id, 'UPLOADED');
      return song;
    },
  };
}

export type LyricsUploads = ReturnType<typeof createLyricsUploads>;

const lyricsTooLarge = () => uploadRefusals.tooLarge(MAX_LYRICS_BYTES);

/**
 * The file's bytes, refused as soon as they pass maxBytes: nothing past the cap is kept. The stream
 * is left paused, not destroyed; the upload middleware drops the rest of the body once the answer
 * is out.
 */
function readCapped(stream: Readable & { truncated?: boolean }, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (outcome: () => void) => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.pause();
      outcome();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return stop(() => reject(lyricsTooLarge()));
      chunks.push(chunk);
    };
    const onEnd = () => stop(() => (stream.truncated ? reject(lyricsTooLarge()) : resolve(Buffer.concat(chunks))));
    const onError = () => stop(() => reject(uploadRefusals.cut()));
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', onError);
  });
}

function decodeUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badUserInput('Lyrics must be UTF-8 text', { field: 'file' });
  }
}
