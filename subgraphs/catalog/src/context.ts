import type { FeedFollower, Logger, RequestAuth } from '@sp0t1fy/platform';
import type DataLoader from 'dataloader';
import type { SongRow } from './database.js';
import type { AlbumLoaders } from './providers/album-loaders.js';
import type { AlbumLoudness } from './providers/album-loudness.js';
import type { AlbumsRepository } from './providers/albums-repository.js';
import type { ArtistsRepository } from './providers/artists-repository.js';
import type { FfmpegBinary } from './providers/ffmpeg/ffmpeg-binary.js';
import type { LibrarySearch } from './providers/library-search.js';
import type { ListeningLoaders } from './providers/listening-loaders.js';
import type { LyricsRepository } from './providers/lyrics/lyrics-repository.js';
import type { LyricsUploads } from './providers/lyrics/lyrics-uploads.js';
import type { MediaUrls } from './providers/media-urls.js';
import type { RandomSongs } from './providers/random-songs.js';
import type { SongCache } from './providers/song-cache.js';
import type { SongChanges } from './providers/song-changes.js';
import type { SongMedia } from './providers/song-media.js';
import type { SongSearch } from './providers/song-search.js';
import type { SongUploads } from './providers/song-uploads.js';
import type { SongsRepository } from './providers/songs-repository.js';
import type { BlobStore } from './providers/storage/blob-store.js';
import type { MediaMaker } from './providers/transcoding/media-maker.js';

/** Built once per process. */
export interface CatalogProviders {
  songs: SongsRepository;
  albums: AlbumsRepository;
  artists: ArtistsRepository;
  randomSongs: RandomSongs;
  search: SongSearch;
  /** Songs, albums and artists in one list (Query.search). */
  librarySearch: LibrarySearch;
  /** Songs by id, first pages and genres through the cache; every write goes through `changed`. */
  songCache: SongCache;
  uploads: SongUploads;
  changes: SongChanges;
  lyrics: LyricsRepository;
  /** uploadLyrics and removeLyrics. */
  lyricsUploads: LyricsUploads;
  /** Measured albums' loudness, for album gain where the tags give none. */
  albumLoudness: (albumIds: readonly string[]) => Promise<Map<string, AlbumLoudness>>;
  blobs: BlobStore;
  ffmpeg: FfmpegBinary;
  /** Transcodes and scaled covers, kept in the transcode cache. */
  maker: MediaMaker;
  /** Song id → stored file, for the media route; forgets a song once it is deleted. */
  songMedia: SongMedia;
  mediaUrls: MediaUrls;
  /** Follows playback's counted plays into the catalog's play counts. */
  playFeed: FeedFollower;
}

/** Built once per request. */
export interface CatalogContext extends CatalogProviders {
  auth: RequestAuth;
  log: Logger;
  /** Aborts when the caller hangs up before the answer. */
  callerGone?: AbortSignal | undefined;
  songById: DataLoader<string, SongRow | null>;
  /** Albums and artists by id, and what a page of them asks for, one statement per kind. */
  albumLoaders: AlbumLoaders;
  /** Lyrics and album loudness of the songs a request names. */
  listening: ListeningLoaders;
}
