import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SongRow, AlbumRow, ArtistRow } from '../database.js';
import type { PlaylistCoverParent } from '../resolvers/playlist-cover.js';
import type { CatalogContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date and time with an offset, such as 2026-11-26T22:13:00Z. */
  DateTime: { input: Date; output: Date; }
  /** A file sent as a part of a GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec). */
  Upload: { input: Promise<import('../providers/song-uploads.js').IncomingFile>; output: Promise<import('../providers/song-uploads.js').IncomingFile>; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * The songs sharing an album artist and an album title, both folded (case, accents and runs of spaces
 * ignored, so "Björk"/"Homogenic" and "bjork"/"HOMOGENIC" are one album).
 */
export type Album = {
  __typename?: 'Album';
  /** The album artist. */
  artist: Artist;
  /** The cover of its first track that has one, signed like Song.coverUrl (size likewise); null when none has. */
  coverUrl?: Maybe<Scalars['String']['output']>;
  /** When its newest song was added. */
  createdAt: Scalars['DateTime']['output'];
  durationSeconds: Scalars['Float']['output'];
  /** The genre most of its songs carry. */
  genre?: Maybe<Scalars['String']['output']>;
  /** Stable: derived from the folded album artist and title, so it survives its songs coming and going. */
  id: Scalars['ID']['output'];
  /** Counted plays of its songs, from playback (it may lag a few seconds behind). */
  playCount: Scalars['Int']['output'];
  songCount: Scalars['Int']['output'];
  /** Disc, then track order; songs without a track number last, by title. */
  songs: Array<Song>;
  /** The spelling most of its songs carry (a tie: the newest song's). */
  title: Scalars['String']['output'];
  /** The release year most of its songs carry (a tie: the latest). */
  year?: Maybe<Scalars['Int']['output']>;
};


/**
 * The songs sharing an album artist and an album title, both folded (case, accents and runs of spaces
 * ignored, so "Björk"/"Homogenic" and "bjork"/"HOMOGENIC" are one album).
 */
export type AlbumCoverUrlArgs = {
  size?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of albums. */
export type AlbumConnection = {
  __typename?: 'AlbumConnection';
  edges: Array<AlbumEdge>;
  pageInfo: PageInfo;
  /** How many albums match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AlbumEdge = {
  __typename?: 'AlbumEdge';
  /** Opaque; pass as `after` to continue after this album. */
  cursor: Scalars['String']['output'];
  node: Album;
};

/** How albums are listed. */
export type AlbumSort =
  /** By album artist (their sort name where tagged, such as Beatles, The), then title. */
  | 'ARTIST'
  /** Most played first (plays of its songs, counted by playback). */
  | 'MOST_PLAYED'
  /** By title, ignoring case and accents. */
  | 'NAME'
  /** The album with the most recently added song first. */
  | 'NEWEST'
  /** A random order, a new one per request; pages continue with offset only (after: BAD_USER_INPUT). */
  | 'RANDOM'
  /** Newest release year first; albums without one last. */
  | 'YEAR';

/** A folded track artist or album artist name: every spelling of it is one artist. */
export type Artist = {
  __typename?: 'Artist';
  albumCount: Scalars['Int']['output'];
  /** The albums it is the album artist of, newest release year first. */
  albums: Array<Album>;
  /** Stable: derived from the folded name. */
  id: Scalars['ID']['output'];
  /** The spelling most of its songs carry (a tie: the newest song's). */
  name: Scalars['String']['output'];
  /** Songs it is the track artist or the album artist of. */
  songCount: Scalars['Int']['output'];
  /** Its songs by play count, then title. first: 1 to 100. */
  topSongs: Array<Song>;
};


/** A folded track artist or album artist name: every spelling of it is one artist. */
export type ArtistTopSongsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of artists. */
export type ArtistConnection = {
  __typename?: 'ArtistConnection';
  edges: Array<ArtistEdge>;
  pageInfo: PageInfo;
  /** How many artists match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ArtistEdge = {
  __typename?: 'ArtistEdge';
  /** Opaque; pass as `after` to continue after this artist. */
  cursor: Scalars['String']['output'];
  node: Artist;
};

/** What a player trims for gapless playback. */
export type GaplessInfo = {
  __typename?: 'GaplessInfo';
  encoderDelaySamples: Scalars['Int']['output'];
  paddingSamples: Scalars['Int']['output'];
  /** Audio samples after trimming, per channel, when known. */
  totalSamples?: Maybe<Scalars['Int']['output']>;
};

/** A genre and how much of the library carries it. */
export type GenreSummary = {
  __typename?: 'GenreSummary';
  /** Albums whose genre (the one most of their songs carry) it is. */
  albumCount: Scalars['Int']['output'];
  /** Spelled as genres lists it. */
  name: Scalars['String']['output'];
  songCount: Scalars['Int']['output'];
};

/** How loud a song is, for levelling playback. */
export type Loudness = {
  __typename?: 'Loudness';
  /** From the tags, else computed from the measured loudness of the album's songs; null outside an album. */
  albumGainDb?: Maybe<Scalars['Float']['output']>;
  albumPeak?: Maybe<Scalars['Float']['output']>;
  /** EBU R128 integrated loudness when measured; null when the gain came from tags. */
  integratedLufs?: Maybe<Scalars['Float']['output']>;
  source: LoudnessSource;
  /** ReplayGain 2.0 gain to -18 LUFS in dB (tags, else -18 - integrated loudness). */
  trackGainDb: Scalars['Float']['output'];
  /** Linear sample peak, 1.0 = full scale. */
  trackPeak: Scalars['Float']['output'];
};

/** Where a song's loudness came from. */
export type LoudnessSource =
  /** Measured by the catalog at upload (EBU R128). */
  | 'MEASURED'
  /** ReplayGain tags in the file. */
  | 'TAGS';

/** One timed line of synced lyrics. */
export type LyricLine = {
  __typename?: 'LyricLine';
  text: Scalars['String']['output'];
  /** When the line starts, in milliseconds from the start of the song. */
  timeMs: Scalars['Int']['output'];
};

/** A song's words, timed or not. */
export type Lyrics = {
  __typename?: 'Lyrics';
  /** Timed lines in time order when synced; empty when not. */
  lines: Array<LyricLine>;
  /** The text without times (for synced lyrics, the lines joined with newlines). */
  plain: Scalars['String']['output'];
  source: LyricsSource;
  /** True when lines carry times (an .lrc or SYLT); false for plain text. */
  synced: Scalars['Boolean']['output'];
};

/** Where a song's lyrics came from. */
export type LyricsSource =
  /** The audio file's own tags. */
  | 'TAGS'
  /** An .lrc or text file attached with uploadLyrics. */
  | 'UPLOADED';

/** The result of uploadLyrics. */
export type LyricsUpload = {
  __typename?: 'LyricsUpload';
  /** Lines whose timestamps could not be read and were left out. */
  skippedLines: Scalars['Int']['output'];
  song: Song;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Removes a song; only its uploader may. The audio is deleted once no other song uses the same file. */
  deleteSong: Scalars['Boolean']['output'];
  /** Removes uploaded lyrics (the tags' lyrics, if any, show again). */
  removeLyrics: Song;
  /** Changes a song's details; only its uploader may. */
  updateSong: Song;
  /**
   * Attaches an .lrc (or plain text) file to a song the viewer uploaded; replaces earlier uploaded
   * lyrics. Over 200 KB: BAD_USER_INPUT (field "file"). Not UTF-8 or no line at all: BAD_USER_INPUT.
   */
  uploadLyrics: LyricsUpload;
  /**
   * Adds an MP3 to the library, sent as a GraphQL multipart request (one file, up to the server's size
   * limit, 100 MB by default). The file is judged by its content, not its name. metadata overrides the
   * file's tags.
   */
  uploadSong: Song;
};


export type MutationDeleteSongArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveLyricsArgs = {
  songId: Scalars['ID']['input'];
};


export type MutationUpdateSongArgs = {
  id: Scalars['ID']['input'];
  metadata: SongMetadataInput;
};


export type MutationUploadLyricsArgs = {
  file: Scalars['Upload']['input'];
  songId: Scalars['ID']['input'];
};


export type MutationUploadSongArgs = {
  file: Scalars['Upload']['input'];
  metadata?: InputMaybe<SongMetadataInput>;
};

/** Pagination details of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A user's playlist, kept by the library subgraph; the catalog adds its cover. */
export type Playlist = {
  __typename?: 'Playlist';
  /** The library's first few live entries' song ids. */
  coverSongIds: Array<Scalars['ID']['output']>;
  /**
   * The cover of the first of the playlist's first songs that has one, signed for the viewer like
   * Song.coverUrl; null when none has one, or while the catalog is unavailable.
   */
  coverUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** An album by id, or null when there is none. */
  album?: Maybe<Album>;
  /**
   * Albums, newest first unless sorted otherwise. query: albums whose title or artist contain every
   * word of it (ignoring case and accents). artistId: the album artist's. genre: ignoring case.
   * fromYear, toYear: release years, inclusive (either alone bounds one side); fromYear > toYear lists
   * the years between them newest first, like Subsonic's byYear. first: 1 to 100. offset: 0 to 100000,
   * skips that many in the same order; not together with after.
   */
  albums: AlbumConnection;
  /** An artist by id, or null when there is none. */
  artist?: Maybe<Artist>;
  /**
   * Artists by name (their sort name where tagged). query: names containing every word. first: 1 to 100.
   * offset: 0 to 100000, skips that many in the same order; not together with after.
   */
  artists: ArtistConnection;
  /** Every genre in the library with its song and album counts, sorted by name like genres. */
  genreSummaries: Array<GenreSummary>;
  /** Every genre in the library, sorted. */
  genres: Array<Scalars['String']['output']>;
  /**
   * Random songs (first: 1 to 500, fewer when fewer match), optionally of a genre (ignoring case) and
   * release years (inclusive; a song without a year matches no year range).
   */
  randomSongs: Array<Song>;
  /**
   * Songs, albums and artists matching every word of the query, best first: a name that is the whole
   * query, then one starting with it, then the rest; albums and artists before songs when they tie.
   * first: 1 to 100.
   */
  search: Array<SearchResult>;
  /** A song by id, or null when there is none. */
  song?: Maybe<Song>;
  /**
   * The library, for signed-in users. Without a query, newest first. With a query, songs whose title,
   * artist or album contain every word of it (ignoring case and accents, so "bjork" finds "Björk", and
   * "count" finds "Counting"), best matches first. first: 1 to 100. offset: 0 to 100000, skips that many
   * in the same order (for offset paging such as Subsonic's); not together with after.
   */
  songs: SongConnection;
  /**
   * The songs in the library whose file has one of these SHA-256s (64 hex digits each, up to 500 per
   * call), so a client importing a folder sends only the files not already there. A hash no song has
   * is left out; one file uploaded twice is two songs.
   */
  songsBySha256: Array<Song>;
};


export type QueryAlbumArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAlbumsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  artistId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  genre?: InputMaybe<Scalars['String']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<AlbumSort>;
  toYear?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryArtistArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArtistsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRandomSongsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  genre?: InputMaybe<Scalars['String']['input']>;
  toYear?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QuerySongArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySongsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  genre?: InputMaybe<Scalars['String']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySongsBySha256Args = {
  sha256s: Array<Scalars['String']['input']>;
};

/** A song, an album or an artist, as search finds them. */
export type SearchResult = Album | Artist | Song;

export type SmartPlaylist = {
  __typename?: 'SmartPlaylist';
  /** The library's first few matching songs' ids. */
  coverSongIds: Array<Scalars['ID']['output']>;
  /** The cover of the first of its first songs that has one, signed for the viewer; null when none has one. */
  coverUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
};

/** A song in the library: an uploaded audio file and what was read from it. */
export type Song = {
  __typename?: 'Song';
  album?: Maybe<Scalars['String']['output']>;
  /** As tagged (TPE2), else the artist: with the album's title, what groups songs into an album. */
  albumArtist: Scalars['String']['output'];
  /** The album artist's Artist (the track artist's when the song has no album artist). */
  albumArtistId: Scalars['ID']['output'];
  albumArtistSort?: Maybe<Scalars['String']['output']>;
  /** The song's Album; null when it has no album. */
  albumId?: Maybe<Scalars['ID']['output']>;
  /** From the upload's metadata, else its tags, else "Unknown artist". */
  artist: Scalars['String']['output'];
  /** The track artist's Artist. */
  artistId: Scalars['ID']['output'];
  artistSort?: Maybe<Scalars['String']['output']>;
  /** Bits per sample for lossless audio (16, 24...); null for lossy codecs. */
  bitDepth?: Maybe<Scalars['Int']['output']>;
  /** Average bitrate in kbit/s. */
  bitrateKbps?: Maybe<Scalars['Int']['output']>;
  /** 1 (mono), 2 (stereo), or more for multi-channel files (6 for 5.1). */
  channels?: Maybe<Scalars['Int']['output']>;
  /** Codec of the stored audio: MP3, FLAC, AAC, ALAC, VORBIS, OPUS or PCM. */
  codec: Scalars['String']['output'];
  composer?: Maybe<Scalars['String']['output']>;
  /**
   * The embedded cover picture, signed like streamUrl; null when the file has none. With size (16..2048),
   * scaled so its longer side is at most size pixels (never enlarged).
   */
  coverUrl?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  discNumber?: Maybe<Scalars['Int']['output']>;
  discTotal?: Maybe<Scalars['Int']['output']>;
  /** Length of the audio, as its frames (MP3) or its stream header give it, checked by decoding on upload. */
  durationSeconds: Scalars['Float']['output'];
  /** The usual extension of the stored file's format, without the dot: mp3, flac, m4a, ogg, opus or wav. */
  fileExtension: Scalars['String']['output'];
  /**
   * Samples the encoder added before and after the audio (LAME/Xing header for MP3, iTunSMPB for
   * AAC), at sampleRateHz, so a player can trim them for gapless playback; null when the file does not
   * say (lossless formats need no trimming).
   */
  gapless?: Maybe<GaplessInfo>;
  genre?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** True for FLAC, ALAC and WAV (PCM). */
  lossless: Scalars['Boolean']['output'];
  /**
   * For loudness levelling: ReplayGain from the tags where present, else measured at upload
   * (EBU R128); null while unknown (old uploads, measurement failed).
   */
  loudness?: Maybe<Loudness>;
  /**
   * Lyrics from an uploaded .lrc, else the file's tags (SYLT/USLT, Vorbis LYRICS/UNSYNCEDLYRICS,
   * MP4 ©lyr); null when the song has none.
   */
  lyrics?: Maybe<Lyrics>;
  /** The stored file's media type: audio/mpeg, audio/flac, audio/mp4, audio/ogg (Vorbis and Opus) or audio/wav. */
  mimeType: Scalars['String']['output'];
  releaseYear?: Maybe<Scalars['Int']['output']>;
  sampleRateHz?: Maybe<Scalars['Int']['output']>;
  /** SHA-256 of the stored file, in lowercase hex; the same file uploaded twice is stored once. */
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  /**
   * Where to stream the audio, a path on the API's origin such as
   * /media/songs/<id>/audio?user=<id>&expires=<unix time>&signature=<signature>, usable as
   * <audio src> without headers. It supports HTTP Range requests (seeking) and stops working when it
   * expires, hours later; ask for the song again to get a fresh one.
   *
   * format ORIGINAL (default) serves the stored file, unless maxBitRate (kbit/s) is below the file's
   * bitrate: then an MP3 at maxBitRate. MP3/OPUS/AAC: a transcode at min(maxBitRate, 320), default 192
   * (Opus 128); the original when it already is that codec at no more than that bitrate. The rate is
   * rounded down to one of 32, 48, 64, 96, 128, 160, 192, 256, 320 (0 or null: no limit). maxBitRate
   * outside 0..10000: BAD_USER_INPUT. The choice is part of the signed link
   * (...&format=<mp3|opus|aac>&bitrate=<kbit/s>&user=...).
   */
  streamUrl: Scalars['String']['output'];
  /** From the upload's metadata, else its tags, else the file name without its extension. */
  title: Scalars['String']['output'];
  /** Sort names (TSOT, TSOP, TSO2) where the file's tags give them, such as Beatles, The. */
  titleSort?: Maybe<Scalars['String']['output']>;
  /** The song's position on its disc, as tagged or edited; null when unknown. */
  trackNumber?: Maybe<Scalars['Int']['output']>;
  /** How many tracks the disc has. */
  trackTotal?: Maybe<Scalars['Int']['output']>;
  /** Who uploaded the song; only they may change or delete it. Null when the users service is unavailable. */
  uploadedBy?: Maybe<User>;
};


/** A song in the library: an uploaded audio file and what was read from it. */
export type SongCoverUrlArgs = {
  size?: InputMaybe<Scalars['Int']['input']>;
};


/** A song in the library: an uploaded audio file and what was read from it. */
export type SongStreamUrlArgs = {
  format?: InputMaybe<StreamFormat>;
  maxBitRate?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of songs. */
export type SongConnection = {
  __typename?: 'SongConnection';
  edges: Array<SongEdge>;
  pageInfo: PageInfo;
  /** How many songs match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type SongEdge = {
  __typename?: 'SongEdge';
  /** Opaque; pass as `after` to continue after this song. */
  cursor: Scalars['String']['output'];
  node: Song;
};

/** Song details given by the person uploading or editing. In updateSong, a field left out is unchanged. */
export type SongMetadataInput = {
  /** Up to 200 characters; null or an empty string removes it. */
  album?: InputMaybe<Scalars['String']['input']>;
  /** Up to 200 characters; null or an empty string removes it (the artist then stands in for it). */
  albumArtist?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 200 characters. */
  artist?: InputMaybe<Scalars['String']['input']>;
  /** Up to 200 characters; null or an empty string removes it. */
  composer?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 999; null removes it. */
  discNumber?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 999; null removes it. */
  discTotal?: InputMaybe<Scalars['Int']['input']>;
  /** Up to 64 characters; null or an empty string removes it. */
  genre?: InputMaybe<Scalars['String']['input']>;
  /** 1000 to 2100; null removes it. */
  releaseYear?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 999; null removes it. */
  trackNumber?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 999; null removes it. */
  trackTotal?: InputMaybe<Scalars['Int']['input']>;
};

/** What Song.streamUrl serves. */
export type StreamFormat =
  /** AAC in ADTS (audio/aac). */
  | 'AAC'
  /** MP3 (audio/mpeg). */
  | 'MP3'
  /** Opus in Ogg (audio/ogg; codecs=opus). */
  | 'OPUS'
  /** The stored file, as uploaded. */
  | 'ORIGINAL';

/** Someone with an account; the users service knows the rest. */
export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Album: Album;
  Artist: Artist;
  Playlist: Playlist;
  SmartPlaylist: SmartPlaylist;
  Song: Song;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Album:
    ( { __typename: 'Album' }
    & GraphQLRecursivePick<FederationTypes['Album'], {"id":true}> );
  Artist:
    ( { __typename: 'Artist' }
    & GraphQLRecursivePick<FederationTypes['Artist'], {"id":true}> );
  Playlist:
    ( { __typename: 'Playlist' }
    & GraphQLRecursivePick<FederationTypes['Playlist'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Playlist'], {"coverSongIds":true}> ) );
  SmartPlaylist:
    ( { __typename: 'SmartPlaylist' }
    & GraphQLRecursivePick<FederationTypes['SmartPlaylist'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['SmartPlaylist'], {"coverSongIds":true}> ) );
  Song:
    ( { __typename: 'Song' }
    & GraphQLRecursivePick<FederationTypes['Song'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  SearchResult:
    | ( AlbumRow )
    | ( ArtistRow )
    | ( SongRow )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Album: ResolverTypeWrapper<AlbumRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AlbumConnection: ResolverTypeWrapper<Omit<AlbumConnection, 'edges'> & { edges: Array<ResolversTypes['AlbumEdge']> }>;
  AlbumEdge: ResolverTypeWrapper<Omit<AlbumEdge, 'node'> & { node: ResolversTypes['Album'] }>;
  AlbumSort: AlbumSort;
  Artist: ResolverTypeWrapper<ArtistRow>;
  ArtistConnection: ResolverTypeWrapper<Omit<ArtistConnection, 'edges'> & { edges: Array<ResolversTypes['ArtistEdge']> }>;
  ArtistEdge: ResolverTypeWrapper<Omit<ArtistEdge, 'node'> & { node: ResolversTypes['Artist'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  GaplessInfo: ResolverTypeWrapper<GaplessInfo>;
  GenreSummary: ResolverTypeWrapper<GenreSummary>;
  Loudness: ResolverTypeWrapper<Loudness>;
  LoudnessSource: LoudnessSource;
  LyricLine: ResolverTypeWrapper<LyricLine>;
  Lyrics: ResolverTypeWrapper<Lyrics>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  LyricsSource: LyricsSource;
  LyricsUpload: ResolverTypeWrapper<Omit<LyricsUpload, 'song'> & { song: ResolversTypes['Song'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Playlist: ResolverTypeWrapper<PlaylistCoverParent>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SearchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchResult']>;
  SmartPlaylist: ResolverTypeWrapper<PlaylistCoverParent>;
  Song: ResolverTypeWrapper<SongRow>;
  SongConnection: ResolverTypeWrapper<Omit<SongConnection, 'edges'> & { edges: Array<ResolversTypes['SongEdge']> }>;
  SongEdge: ResolverTypeWrapper<Omit<SongEdge, 'node'> & { node: ResolversTypes['Song'] }>;
  SongMetadataInput: SongMetadataInput;
  StreamFormat: StreamFormat;
  Upload: ResolverTypeWrapper<Scalars['Upload']['output']>;
  User: ResolverTypeWrapper<User>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Album: AlbumRow;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  AlbumConnection: Omit<AlbumConnection, 'edges'> & { edges: Array<ResolversParentTypes['AlbumEdge']> };
  AlbumEdge: Omit<AlbumEdge, 'node'> & { node: ResolversParentTypes['Album'] };
  Artist: ArtistRow;
  ArtistConnection: Omit<ArtistConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArtistEdge']> };
  ArtistEdge: Omit<ArtistEdge, 'node'> & { node: ResolversParentTypes['Artist'] };
  DateTime: Scalars['DateTime']['output'];
  GaplessInfo: GaplessInfo;
  GenreSummary: GenreSummary;
  Loudness: Loudness;
  LyricLine: LyricLine;
  Lyrics: Lyrics;
  Boolean: Scalars['Boolean']['output'];
  LyricsUpload: Omit<LyricsUpload, 'song'> & { song: ResolversParentTypes['Song'] };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Playlist: PlaylistCoverParent;
  Query: Record<PropertyKey, never>;
  SearchResult: ResolversUnionTypes<ResolversParentTypes>['SearchResult'];
  SmartPlaylist: PlaylistCoverParent;
  Song: SongRow;
  SongConnection: Omit<SongConnection, 'edges'> & { edges: Array<ResolversParentTypes['SongEdge']> };
  SongEdge: Omit<SongEdge, 'node'> & { node: ResolversParentTypes['Song'] };
  SongMetadataInput: SongMetadataInput;
  Upload: Scalars['Upload']['output'];
  User: User;
}>;

export type AlbumResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Album'] = ResolversParentTypes['Album'], FederationReferenceType extends FederationReferenceTypes['Album'] = FederationReferenceTypes['Album']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Album']> | FederationReferenceType, FederationReferenceType, ContextType>;
  artist?: Resolver<ResolversTypes['Artist'], ParentType, ContextType>;
  coverUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<AlbumCoverUrlArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  genre?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  playCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  songCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  songs?: Resolver<Array<ResolversTypes['Song']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AlbumConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['AlbumConnection'] = ResolversParentTypes['AlbumConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AlbumEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AlbumEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['AlbumEdge'] = ResolversParentTypes['AlbumEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Album'], ParentType, ContextType>;
}>;

export type ArtistResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Artist'] = ResolversParentTypes['Artist'], FederationReferenceType extends FederationReferenceTypes['Artist'] = FederationReferenceTypes['Artist']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Artist']> | FederationReferenceType, FederationReferenceType, ContextType>;
  albumCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  albums?: Resolver<Array<ResolversTypes['Album']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  songCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topSongs?: Resolver<Array<ResolversTypes['Song']>, ParentType, ContextType, RequireFields<ArtistTopSongsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ArtistConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ArtistConnection'] = ResolversParentTypes['ArtistConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ArtistEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ArtistEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ArtistEdge'] = ResolversParentTypes['ArtistEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Artist'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GaplessInfoResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['GaplessInfo'] = ResolversParentTypes['GaplessInfo']> = ResolversObject<{
  encoderDelaySamples?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paddingSamples?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalSamples?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type GenreSummaryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['GenreSummary'] = ResolversParentTypes['GenreSummary']> = ResolversObject<{
  albumCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  songCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LoudnessResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Loudness'] = ResolversParentTypes['Loudness']> = ResolversObject<{
  albumGainDb?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  albumPeak?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  integratedLufs?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['LoudnessSource'], ParentType, ContextType>;
  trackGainDb?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  trackPeak?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type LyricLineResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['LyricLine'] = ResolversParentTypes['LyricLine']> = ResolversObject<{
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LyricsResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Lyrics'] = ResolversParentTypes['Lyrics']> = ResolversObject<{
  lines?: Resolver<Array<ResolversTypes['LyricLine']>, ParentType, ContextType>;
  plain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['LyricsSource'], ParentType, ContextType>;
  synced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type LyricsUploadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['LyricsUpload'] = ResolversParentTypes['LyricsUpload']> = ResolversObject<{
  skippedLines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  song?: Resolver<ResolversTypes['Song'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  deleteSong?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteSongArgs, 'id'>>;
  removeLyrics?: Resolver<ResolversTypes['Song'], ParentType, ContextType, RequireFields<MutationRemoveLyricsArgs, 'songId'>>;
  updateSong?: Resolver<ResolversTypes['Song'], ParentType, ContextType, RequireFields<MutationUpdateSongArgs, 'id' | 'metadata'>>;
  uploadLyrics?: Resolver<ResolversTypes['LyricsUpload'], ParentType, ContextType, RequireFields<MutationUploadLyricsArgs, 'file' | 'songId'>>;
  uploadSong?: Resolver<ResolversTypes['Song'], ParentType, ContextType, RequireFields<MutationUploadSongArgs, 'file'>>;
}>;

export type PageInfoResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlaylistResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Playlist'] = ResolversParentTypes['Playlist'], FederationReferenceType extends FederationReferenceTypes['Playlist'] = FederationReferenceTypes['Playlist']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Playlist']> | FederationReferenceType, FederationReferenceType, ContextType>;
  coverUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  album?: Resolver<Maybe<ResolversTypes['Album']>, ParentType, ContextType, RequireFields<QueryAlbumArgs, 'id'>>;
  albums?: Resolver<ResolversTypes['AlbumConnection'], ParentType, ContextType, RequireFields<QueryAlbumsArgs, 'first' | 'sort'>>;
  artist?: Resolver<Maybe<ResolversTypes['Artist']>, ParentType, ContextType, RequireFields<QueryArtistArgs, 'id'>>;
  artists?: Resolver<ResolversTypes['ArtistConnection'], ParentType, ContextType, RequireFields<QueryArtistsArgs, 'first'>>;
  genreSummaries?: Resolver<Array<ResolversTypes['GenreSummary']>, ParentType, ContextType>;
  genres?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  randomSongs?: Resolver<Array<ResolversTypes['Song']>, ParentType, ContextType, RequireFields<QueryRandomSongsArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchResult']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  song?: Resolver<Maybe<ResolversTypes['Song']>, ParentType, ContextType, RequireFields<QuerySongArgs, 'id'>>;
  songs?: Resolver<ResolversTypes['SongConnection'], ParentType, ContextType, RequireFields<QuerySongsArgs, 'first'>>;
  songsBySha256?: Resolver<Array<ResolversTypes['Song']>, ParentType, ContextType, RequireFields<QuerySongsBySha256Args, 'sha256s'>>;
}>;

export type SearchResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Album' | 'Artist' | 'Song', ParentType, ContextType>;
}>;

export type SmartPlaylistResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SmartPlaylist'] = ResolversParentTypes['SmartPlaylist'], FederationReferenceType extends FederationReferenceTypes['SmartPlaylist'] = FederationReferenceTypes['SmartPlaylist']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SmartPlaylist']> | FederationReferenceType, FederationReferenceType, ContextType>;
  coverUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SongResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Song'] = ResolversParentTypes['Song'], FederationReferenceType extends FederationReferenceTypes['Song'] = FederationReferenceTypes['Song']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Song']> | FederationReferenceType, FederationReferenceType, ContextType>;
  album?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  albumArtist?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  albumArtistId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  albumArtistSort?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  albumId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  artist?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  artistId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  artistSort?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bitDepth?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  bitrateKbps?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  channels?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  codec?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  composer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  coverUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<SongCoverUrlArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  discNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  discTotal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  durationSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fileExtension?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gapless?: Resolver<Maybe<ResolversTypes['GaplessInfo']>, ParentType, ContextType>;
  genre?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lossless?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  loudness?: Resolver<Maybe<ResolversTypes['Loudness']>, ParentType, ContextType>;
  lyrics?: Resolver<Maybe<ResolversTypes['Lyrics']>, ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  releaseYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sampleRateHz?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  streamUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<SongStreamUrlArgs, 'format'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleSort?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  trackNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  trackTotal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  uploadedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SongConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SongConnection'] = ResolversParentTypes['SongConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SongEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SongEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SongEdge'] = ResolversParentTypes['SongEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Song'], ParentType, ContextType>;
}>;

export interface UploadScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Upload'], any> {
  name: 'Upload';
}

export type UserResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CatalogContext> = ResolversObject<{
  Album?: AlbumResolvers<ContextType>;
  AlbumConnection?: AlbumConnectionResolvers<ContextType>;
  AlbumEdge?: AlbumEdgeResolvers<ContextType>;
  Artist?: ArtistResolvers<ContextType>;
  ArtistConnection?: ArtistConnectionResolvers<ContextType>;
  ArtistEdge?: ArtistEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  GaplessInfo?: GaplessInfoResolvers<ContextType>;
  GenreSummary?: GenreSummaryResolvers<ContextType>;
  Loudness?: LoudnessResolvers<ContextType>;
  LyricLine?: LyricLineResolvers<ContextType>;
  Lyrics?: LyricsResolvers<ContextType>;
  LyricsUpload?: LyricsUploadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Playlist?: PlaylistResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SmartPlaylist?: SmartPlaylistResolvers<ContextType>;
  Song?: SongResolvers<ContextType>;
  SongConnection?: SongConnectionResolvers<ContextType>;
  SongEdge?: SongEdgeResolvers<ContextType>;
  Upload?: GraphQLScalarType;
  User?: UserResolvers<ContextType>;
}>;

