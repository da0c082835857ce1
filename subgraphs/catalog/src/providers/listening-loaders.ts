import DataLoader from 'dataloader';
import type { SongLyricsRow } from '../database.js';
import type { AlbumLoudness } from './album-loudness.js';
import type { LyricsRepository } from './lyrics/lyrics-repository.js';

/** Per request: a page of songs asking for lyrics or album gain costs one statement per kind. */
export function createListeningLoaders({
  lyrics,
  albumLoudness,
}: {
  lyrics: Pick<LyricsRepository, 'shownFor'>;
  albumLoudness: (albumIds: readonly string[]) => Promise<Map<string, AlbumLoudness>>;
}) {
  return {
    lyricsOfSong: new DataLoader<string, SongLyricsRow | null>((songIds) => lyrics.shownFor(songIds)),
    loudnessOfAlbum: new DataLoader<string, AlbumLoudness | null>(async (albumIds) => {
      const found = await albumLoudness(albumIds);
      return albumIds.map((id) => found.get(id) ?? null);
    }),
  };
}

export type ListeningLoaders = ReturnType<typeof createListeningLoaders>;
