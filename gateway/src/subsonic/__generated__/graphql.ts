/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date and time with an offset, such as 2026-11-26T22:13:00Z. */
  DateTime: { input: string; output: string; }
  /**
   * A rule tree, as JSON (see README "Smart playlists"): {"all":[...]} | {"any":[...]} | condition;
   * the playlist's sort and limit sit at the top: {"all":[...], "sort":{"field":"playCount","direction":"desc"}, "limit":100}
   */
  SmartPlaylistRules: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A file sent as a part of a GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec). */
  Upload: { input: null; output: null; }
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
  /** Whether the signed-in user starred the album. Null only while the library is unavailable. */
  starred?: Maybe<Scalars['Boolean']['output']>;
  /** When the signed-in user starred the album; null when not starred or while the library is unavailable. */
  starredAt?: Maybe<Scalars['DateTime']['output']>;
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

/** A password for one app (a Subsonic client), so the app never holds the account's own password. */
export type AppPassword = {
  __typename?: 'AppPassword';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Null until it is first used. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the user called it, such as Symfonium on my phone. */
  name: Scalars['String']['output'];
};

/** How an app signs in with an app password: exactly one of {email, password}, {email, token, salt}, {apiKey}. */
export type AppPasswordSignInInput = {
  /** An app password used as an OpenSubsonic apiKey, alone. */
  apiKey?: InputMaybe<Scalars['String']['input']>;
  /** The account's email (Subsonic's u); not with apiKey. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** An app password in clear (Subsonic's p; the caller decodes enc:hex). */
  password?: InputMaybe<Scalars['String']['input']>;
  salt?: InputMaybe<Scalars['String']['input']>;
  /** Subsonic's t = md5(app password + salt), lowercase hex, with salt (s). */
  token?: InputMaybe<Scalars['String']['input']>;
};

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
  /** Whether the signed-in user starred the artist. Null only while the library is unavailable. */
  starred?: Maybe<Scalars['Boolean']['output']>;
  /** When the signed-in user starred the artist; null when not starred or while the library is unavailable. */
  starredAt?: Maybe<Scalars['DateTime']['output']>;
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

export type ArtistPlays = {
  __typename?: 'ArtistPlays';
  artist: Scalars['String']['output'];
  plays: Scalars['Int']['output'];
};

/** A signed-in session: send the token as `Authorization: Bearer <token>` until it expires. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  expiresAt: Scalars['DateTime']['output'];
  token: Scalars['String']['output'];
  user: User;
};

export type CreatedAppPassword = {
  __typename?: 'CreatedAppPassword';
  appPassword: AppPassword;
  /** The password itself, shown only in this answer. */
  password: Scalars['String']['output'];
};

export type FavouriteAlbumConnection = {
  __typename?: 'FavouriteAlbumConnection';
  edges: Array<FavouriteAlbumEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FavouriteAlbumEdge = {
  __typename?: 'FavouriteAlbumEdge';
  cursor: Scalars['String']['output'];
  node: Album;
  starredAt: Scalars['DateTime']['output'];
};

export type FavouriteArtistConnection = {
  __typename?: 'FavouriteArtistConnection';
  edges: Array<FavouriteArtistEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FavouriteArtistEdge = {
  __typename?: 'FavouriteArtistEdge';
  cursor: Scalars['String']['output'];
  node: Artist;
  starredAt: Scalars['DateTime']['output'];
};

/** What star and unstar act on. */
export type FavouriteKind =
  | 'ALBUM'
  | 'ARTIST'
  | 'SONG';

export type FavouriteSongConnection = {
  __typename?: 'FavouriteSongConnection';
  edges: Array<FavouriteSongEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FavouriteSongEdge = {
  __typename?: 'FavouriteSongEdge';
  cursor: Scalars['String']['output'];
  node: Song;
  starredAt: Scalars['DateTime']['output'];
};

/** A user's starred songs, albums and artists, each newest starred first (first: 1 to 100). */
export type Favourites = {
  __typename?: 'Favourites';
  albums: FavouriteAlbumConnection;
  artists: FavouriteArtistConnection;
  songs: FavouriteSongConnection;
};


/** A user's starred songs, albums and artists, each newest starred first (first: 1 to 100). */
export type FavouritesAlbumsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A user's starred songs, albums and artists, each newest starred first (first: 1 to 100). */
export type FavouritesArtistsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A user's starred songs, albums and artists, each newest starred first (first: 1 to 100). */
export type FavouritesSongsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** A listener's totals. Plays are counted as in recordPlayback. */
export type ListeningStats = {
  __typename?: 'ListeningStats';
  /** Different songs played. */
  distinctSongs: Scalars['Int']['output'];
  /**
   * Seconds of audio played, from the event sequence: each stretch from PLAY/RESUME (or a SEEK while
   * playing) to the next event, measured by position when that event is a PAUSE, STOP or COMPLETE of
   * the same song, otherwise by the time that passed. A stretch never counts more than was left of
   * the song, and a listen never more than the song's duration, so missing or repeated events cannot
   * inflate it.
   */
  secondsListened: Scalars['Float']['output'];
  /** Artists by plays, most first (removed songs included); first: 1 to 100. */
  topArtists: Array<ArtistPlays>;
  /** Songs by plays, most first (removed songs left out); first: 1 to 100. */
  topSongs: Array<SongPlays>;
  totalPlays: Scalars['Int']['output'];
};


/** A listener's totals. Plays are counted as in recordPlayback. */
export type ListeningStatsTopArtistsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A listener's totals. Plays are counted as in recordPlayback. */
export type ListeningStatsTopSongsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /**
   * Inserts songs (1 to 500 ids, duplicates allowed) at position (0 to songCount; default: the end).
   * Unknown or removed songs: NOT_FOUND and nothing added; more than 10,000 entries: BAD_USER_INPUT.
   */
  addToPlaylist: Playlist;
  /** name: 1 to 100 characters; at most 25 per user (BAD_USER_INPUT). */
  createAppPassword: CreatedAppPassword;
  /** A new, empty playlist of the signed-in user's; private unless input.public. name is required. */
  createPlaylist: Playlist;
  /** A new smart playlist of the signed-in user's. Bad rules: BAD_USER_INPUT with field the rule's path (rules.all[1].value). */
  createSmartPlaylist: SmartPlaylist;
  deletePlaylist: Scalars['Boolean']['output'];
  deleteSmartPlaylist: Scalars['Boolean']['output'];
  /** Removes a song; only its uploader may. The audio is deleted once no other song uses the same file. */
  deleteSong: Scalars['Boolean']['output'];
  /**
   * A new private playlist from an extended M3U (at most 1 MB and 10,000 entries): each entry is
   * matched by its #EXTINF "artist - title", else by its path's file name, ignoring case and accents.
   */
  importPlaylist: PlaylistImport;
  /** Signs in; a wrong email or password gives UNAUTHENTICATED with the same message either way. */
  login: AuthPayload;
  /** Ends the session: the token stops working at once everywhere. */
  logout: Scalars['Boolean']['output'];
  /** Moves an entry to toPosition (0 to songCount - 1), shifting those between. */
  movePlaylistEntry: Playlist;
  /**
   * Records what the signed-in user's player did (signed out: UNAUTHENTICATED).
   *
   * A PLAY counts as a play when it starts a listen. It does not when the user's previous event was
   * a PAUSE or SEEK of the same song (the player resuming), or a PLAY or RESUME of the same song less
   * than 5 seconds earlier at the same position (within a second: the same click sent twice).
   * RESUME, SEEK, PAUSE, STOP and COMPLETE never count.
   *
   * positionSeconds must be between 0 and 86400 (BAD_USER_INPUT otherwise) and is clamped to the
   * song's duration. The song must be in the library: playback keeps its own copy of the catalog's
   * songs, following the catalog's song feed, and asks the feed once more before answering
   * NOT_FOUND, so a song uploaded a moment ago works at once. A removed song is NOT_FOUND; when the
   * catalog cannot be reached, a song playback does not know yet is SERVICE_UNAVAILABLE.
   */
  recordPlayback: PlaybackEvent;
  /**
   * Creates an account and signs it in. The email is matched without regard to case; the password
   * needs 8 to 128 characters. displayName defaults to the part of the email before the @.
   */
  register: AuthPayload;
  /** Removes entries (1 to 500 ids); the others close up. An entry not in the playlist: NOT_FOUND, nothing removed. */
  removeFromPlaylist: Playlist;
  /** Removes uploaded lyrics (the tags' lyrics, if any, show again). */
  removeLyrics: Song;
  /**
   * Subsonic's scrobble with submission=false: shows in nowPlaying, counts no play. playerName: at
   * most 100 characters (BAD_USER_INPUT). The song as in recordPlayback (NOT_FOUND when unknown).
   */
  reportNowPlaying: Scalars['Boolean']['output'];
  /** Stops it working at once everywhere. Unknown or another user's: NOT_FOUND. */
  revokeAppPassword: Scalars['Boolean']['output'];
  /**
   * Subsonic's scrobble with submission=true: a listen that happened (playedAt, default now; not in the
   * future, BAD_USER_INPUT). Counts as one play and appears in history; the same song scrobbled twice
   * with the same playedAt by the same user is one play (the first event is answered again).
   */
  scrobble: PlaybackEvent;
  /**
   * For the gateway's Subsonic API (and any app-password client): exactly one of {email+password},
   * {email+token+salt}, {apiKey}, else BAD_USER_INPUT. Answers a short-lived (5 minute) access token.
   * Failures: UNAUTHENTICATED with extensions.reason WRONG_CREDENTIALS (email or app password),
   * TOKEN_AUTH_UNSUPPORTED (token+salt for an account that has no app password), INVALID_API_KEY,
   * or TOO_MANY_ATTEMPTS (throttled like login, with extensions.retryAfterSeconds). Sets the app
   * password's lastUsedAt (at most once a minute).
   */
  signInWithAppPassword: AuthPayload;
  /** Stars a song, album or artist for the signed-in user; idempotent. Unknown (or removed) id: NOT_FOUND. */
  star: Scalars['Boolean']['output'];
  /** Unstars it; idempotent. */
  unstar: Scalars['Boolean']['output'];
  /** Renames, describes or publishes a playlist. expectedVersion, when given, must be the current version (CONFLICT otherwise). */
  updatePlaylist: Playlist;
  /** Replaces a smart playlist's name, description and rules. expectedVersion, when given, must be the current version (CONFLICT otherwise). */
  updateSmartPlaylist: SmartPlaylist;
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


export type MutationAddToPlaylistArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  songIds: Array<Scalars['ID']['input']>;
};


export type MutationCreateAppPasswordArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreatePlaylistArgs = {
  input: PlaylistInput;
};


export type MutationCreateSmartPlaylistArgs = {
  input: SmartPlaylistInput;
};


export type MutationDeletePlaylistArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSmartPlaylistArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSongArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportPlaylistArgs = {
  m3u: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMovePlaylistEntryArgs = {
  entryId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  toPosition: Scalars['Int']['input'];
};


export type MutationRecordPlaybackArgs = {
  action: PlaybackAction;
  positionSeconds?: InputMaybe<Scalars['Float']['input']>;
  songId: Scalars['ID']['input'];
};


export type MutationRegisterArgs = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationRemoveFromPlaylistArgs = {
  entryIds: Array<Scalars['ID']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationRemoveLyricsArgs = {
  songId: Scalars['ID']['input'];
};


export type MutationReportNowPlayingArgs = {
  playerName?: InputMaybe<Scalars['String']['input']>;
  songId: Scalars['ID']['input'];
};


export type MutationRevokeAppPasswordArgs = {
  id: Scalars['ID']['input'];
};


export type MutationScrobbleArgs = {
  playedAt?: InputMaybe<Scalars['DateTime']['input']>;
  songId: Scalars['ID']['input'];
};


export type MutationSignInWithAppPasswordArgs = {
  input: AppPasswordSignInInput;
};


export type MutationStarArgs = {
  id: Scalars['ID']['input'];
  kind: FavouriteKind;
};


export type MutationUnstarArgs = {
  id: Scalars['ID']['input'];
  kind: FavouriteKind;
};


export type MutationUpdatePlaylistArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: PlaylistInput;
};


export type MutationUpdateSmartPlaylistArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: SmartPlaylistInput;
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

/** Someone listening now. */
export type NowPlaying = {
  __typename?: 'NowPlaying';
  /** As the app named itself (Subsonic's c), or Sp0t1fy web. */
  playerName?: Maybe<Scalars['String']['output']>;
  /** The song; null while the catalog is unavailable. */
  song?: Maybe<Song>;
  startedAt: Scalars['DateTime']['output'];
  /** The listener; null while the users service is unavailable. */
  user?: Maybe<User>;
};

/** Pagination details of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * What a player did. A *listen* starts with a PLAY that counts as a play (see recordPlayback) and
 * lasts until the next one; within it, audio plays from PLAY or RESUME (or a SEEK while playing)
 * until the next event.
 */
export type PlaybackAction =
  /** Played to the end; positionSeconds defaults to the song's duration. */
  | 'COMPLETE'
  /** Paused, at positionSeconds. */
  | 'PAUSE'
  /** Started playing, at positionSeconds (default: where this song was paused, else 0). */
  | 'PLAY'
  /** Continued after a pause, from positionSeconds. Never counts as a play. */
  | 'RESUME'
  /** Jumped to positionSeconds (the new position). Never counts as a play. */
  | 'SEEK'
  /** Stopped, at positionSeconds; the next PLAY of the song is a new listen. */
  | 'STOP';

/** One thing a listener's player did. */
export type PlaybackEvent = {
  __typename?: 'PlaybackEvent';
  action: PlaybackAction;
  id: Scalars['ID']['output'];
  /** When playback received it (the server's clock). */
  occurredAt: Scalars['DateTime']['output'];
  /** Where in the song, clamped to its duration. */
  positionSeconds: Scalars['Float']['output'];
  /** The song; null when it has since been removed from the library (see songRemoved). */
  song?: Maybe<Song>;
  /** The song's artist as playback last knew it, kept after the song is removed. */
  songArtist: Scalars['String']['output'];
  /** True when the song has been removed from the library; the event stays in the history. */
  songRemoved: Scalars['Boolean']['output'];
  /** The song's title as playback last knew it, kept after the song is removed. */
  songTitle: Scalars['String']['output'];
  /** The listener; null when the users service is unavailable. */
  user?: Maybe<User>;
};

/** A page of a listener's events, latest first. */
export type PlaybackEventConnection = {
  __typename?: 'PlaybackEventConnection';
  edges: Array<PlaybackEventEdge>;
  pageInfo: PageInfo;
  /** All of the listener's events. */
  totalCount: Scalars['Int']['output'];
};

export type PlaybackEventEdge = {
  __typename?: 'PlaybackEventEdge';
  /** Pass as history(after:) to continue after this event. */
  cursor: Scalars['String']['output'];
  node: PlaybackEvent;
};

/** A user's playlist, kept by the library subgraph; the catalog adds its cover. */
export type Playlist = {
  __typename?: 'Playlist';
  /**
   * The cover of the first of the playlist's first songs that has one, signed for the viewer like
   * Song.coverUrl; null when none has one, or while the catalog is unavailable.
   */
  coverUrl?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Up to 1000 characters. */
  description?: Maybe<Scalars['String']['output']>;
  /** Of the entries whose song is still in the library. */
  durationSeconds: Scalars['Float']['output'];
  /** The entries in order (first: 1 to 500); a cursor continues after its entry's position. */
  entries: PlaylistEntryConnection;
  id: Scalars['ID']['output'];
  /** 1 to 200 characters. */
  name: Scalars['String']['output'];
  /** The owner; null while the users service is unavailable. */
  owner?: Maybe<User>;
  public: Scalars['Boolean']['output'];
  /** Entries, removed songs included (at most 10,000). */
  songCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Goes up by one with every change; pass it as expectedVersion to refuse a change made on a stale copy. */
  version: Scalars['Int']['output'];
};


/** A user's playlist, kept by the library subgraph; the catalog adds its cover. */
export type PlaylistEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PlaylistConnection = {
  __typename?: 'PlaylistConnection';
  edges: Array<PlaylistEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlaylistEdge = {
  __typename?: 'PlaylistEdge';
  cursor: Scalars['String']['output'];
  node: Playlist;
};

/** One place in a playlist; the same song may be in a playlist more than once. */
export type PlaylistEntry = {
  __typename?: 'PlaylistEntry';
  addedAt: Scalars['DateTime']['output'];
  durationSeconds: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** 0-based and contiguous. */
  position: Scalars['Int']['output'];
  /** The song; null when it was removed from the library (songRemoved) or the catalog is unavailable. */
  song?: Maybe<Song>;
  /** The song's artist as the library last knew it. */
  songArtist: Scalars['String']['output'];
  /** True when the song has been removed from the library; the entry keeps its place. */
  songRemoved: Scalars['Boolean']['output'];
  /** The song's title as the library last knew it, kept after the song is removed. */
  songTitle: Scalars['String']['output'];
};

export type PlaylistEntryConnection = {
  __typename?: 'PlaylistEntryConnection';
  edges: Array<PlaylistEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlaylistEntryEdge = {
  __typename?: 'PlaylistEntryEdge';
  cursor: Scalars['String']['output'];
  node: PlaylistEntry;
};

export type PlaylistImport = {
  __typename?: 'PlaylistImport';
  /** Entries that matched a song and were added, in the file's order. */
  matched: Scalars['Int']['output'];
  playlist: Playlist;
  /** Every entry that matched no song. */
  unmatched: Array<UnmatchedPlaylistLine>;
};

/** A playlist's details; fields left out (or null) stay as they are when updating. */
export type PlaylistInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  public?: InputMaybe<Scalars['Boolean']['input']>;
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
  /**
   * A readable playlist as extended M3U: #EXTM3U, then per entry whose song still exists
   * "#EXTINF:<seconds>,<artist> - <title>" and a line "<artist>/<album>/<title>.mp3".
   */
  exportPlaylist: Scalars['String']['output'];
  /** Every genre in the library with its song and album counts, sorted by name like genres. */
  genreSummaries: Array<GenreSummary>;
  /** Every genre in the library, sorted. */
  genres: Array<Scalars['String']['output']>;
  /** The signed-in user, or null when signed out. */
  me?: Maybe<User>;
  /**
   * What every user is listening to now (Subsonic's getNowPlaying shows all users): per user the song
   * of their latest PLAY/RESUME (web) or reportNowPlaying, until the song's duration has passed since
   * it started or a PAUSE/STOP/COMPLETE. Latest first. Signed-in users only.
   */
  nowPlaying: Array<NowPlaying>;
  /** A playlist of the signed-in user's, or a public one. Unknown, or another user's private one: null with NOT_FOUND. */
  playlist?: Maybe<Playlist>;
  /** Evaluates rules without saving them (the editor's live preview); first: 1..100. */
  previewSmartPlaylist: SmartPlaylistPreview;
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
  /** A smart playlist of the signed-in user's. Unknown, or another user's: null with NOT_FOUND. */
  smartPlaylist?: Maybe<SmartPlaylist>;
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
  /**
   * The most played songs, most first (ties: most recently played first), counting plays since
   * `since` when given; removed songs are left out; first: 1 to 100. For signed-in users, like the
   * library. Cached, and correct right after a new play. Null while playback or the catalog is
   * unavailable.
   */
  topSongs?: Maybe<Array<Song>>;
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


export type QueryExportPlaylistArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlaylistArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPreviewSmartPlaylistArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  rules: Scalars['SmartPlaylistRules']['input'];
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


export type QuerySmartPlaylistArgs = {
  id: Scalars['ID']['input'];
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


export type QueryTopSongsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A song, an album or an artist, as search finds them. */
export type SearchResult = Album | Artist | Song;

/**
 * A playlist whose songs are whatever matches its rules at the moment it is read: new plays and
 * uploads show at once. Private to its owner (another user's is NOT_FOUND, like an unknown id).
 */
export type SmartPlaylist = {
  __typename?: 'SmartPlaylist';
  /** The cover of the first of its first songs that has one, signed for the viewer; null when none has one. */
  coverUrl?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Up to 1000 characters. */
  description?: Maybe<Scalars['String']['output']>;
  durationSeconds: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** 1 to 200 characters. */
  name: Scalars['String']['output'];
  /** The owner; null while the users service is unavailable. */
  owner?: Maybe<User>;
  rules: Scalars['SmartPlaylistRules']['output'];
  songCount: Scalars['Int']['output'];
  /** Songs matching the rules now, in their sort, at most their limit. first: 1..100. */
  songs: Array<Song>;
  updatedAt: Scalars['DateTime']['output'];
  /** Goes up by one with every change; pass it as expectedVersion to refuse a change made on a stale copy. */
  version: Scalars['Int']['output'];
};


/**
 * A playlist whose songs are whatever matches its rules at the moment it is read: new plays and
 * uploads show at once. Private to its owner (another user's is NOT_FOUND, like an unknown id).
 */
export type SmartPlaylistSongsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type SmartPlaylistInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  rules: Scalars['SmartPlaylistRules']['input'];
};

export type SmartPlaylistPreview = {
  __typename?: 'SmartPlaylistPreview';
  songCount: Scalars['Int']['output'];
  songs: Array<Song>;
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
  /** When anyone last started a listen of the song; null if never (or while playback is unavailable). */
  lastPlayedAt?: Maybe<Scalars['DateTime']['output']>;
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
  /**
   * How many times the signed-in user has played the song; 0 when signed out. Null only when the
   * playback service is unavailable.
   */
  myPlayCount?: Maybe<Scalars['Int']['output']>;
  /**
   * How many times anyone has played the song: PLAY events that started a listen (see
   * recordPlayback). Cached, and correct right after a new play. Null only when the playback
   * service is unavailable.
   */
  playCount?: Maybe<Scalars['Int']['output']>;
  releaseYear?: Maybe<Scalars['Int']['output']>;
  sampleRateHz?: Maybe<Scalars['Int']['output']>;
  /** SHA-256 of the stored file, in lowercase hex; the same file uploaded twice is stored once. */
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  /** Whether the signed-in user starred the song. Null only while the library is unavailable. */
  starred?: Maybe<Scalars['Boolean']['output']>;
  /** When the signed-in user starred the song; null when not starred or while the library is unavailable. */
  starredAt?: Maybe<Scalars['DateTime']['output']>;
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

export type SongPlays = {
  __typename?: 'SongPlays';
  plays: Scalars['Int']['output'];
  /** The song; null while the catalog is unavailable. */
  song?: Maybe<Song>;
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

/** An M3U entry that matched no song: its 1-based line number and its text (the path, or the #EXTINF title). */
export type UnmatchedPlaylistLine = {
  __typename?: 'UnmatchedPlaylistLine';
  line: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** Someone with an account; the users service knows the rest. */
export type User = {
  __typename?: 'User';
  /** The user's app passwords, newest first. Only the user themself (others: null with FORBIDDEN). */
  appPasswords?: Maybe<Array<AppPassword>>;
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  /** Only the user themself can see their email address; for anyone else it is null. */
  email?: Maybe<Scalars['String']['output']>;
  /**
   * What the user starred. Only the user themself: for anyone else null with FORBIDDEN. Null while
   * the library is unavailable.
   */
  favourites?: Maybe<Favourites>;
  /**
   * The user's playback events, latest first (first: 0 to 100). Only the user themself can read it:
   * for anyone else it is null with FORBIDDEN, signed out with UNAUTHENTICATED. Null while playback
   * is unavailable.
   */
  history?: Maybe<PlaybackEventConnection>;
  id: Scalars['ID']['output'];
  /** What the user listened to, over all their history. Only the user themself. Null while playback is unavailable. */
  listeningStats?: Maybe<ListeningStats>;
  /**
   * The user's playlists, most recently changed first (first: 1 to 100). The user themself sees all
   * of theirs; anyone else sees only the public ones. Null while the library is unavailable.
   */
  playlists?: Maybe<PlaylistConnection>;
  /**
   * Songs the user started listening to, each once, most recent first (first: 1 to 100); removed
   * songs are left out. Only the user themself. Null while playback or the catalog is unavailable.
   */
  recentlyPlayed?: Maybe<Array<Song>>;
  /** The user's own smart playlists, newest first; for anyone else FORBIDDEN. */
  smartPlaylists?: Maybe<Array<SmartPlaylist>>;
};


/** Someone with an account; the users service knows the rest. */
export type UserHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone with an account; the users service knows the rest. */
export type UserPlaylistsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone with an account; the users service knows the rest. */
export type UserRecentlyPlayedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SubsonicStarMutationVariables = Exact<{
  kind: FavouriteKind;
  id: Scalars['ID']['input'];
}>;


export type SubsonicStarMutation = { __typename?: 'Mutation', star: boolean };

export type SubsonicUnstarMutationVariables = Exact<{
  kind: FavouriteKind;
  id: Scalars['ID']['input'];
}>;


export type SubsonicUnstarMutation = { __typename?: 'Mutation', unstar: boolean };

export type SubsonicScrobbleMutationVariables = Exact<{
  songId: Scalars['ID']['input'];
  playedAt?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type SubsonicScrobbleMutation = { __typename?: 'Mutation', scrobble: { __typename?: 'PlaybackEvent', id: string } };

export type SubsonicReportNowPlayingMutationVariables = Exact<{
  songId: Scalars['ID']['input'];
  playerName?: InputMaybe<Scalars['String']['input']>;
}>;


export type SubsonicReportNowPlayingMutation = { __typename?: 'Mutation', reportNowPlaying: boolean };

export type SubsonicSignInMutationVariables = Exact<{
  input: AppPasswordSignInInput;
}>;


export type SubsonicSignInMutation = { __typename?: 'Mutation', signInWithAppPassword: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string, email?: string | null, displayName: string } } };

export type SubsonicArtistsQueryVariables = Exact<{
  query?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type SubsonicArtistsQuery = { __typename?: 'Query', artists: { __typename?: 'ArtistConnection', totalCount: number, edges: Array<{ __typename?: 'ArtistEdge', node: { __typename?: 'Artist', id: string, name: string, albumCount: number, starred?: boolean | null, starredAt?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type SubsonicArtistQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubsonicArtistQuery = { __typename?: 'Query', artist?: { __typename?: 'Artist', id: string, name: string, albumCount: number, starred?: boolean | null, starredAt?: string | null, albums: Array<{ __typename?: 'Album', id: string, title: string, year?: number | null, genre?: string | null, coverUrl?: string | null, durationSeconds: number, songCount: number, playCount: number, createdAt: string, starred?: boolean | null, starredAt?: string | null, artist: { __typename?: 'Artist', id: string, name: string } }> } | null };

export type SubsonicAlbumQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubsonicAlbumQuery = { __typename?: 'Query', album?: { __typename?: 'Album', id: string, title: string, year?: number | null, genre?: string | null, coverUrl?: string | null, durationSeconds: number, songCount: number, playCount: number, createdAt: string, starred?: boolean | null, starredAt?: string | null, songs: Array<{ __typename?: 'Song', id: string, title: string, artist: string, album?: string | null, albumArtist: string, genre?: string | null, releaseYear?: number | null, trackNumber?: number | null, discNumber?: number | null, titleSort?: string | null, durationSeconds: number, bitrateKbps?: number | null, sampleRateHz?: number | null, channels?: number | null, mimeType: string, fileExtension: string, bitDepth?: number | null, sizeBytes: number, coverUrl?: string | null, createdAt: string, albumId?: string | null, artistId: string, albumArtistId: string, starred?: boolean | null, starredAt?: string | null, playCount?: number | null, loudness?: { __typename?: 'Loudness', trackGainDb: number, trackPeak: number, albumGainDb?: number | null, albumPeak?: number | null } | null }>, artist: { __typename?: 'Artist', id: string, name: string } } | null };

export type SubsonicSongQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubsonicSongQuery = { __typename?: 'Query', song?: { __typename?: 'Song', id: string, title: string, artist: string, album?: string | null, albumArtist: string, genre?: string | null, releaseYear?: number | null, trackNumber?: number | null, discNumber?: number | null, titleSort?: string | null, durationSeconds: number, bitrateKbps?: number | null, sampleRateHz?: number | null, channels?: number | null, mimeType: string, fileExtension: string, bitDepth?: number | null, sizeBytes: number, coverUrl?: string | null, createdAt: string, albumId?: string | null, artistId: string, albumArtistId: string, starred?: boolean | null, starredAt?: string | null, playCount?: number | null, loudness?: { __typename?: 'Loudness', trackGainDb: number, trackPeak: number, albumGainDb?: number | null, albumPeak?: number | null } | null } | null };

export type SubsonicGenresQueryVariables = Exact<{ [key: string]: never; }>;


export type SubsonicGenresQuery = { __typename?: 'Query', genreSummaries: Array<{ __typename?: 'GenreSummary', name: string, songCount: number, albumCount: number }> };

export type SubsonicSongExistsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubsonicSongExistsQuery = { __typename?: 'Query', song?: { __typename?: 'Song', id: string } | null };

export type SubsonicAlbumExistsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubsonicAlbumExistsQuery = { __typename?: 'Query', album?: { __typename?: 'Album', id: string } | null };

export type SubsonicArtistExistsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubsonicArtistExistsQuery = { __typename?: 'Query', artist?: { __typename?: 'Artist', id: string } | null };

export type SubsonicSongFragment = { __typename?: 'Song', id: string, title: string, artist: string, album?: string | null, albumArtist: string, genre?: string | null, releaseYear?: number | null, trackNumber?: number | null, discNumber?: number | null, titleSort?: string | null, durationSeconds: number, bitrateKbps?: number | null, sampleRateHz?: number | null, channels?: number | null, mimeType: string, fileExtension: string, bitDepth?: number | null, sizeBytes: number, coverUrl?: string | null, createdAt: string, albumId?: string | null, artistId: string, albumArtistId: string, starred?: boolean | null, starredAt?: string | null, playCount?: number | null, loudness?: { __typename?: 'Loudness', trackGainDb: number, trackPeak: number, albumGainDb?: number | null, albumPeak?: number | null } | null };

export type SubsonicAlbumFragment = { __typename?: 'Album', id: string, title: string, year?: number | null, genre?: string | null, coverUrl?: string | null, durationSeconds: number, songCount: number, playCount: number, createdAt: string, starred?: boolean | null, starredAt?: string | null, artist: { __typename?: 'Artist', id: string, name: string } };

export type SubsonicArtistFragment = { __typename?: 'Artist', id: string, name: string, albumCount: number, starred?: boolean | null, starredAt?: string | null };

export type SubsonicPageInfoFragment = { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null };

export type SubsonicAlbumsQueryVariables = Exact<{
  query?: InputMaybe<Scalars['String']['input']>;
  genre?: InputMaybe<Scalars['String']['input']>;
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  toYear?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<AlbumSort>;
  first: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type SubsonicAlbumsQuery = { __typename?: 'Query', albums: { __typename?: 'AlbumConnection', totalCount: number, edges: Array<{ __typename?: 'AlbumEdge', node: { __typename?: 'Album', id: string, title: string, year?: number | null, genre?: string | null, coverUrl?: string | null, durationSeconds: number, songCount: number, playCount: number, createdAt: string, starred?: boolean | null, starredAt?: string | null, artist: { __typename?: 'Artist', id: string, name: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type SubsonicSongsQueryVariables = Exact<{
  query?: InputMaybe<Scalars['String']['input']>;
  genre?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type SubsonicSongsQuery = { __typename?: 'Query', songs: { __typename?: 'SongConnection', totalCount: number, edges: Array<{ __typename?: 'SongEdge', node: { __typename?: 'Song', id: string, title: string, artist: string, album?: string | null, albumArtist: string, genre?: string | null, releaseYear?: number | null, trackNumber?: number | null, discNumber?: number | null, titleSort?: string | null, durationSeconds: number, bitrateKbps?: number | null, sampleRateHz?: number | null, channels?: number | null, mimeType: string, fileExtension: string, bitDepth?: number | null, sizeBytes: number, coverUrl?: string | null, createdAt: string, albumId?: string | null, artistId: string, albumArtistId: string, starred?: boolean | null, starredAt?: string | null, playCount?: number | null, loudness?: { __typename?: 'Loudness', trackGainDb: number, trackPeak: number, albumGainDb?: number | null, albumPeak?: number | null } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type SubsonicRecentlyPlayedQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type SubsonicRecentlyPlayedQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, recentlyPlayed?: Array<{ __typename?: 'Song', albumId?: string | null }> | null } | null };

export type SubsonicStarredSongsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SubsonicStarredSongsQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, favourites?: { __typename?: 'Favourites', songs: { __typename?: 'FavouriteSongConnection', edges: Array<{ __typename?: 'FavouriteSongEdge', starredAt: string, node: { __typename?: 'Song', id: string, title: string, artist: string, album?: string | null, albumArtist: string, genre?: string | null, releaseYear?: number | null, trackNumber?: number | null, discNumber?: number | null, titleSort?: string | null, durationSeconds: number, bitrateKbps?: number | null, sampleRateHz?: number | null, channels?: number | null, mimeType: string, fileExtension: string, bitDepth?: number | null, sizeBytes: number, coverUrl?: string | null, createdAt: string, albumId?: string | null, artistId: string, albumArtistId: string, starred?: boolean | null, starredAt?: string | null, playCount?: number | null, loudness?: { __typename?: 'Loudness', trackGainDb: number, trackPeak: number, albumGainDb?: number | null, albumPeak?: number | null } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null } | null };

export type SubsonicStarredAlbumsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SubsonicStarredAlbumsQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, favourites?: { __typename?: 'Favourites', albums: { __typename?: 'FavouriteAlbumConnection', edges: Array<{ __typename?: 'FavouriteAlbumEdge', starredAt: string, node: { __typename?: 'Album', id: string, title: string, year?: number | null, genre?: string | null, coverUrl?: string | null, durationSeconds: number, songCount: number, playCount: number, createdAt: string, starred?: boolean | null, starredAt?: string | null, artist: { __typename?: 'Artist', id: string, name: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null } | null };

export type SubsonicStarredArtistsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SubsonicStarredArtistsQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, favourites?: { __typename?: 'Favourites', artists: { __typename?: 'FavouriteArtistConnection', edges: Array<{ __typename?: 'FavouriteArtistEdge', starredAt: string, node: { __typename?: 'Artist', id: string, name: string, albumCount: number, starred?: boolean | null, starredAt?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null } | null };

export type SubsonicRandomSongsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  genre?: InputMaybe<Scalars['String']['input']>;
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  toYear?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SubsonicRandomSongsQuery = { __typename?: 'Query', randomSongs: Array<{ __typename?: 'Song', id: string, title: string, artist: string, album?: string | null, albumArtist: string, genre?: string | null, releaseYear?: number | null, trackNumber?: number | null, discNumber?: number | null, titleSort?: string | null, durationSeconds: number, bitrateKbps?: number | null, sampleRateHz?: number | null, channels?: number | null, mimeType: string, fileExtension: string, bitDepth?: number | null, sizeBytes: number, coverUrl?: string | null, createdAt: string, albumId?: string | null, artistId: string, albumArtistId: string, starred?: boolean | null, starredAt?: string | null, playCount?: number | null, loudness?: { __typename?: 'Loudness', trackGainDb: number, trackPeak: number, albumGainDb?: number | null, albumPeak?: number | null } | null }> };

export type SubsonicNowPlayingQueryVariables = Exact<{ [key: string]: never; }>;


export type SubsonicNowPlayingQuery = { __typename?: 'Query', nowPlaying: Array<{ __typename?: 'NowPlaying', playerName?: string | null, startedAt: string, user?: { __typename?: 'User', id: string, displayName: string } | null, song?: { __typename?: 'Song', id: string, title: string, artist: string, album?: string | null, albumArtist: string, genre?: string | null, releaseYear?: number | null, trackNumber?: number | null, discNumber?: number | null, titleSort?: string | null, durationSeconds: number, bitrateKbps?: number | null, sampleRateHz?: number | null, channels?: number | null, mimeType: string, fileExtension: string, bitDepth?: number | null, sizeBytes: number, coverUrl?: string | null, createdAt: string, albumId?: string | null, artistId: string, albumArtistId: string, starred?: boolean | null, starredAt?: string | null, playCount?: number | null, loudness?: { __typename?: 'Loudness', trackGainDb: number, trackPeak: number, albumGainDb?: number | null, albumPeak?: number | null } | null } | null }> };

export type SubsonicSongLyricsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubsonicSongLyricsQuery = { __typename?: 'Query', song?: { __typename?: 'Song', id: string, title: string, artist: string, lyrics?: { __typename?: 'Lyrics', synced: boolean, plain: string, lines: Array<{ __typename?: 'LyricLine', timeMs: number, text: string }> } | null } | null };

export type SubsonicLyricsSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
}>;


export type SubsonicLyricsSearchQuery = { __typename?: 'Query', songs: { __typename?: 'SongConnection', edges: Array<{ __typename?: 'SongEdge', node: { __typename?: 'Song', id: string, title: string, artist: string, lyrics?: { __typename?: 'Lyrics', plain: string } | null } }> } };

export type SubsonicStreamUrlQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  format: StreamFormat;
  maxBitRate?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SubsonicStreamUrlQuery = { __typename?: 'Query', song?: { __typename?: 'Song', id: string, streamUrl: string } | null };

export type SubsonicSongCoverQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  size?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SubsonicSongCoverQuery = { __typename?: 'Query', song?: { __typename?: 'Song', id: string, coverUrl?: string | null } | null };

export type SubsonicAlbumCoverQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  size?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SubsonicAlbumCoverQuery = { __typename?: 'Query', album?: { __typename?: 'Album', id: string, coverUrl?: string | null } | null };

export type SubsonicPlaylistCoverQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubsonicPlaylistCoverQuery = { __typename?: 'Query', playlist?: { __typename?: 'Playlist', id: string, coverUrl?: string | null } | null };

export type SubsonicPlaylistFragment = { __typename?: 'Playlist', id: string, name: string, description?: string | null, public: boolean, songCount: number, durationSeconds: number, version: number, createdAt: string, updatedAt: string, coverUrl?: string | null, owner?: { __typename?: 'User', id: string, email?: string | null, displayName: string } | null };

export type SubsonicPlaylistsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SubsonicPlaylistsQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, playlists?: { __typename?: 'PlaylistConnection', edges: Array<{ __typename?: 'PlaylistEdge', node: { __typename?: 'Playlist', id: string, name: string, description?: string | null, public: boolean, songCount: number, durationSeconds: number, version: number, createdAt: string, updatedAt: string, coverUrl?: string | null, owner?: { __typename?: 'User', id: string, email?: string | null, displayName: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null } | null };

export type SubsonicPlaylistWithEntriesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SubsonicPlaylistWithEntriesQuery = { __typename?: 'Query', playlist?: { __typename?: 'Playlist', id: string, name: string, description?: string | null, public: boolean, songCount: number, durationSeconds: number, version: number, createdAt: string, updatedAt: string, coverUrl?: string | null, entries: { __typename?: 'PlaylistEntryConnection', edges: Array<{ __typename?: 'PlaylistEntryEdge', node: { __typename?: 'PlaylistEntry', id: string, position: number, song?: { __typename?: 'Song', id: string, title: string, artist: string, album?: string | null, albumArtist: string, genre?: string | null, releaseYear?: number | null, trackNumber?: number | null, discNumber?: number | null, titleSort?: string | null, durationSeconds: number, bitrateKbps?: number | null, sampleRateHz?: number | null, channels?: number | null, mimeType: string, fileExtension: string, bitDepth?: number | null, sizeBytes: number, coverUrl?: string | null, createdAt: string, albumId?: string | null, artistId: string, albumArtistId: string, starred?: boolean | null, starredAt?: string | null, playCount?: number | null, loudness?: { __typename?: 'Loudness', trackGainDb: number, trackPeak: number, albumGainDb?: number | null, albumPeak?: number | null } | null } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, owner?: { __typename?: 'User', id: string, email?: string | null, displayName: string } | null } | null };

export type SubsonicCreatePlaylistMutationVariables = Exact<{
  input: PlaylistInput;
}>;


export type SubsonicCreatePlaylistMutation = { __typename?: 'Mutation', createPlaylist: { __typename?: 'Playlist', id: string, version: number } };

export type SubsonicUpdatePlaylistMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: PlaylistInput;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SubsonicUpdatePlaylistMutation = { __typename?: 'Mutation', updatePlaylist: { __typename?: 'Playlist', id: string, version: number } };

export type SubsonicAddToPlaylistMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  songIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SubsonicAddToPlaylistMutation = { __typename?: 'Mutation', addToPlaylist: { __typename?: 'Playlist', id: string, version: number } };

export type SubsonicRemoveFromPlaylistMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  entryIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SubsonicRemoveFromPlaylistMutation = { __typename?: 'Mutation', removeFromPlaylist: { __typename?: 'Playlist', id: string, version: number } };

export type SubsonicDeletePlaylistMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubsonicDeletePlaylistMutation = { __typename?: 'Mutation', deletePlaylist: boolean };

export type SubsonicSmartPlaylistFragment = { __typename?: 'SmartPlaylist', id: string, name: string, description?: string | null, songCount: number, durationSeconds: number, createdAt: string, updatedAt: string, owner?: { __typename?: 'User', id: string, email?: string | null, displayName: string } | null };

export type SubsonicSmartPlaylistsQueryVariables = Exact<{ [key: string]: never; }>;


export type SubsonicSmartPlaylistsQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, smartPlaylists?: Array<{ __typename?: 'SmartPlaylist', id: string, name: string, description?: string | null, songCount: number, durationSeconds: number, createdAt: string, updatedAt: string, owner?: { __typename?: 'User', id: string, email?: string | null, displayName: string } | null }> | null } | null };

export type SubsonicSmartPlaylistSongsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type SubsonicSmartPlaylistSongsQuery = { __typename?: 'Query', smartPlaylist?: { __typename?: 'SmartPlaylist', id: string, name: string, description?: string | null, songCount: number, durationSeconds: number, createdAt: string, updatedAt: string, songs: Array<{ __typename?: 'Song', id: string, title: string, artist: string, album?: string | null, albumArtist: string, genre?: string | null, releaseYear?: number | null, trackNumber?: number | null, discNumber?: number | null, titleSort?: string | null, durationSeconds: number, bitrateKbps?: number | null, sampleRateHz?: number | null, channels?: number | null, mimeType: string, fileExtension: string, bitDepth?: number | null, sizeBytes: number, coverUrl?: string | null, createdAt: string, albumId?: string | null, artistId: string, albumArtistId: string, starred?: boolean | null, starredAt?: string | null, playCount?: number | null, loudness?: { __typename?: 'Loudness', trackGainDb: number, trackPeak: number, albumGainDb?: number | null, albumPeak?: number | null } | null }>, owner?: { __typename?: 'User', id: string, email?: string | null, displayName: string } | null } | null };

export type SubsonicMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SubsonicMeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, email?: string | null, displayName: string } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SubsonicSongFragmentDoc = new TypedDocumentString(`
    fragment SubsonicSong on Song {
  id
  title
  artist
  album
  albumArtist
  genre
  releaseYear
  trackNumber
  discNumber
  titleSort
  durationSeconds
  bitrateKbps
  sampleRateHz
  channels
  mimeType
  fileExtension
  bitDepth
  sizeBytes
  coverUrl
  createdAt
  albumId
  artistId
  albumArtistId
  starred
  starredAt
  playCount
  loudness {
    trackGainDb
    trackPeak
    albumGainDb
    albumPeak
  }
}
    `, {"fragmentName":"SubsonicSong"}) as unknown as TypedDocumentString<SubsonicSongFragment, unknown>;
export const SubsonicAlbumFragmentDoc = new TypedDocumentString(`
    fragment SubsonicAlbum on Album {
  id
  title
  artist {
    id
    name
  }
  year
  genre
  coverUrl
  durationSeconds
  songCount
  playCount
  createdAt
  starred
  starredAt
}
    `, {"fragmentName":"SubsonicAlbum"}) as unknown as TypedDocumentString<SubsonicAlbumFragment, unknown>;
export const SubsonicArtistFragmentDoc = new TypedDocumentString(`
    fragment SubsonicArtist on Artist {
  id
  name
  albumCount
  starred
  starredAt
}
    `, {"fragmentName":"SubsonicArtist"}) as unknown as TypedDocumentString<SubsonicArtistFragment, unknown>;
export const SubsonicPageInfoFragmentDoc = new TypedDocumentString(`
    fragment SubsonicPageInfo on PageInfo {
  hasNextPage
  endCursor
}
    `, {"fragmentName":"SubsonicPageInfo"}) as unknown as TypedDocumentString<SubsonicPageInfoFragment, unknown>;
export const SubsonicPlaylistFragmentDoc = new TypedDocumentString(`
    fragment SubsonicPlaylist on Playlist {
  id
  name
  description
  public
  songCount
  durationSeconds
  version
  createdAt
  updatedAt
  coverUrl
  owner {
    id
    email
    displayName
  }
}
    `, {"fragmentName":"SubsonicPlaylist"}) as unknown as TypedDocumentString<SubsonicPlaylistFragment, unknown>;
export const SubsonicSmartPlaylistFragmentDoc = new TypedDocumentString(`
    fragment SubsonicSmartPlaylist on SmartPlaylist {
  id
  name
  description
  songCount
  durationSeconds
  createdAt
  updatedAt
  owner {
    id
    email
    displayName
  }
}
    `, {"fragmentName":"SubsonicSmartPlaylist"}) as unknown as TypedDocumentString<SubsonicSmartPlaylistFragment, unknown>;
export const SubsonicStarDocument = new TypedDocumentString(`
    mutation SubsonicStar($kind: FavouriteKind!, $id: ID!) {
  star(kind: $kind, id: $id)
}
    `) as unknown as TypedDocumentString<SubsonicStarMutation, SubsonicStarMutationVariables>;
export const SubsonicUnstarDocument = new TypedDocumentString(`
    mutation SubsonicUnstar($kind: FavouriteKind!, $id: ID!) {
  unstar(kind: $kind, id: $id)
}
    `) as unknown as TypedDocumentString<SubsonicUnstarMutation, SubsonicUnstarMutationVariables>;
export const SubsonicScrobbleDocument = new TypedDocumentString(`
    mutation SubsonicScrobble($songId: ID!, $playedAt: DateTime) {
  scrobble(songId: $songId, playedAt: $playedAt) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubsonicScrobbleMutation, SubsonicScrobbleMutationVariables>;
export const SubsonicReportNowPlayingDocument = new TypedDocumentString(`
    mutation SubsonicReportNowPlaying($songId: ID!, $playerName: String) {
  reportNowPlaying(songId: $songId, playerName: $playerName)
}
    `) as unknown as TypedDocumentString<SubsonicReportNowPlayingMutation, SubsonicReportNowPlayingMutationVariables>;
export const SubsonicSignInDocument = new TypedDocumentString(`
    mutation SubsonicSignIn($input: AppPasswordSignInInput!) {
  signInWithAppPassword(input: $input) {
    token
    user {
      id
      email
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<SubsonicSignInMutation, SubsonicSignInMutationVariables>;
export const SubsonicArtistsDocument = new TypedDocumentString(`
    query SubsonicArtists($query: String, $first: Int!, $offset: Int!) {
  artists(query: $query, first: $first, offset: $offset) {
    edges {
      node {
        ...SubsonicArtist
      }
    }
    pageInfo {
      ...SubsonicPageInfo
    }
    totalCount
  }
}
    fragment SubsonicArtist on Artist {
  id
  name
  albumCount
  starred
  starredAt
}
fragment SubsonicPageInfo on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<SubsonicArtistsQuery, SubsonicArtistsQueryVariables>;
export const SubsonicArtistDocument = new TypedDocumentString(`
    query SubsonicArtist($id: ID!) {
  artist(id: $id) {
    ...SubsonicArtist
    albums {
      ...SubsonicAlbum
    }
  }
}
    fragment SubsonicAlbum on Album {
  id
  title
  artist {
    id
    name
  }
  year
  genre
  coverUrl
  durationSeconds
  songCount
  playCount
  createdAt
  starred
  starredAt
}
fragment SubsonicArtist on Artist {
  id
  name
  albumCount
  starred
  starredAt
}`) as unknown as TypedDocumentString<SubsonicArtistQuery, SubsonicArtistQueryVariables>;
export const SubsonicAlbumDocument = new TypedDocumentString(`
    query SubsonicAlbum($id: ID!) {
  album(id: $id) {
    ...SubsonicAlbum
    songs {
      ...SubsonicSong
    }
  }
}
    fragment SubsonicSong on Song {
  id
  title
  artist
  album
  albumArtist
  genre
  releaseYear
  trackNumber
  discNumber
  titleSort
  durationSeconds
  bitrateKbps
  sampleRateHz
  channels
  mimeType
  fileExtension
  bitDepth
  sizeBytes
  coverUrl
  createdAt
  albumId
  artistId
  albumArtistId
  starred
  starredAt
  playCount
  loudness {
    trackGainDb
    trackPeak
    albumGainDb
    albumPeak
  }
}
fragment SubsonicAlbum on Album {
  id
  title
  artist {
    id
    name
  }
  year
  genre
  coverUrl
  durationSeconds
  songCount
  playCount
  createdAt
  starred
  starredAt
}`) as unknown as TypedDocumentString<SubsonicAlbumQuery, SubsonicAlbumQueryVariables>;
export const SubsonicSongDocument = new TypedDocumentString(`
    query SubsonicSong($id: ID!) {
  song(id: $id) {
    ...SubsonicSong
  }
}
    fragment SubsonicSong on Song {
  id
  title
  artist
  album
  albumArtist
  genre
  releaseYear
  trackNumber
  discNumber
  titleSort
  durationSeconds
  bitrateKbps
  sampleRateHz
  channels
  mimeType
  fileExtension
  bitDepth
  sizeBytes
  coverUrl
  createdAt
  albumId
  artistId
  albumArtistId
  starred
  starredAt
  playCount
  loudness {
    trackGainDb
    trackPeak
    albumGainDb
    albumPeak
  }
}`) as unknown as TypedDocumentString<SubsonicSongQuery, SubsonicSongQueryVariables>;
export const SubsonicGenresDocument = new TypedDocumentString(`
    query SubsonicGenres {
  genreSummaries {
    name
    songCount
    albumCount
  }
}
    `) as unknown as TypedDocumentString<SubsonicGenresQuery, SubsonicGenresQueryVariables>;
export const SubsonicSongExistsDocument = new TypedDocumentString(`
    query SubsonicSongExists($id: ID!) {
  song(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubsonicSongExistsQuery, SubsonicSongExistsQueryVariables>;
export const SubsonicAlbumExistsDocument = new TypedDocumentString(`
    query SubsonicAlbumExists($id: ID!) {
  album(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubsonicAlbumExistsQuery, SubsonicAlbumExistsQueryVariables>;
export const SubsonicArtistExistsDocument = new TypedDocumentString(`
    query SubsonicArtistExists($id: ID!) {
  artist(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubsonicArtistExistsQuery, SubsonicArtistExistsQueryVariables>;
export const SubsonicAlbumsDocument = new TypedDocumentString(`
    query SubsonicAlbums($query: String, $genre: String, $fromYear: Int, $toYear: Int, $sort: AlbumSort, $first: Int!, $offset: Int!) {
  albums(
    query: $query
    genre: $genre
    fromYear: $fromYear
    toYear: $toYear
    sort: $sort
    first: $first
    offset: $offset
  ) {
    edges {
      node {
        ...SubsonicAlbum
      }
    }
    pageInfo {
      ...SubsonicPageInfo
    }
    totalCount
  }
}
    fragment SubsonicAlbum on Album {
  id
  title
  artist {
    id
    name
  }
  year
  genre
  coverUrl
  durationSeconds
  songCount
  playCount
  createdAt
  starred
  starredAt
}
fragment SubsonicPageInfo on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<SubsonicAlbumsQuery, SubsonicAlbumsQueryVariables>;
export const SubsonicSongsDocument = new TypedDocumentString(`
    query SubsonicSongs($query: String, $genre: String, $first: Int!, $offset: Int!) {
  songs(query: $query, genre: $genre, first: $first, offset: $offset) {
    edges {
      node {
        ...SubsonicSong
      }
    }
    pageInfo {
      ...SubsonicPageInfo
    }
    totalCount
  }
}
    fragment SubsonicSong on Song {
  id
  title
  artist
  album
  albumArtist
  genre
  releaseYear
  trackNumber
  discNumber
  titleSort
  durationSeconds
  bitrateKbps
  sampleRateHz
  channels
  mimeType
  fileExtension
  bitDepth
  sizeBytes
  coverUrl
  createdAt
  albumId
  artistId
  albumArtistId
  starred
  starredAt
  playCount
  loudness {
    trackGainDb
    trackPeak
    albumGainDb
    albumPeak
  }
}
fragment SubsonicPageInfo on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<SubsonicSongsQuery, SubsonicSongsQueryVariables>;
export const SubsonicRecentlyPlayedDocument = new TypedDocumentString(`
    query SubsonicRecentlyPlayed($first: Int!) {
  me {
    id
    recentlyPlayed(first: $first) {
      albumId
    }
  }
}
    `) as unknown as TypedDocumentString<SubsonicRecentlyPlayedQuery, SubsonicRecentlyPlayedQueryVariables>;
export const SubsonicStarredSongsDocument = new TypedDocumentString(`
    query SubsonicStarredSongs($first: Int!, $after: String) {
  me {
    id
    favourites {
      songs(first: $first, after: $after) {
        edges {
          starredAt
          node {
            ...SubsonicSong
          }
        }
        pageInfo {
          ...SubsonicPageInfo
        }
      }
    }
  }
}
    fragment SubsonicSong on Song {
  id
  title
  artist
  album
  albumArtist
  genre
  releaseYear
  trackNumber
  discNumber
  titleSort
  durationSeconds
  bitrateKbps
  sampleRateHz
  channels
  mimeType
  fileExtension
  bitDepth
  sizeBytes
  coverUrl
  createdAt
  albumId
  artistId
  albumArtistId
  starred
  starredAt
  playCount
  loudness {
    trackGainDb
    trackPeak
    albumGainDb
    albumPeak
  }
}
fragment SubsonicPageInfo on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<SubsonicStarredSongsQuery, SubsonicStarredSongsQueryVariables>;
export const SubsonicStarredAlbumsDocument = new TypedDocumentString(`
    query SubsonicStarredAlbums($first: Int!, $after: String) {
  me {
    id
    favourites {
      albums(first: $first, after: $after) {
        edges {
          starredAt
          node {
            ...SubsonicAlbum
          }
        }
        pageInfo {
          ...SubsonicPageInfo
        }
      }
    }
  }
}
    fragment SubsonicAlbum on Album {
  id
  title
  artist {
    id
    name
  }
  year
  genre
  coverUrl
  durationSeconds
  songCount
  playCount
  createdAt
  starred
  starredAt
}
fragment SubsonicPageInfo on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<SubsonicStarredAlbumsQuery, SubsonicStarredAlbumsQueryVariables>;
export const SubsonicStarredArtistsDocument = new TypedDocumentString(`
    query SubsonicStarredArtists($first: Int!, $after: String) {
  me {
    id
    favourites {
      artists(first: $first, after: $after) {
        edges {
          starredAt
          node {
            ...SubsonicArtist
          }
        }
        pageInfo {
          ...SubsonicPageInfo
        }
      }
    }
  }
}
    fragment SubsonicArtist on Artist {
  id
  name
  albumCount
  starred
  starredAt
}
fragment SubsonicPageInfo on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<SubsonicStarredArtistsQuery, SubsonicStarredArtistsQueryVariables>;
export const SubsonicRandomSongsDocument = new TypedDocumentString(`
    query SubsonicRandomSongs($first: Int!, $genre: String, $fromYear: Int, $toYear: Int) {
  randomSongs(first: $first, genre: $genre, fromYear: $fromYear, toYear: $toYear) {
    ...SubsonicSong
  }
}
    fragment SubsonicSong on Song {
  id
  title
  artist
  album
  albumArtist
  genre
  releaseYear
  trackNumber
  discNumber
  titleSort
  durationSeconds
  bitrateKbps
  sampleRateHz
  channels
  mimeType
  fileExtension
  bitDepth
  sizeBytes
  coverUrl
  createdAt
  albumId
  artistId
  albumArtistId
  starred
  starredAt
  playCount
  loudness {
    trackGainDb
    trackPeak
    albumGainDb
    albumPeak
  }
}`) as unknown as TypedDocumentString<SubsonicRandomSongsQuery, SubsonicRandomSongsQueryVariables>;
export const SubsonicNowPlayingDocument = new TypedDocumentString(`
    query SubsonicNowPlaying {
  nowPlaying {
    user {
      id
      displayName
    }
    song {
      ...SubsonicSong
    }
    playerName
    startedAt
  }
}
    fragment SubsonicSong on Song {
  id
  title
  artist
  album
  albumArtist
  genre
  releaseYear
  trackNumber
  discNumber
  titleSort
  durationSeconds
  bitrateKbps
  sampleRateHz
  channels
  mimeType
  fileExtension
  bitDepth
  sizeBytes
  coverUrl
  createdAt
  albumId
  artistId
  albumArtistId
  starred
  starredAt
  playCount
  loudness {
    trackGainDb
    trackPeak
    albumGainDb
    albumPeak
  }
}`) as unknown as TypedDocumentString<SubsonicNowPlayingQuery, SubsonicNowPlayingQueryVariables>;
export const SubsonicSongLyricsDocument = new TypedDocumentString(`
    query SubsonicSongLyrics($id: ID!) {
  song(id: $id) {
    id
    title
    artist
    lyrics {
      synced
      lines {
        timeMs
        text
      }
      plain
    }
  }
}
    `) as unknown as TypedDocumentString<SubsonicSongLyricsQuery, SubsonicSongLyricsQueryVariables>;
export const SubsonicLyricsSearchDocument = new TypedDocumentString(`
    query SubsonicLyricsSearch($query: String!) {
  songs(query: $query, first: 20) {
    edges {
      node {
        id
        title
        artist
        lyrics {
          plain
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubsonicLyricsSearchQuery, SubsonicLyricsSearchQueryVariables>;
export const SubsonicStreamUrlDocument = new TypedDocumentString(`
    query SubsonicStreamUrl($id: ID!, $format: StreamFormat!, $maxBitRate: Int) {
  song(id: $id) {
    id
    streamUrl(format: $format, maxBitRate: $maxBitRate)
  }
}
    `) as unknown as TypedDocumentString<SubsonicStreamUrlQuery, SubsonicStreamUrlQueryVariables>;
export const SubsonicSongCoverDocument = new TypedDocumentString(`
    query SubsonicSongCover($id: ID!, $size: Int) {
  song(id: $id) {
    id
    coverUrl(size: $size)
  }
}
    `) as unknown as TypedDocumentString<SubsonicSongCoverQuery, SubsonicSongCoverQueryVariables>;
export const SubsonicAlbumCoverDocument = new TypedDocumentString(`
    query SubsonicAlbumCover($id: ID!, $size: Int) {
  album(id: $id) {
    id
    coverUrl(size: $size)
  }
}
    `) as unknown as TypedDocumentString<SubsonicAlbumCoverQuery, SubsonicAlbumCoverQueryVariables>;
export const SubsonicPlaylistCoverDocument = new TypedDocumentString(`
    query SubsonicPlaylistCover($id: ID!) {
  playlist(id: $id) {
    id
    coverUrl
  }
}
    `) as unknown as TypedDocumentString<SubsonicPlaylistCoverQuery, SubsonicPlaylistCoverQueryVariables>;
export const SubsonicPlaylistsDocument = new TypedDocumentString(`
    query SubsonicPlaylists($first: Int!, $after: String) {
  me {
    id
    playlists(first: $first, after: $after) {
      edges {
        node {
          ...SubsonicPlaylist
        }
      }
      pageInfo {
        ...SubsonicPageInfo
      }
    }
  }
}
    fragment SubsonicPageInfo on PageInfo {
  hasNextPage
  endCursor
}
fragment SubsonicPlaylist on Playlist {
  id
  name
  description
  public
  songCount
  durationSeconds
  version
  createdAt
  updatedAt
  coverUrl
  owner {
    id
    email
    displayName
  }
}`) as unknown as TypedDocumentString<SubsonicPlaylistsQuery, SubsonicPlaylistsQueryVariables>;
export const SubsonicPlaylistWithEntriesDocument = new TypedDocumentString(`
    query SubsonicPlaylistWithEntries($id: ID!, $first: Int!, $after: String) {
  playlist(id: $id) {
    ...SubsonicPlaylist
    entries(first: $first, after: $after) {
      edges {
        node {
          id
          position
          song {
            ...SubsonicSong
          }
        }
      }
      pageInfo {
        ...SubsonicPageInfo
      }
    }
  }
}
    fragment SubsonicSong on Song {
  id
  title
  artist
  album
  albumArtist
  genre
  releaseYear
  trackNumber
  discNumber
  titleSort
  durationSeconds
  bitrateKbps
  sampleRateHz
  channels
  mimeType
  fileExtension
  bitDepth
  sizeBytes
  coverUrl
  createdAt
  albumId
  artistId
  albumArtistId
  starred
  starredAt
  playCount
  loudness {
    trackGainDb
    trackPeak
    albumGainDb
    albumPeak
  }
}
fragment SubsonicPageInfo on PageInfo {
  hasNextPage
  endCursor
}
fragment SubsonicPlaylist on Playlist {
  id
  name
  description
  public
  songCount
  durationSeconds
  version
  createdAt
  updatedAt
  coverUrl
  owner {
    id
    email
    displayName
  }
}`) as unknown as TypedDocumentString<SubsonicPlaylistWithEntriesQuery, SubsonicPlaylistWithEntriesQueryVariables>;
export const SubsonicCreatePlaylistDocument = new TypedDocumentString(`
    mutation SubsonicCreatePlaylist($input: PlaylistInput!) {
  createPlaylist(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SubsonicCreatePlaylistMutation, SubsonicCreatePlaylistMutationVariables>;
export const SubsonicUpdatePlaylistDocument = new TypedDocumentString(`
    mutation SubsonicUpdatePlaylist($id: ID!, $input: PlaylistInput!, $expectedVersion: Int) {
  updatePlaylist(id: $id, input: $input, expectedVersion: $expectedVersion) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SubsonicUpdatePlaylistMutation, SubsonicUpdatePlaylistMutationVariables>;
export const SubsonicAddToPlaylistDocument = new TypedDocumentString(`
    mutation SubsonicAddToPlaylist($id: ID!, $songIds: [ID!]!, $expectedVersion: Int) {
  addToPlaylist(id: $id, songIds: $songIds, expectedVersion: $expectedVersion) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SubsonicAddToPlaylistMutation, SubsonicAddToPlaylistMutationVariables>;
export const SubsonicRemoveFromPlaylistDocument = new TypedDocumentString(`
    mutation SubsonicRemoveFromPlaylist($id: ID!, $entryIds: [ID!]!, $expectedVersion: Int) {
  removeFromPlaylist(
    id: $id
    entryIds: $entryIds
    expectedVersion: $expectedVersion
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SubsonicRemoveFromPlaylistMutation, SubsonicRemoveFromPlaylistMutationVariables>;
export const SubsonicDeletePlaylistDocument = new TypedDocumentString(`
    mutation SubsonicDeletePlaylist($id: ID!) {
  deletePlaylist(id: $id)
}
    `) as unknown as TypedDocumentString<SubsonicDeletePlaylistMutation, SubsonicDeletePlaylistMutationVariables>;
export const SubsonicSmartPlaylistsDocument = new TypedDocumentString(`
    query SubsonicSmartPlaylists {
  me {
    id
    smartPlaylists {
      ...SubsonicSmartPlaylist
    }
  }
}
    fragment SubsonicSmartPlaylist on SmartPlaylist {
  id
  name
  description
  songCount
  durationSeconds
  createdAt
  updatedAt
  owner {
    id
    email
    displayName
  }
}`) as unknown as TypedDocumentString<SubsonicSmartPlaylistsQuery, SubsonicSmartPlaylistsQueryVariables>;
export const SubsonicSmartPlaylistSongsDocument = new TypedDocumentString(`
    query SubsonicSmartPlaylistSongs($id: ID!, $first: Int!, $offset: Int!) {
  smartPlaylist(id: $id) {
    ...SubsonicSmartPlaylist
    songs(first: $first, offset: $offset) {
      ...SubsonicSong
    }
  }
}
    fragment SubsonicSong on Song {
  id
  title
  artist
  album
  albumArtist
  genre
  releaseYear
  trackNumber
  discNumber
  titleSort
  durationSeconds
  bitrateKbps
  sampleRateHz
  channels
  mimeType
  fileExtension
  bitDepth
  sizeBytes
  coverUrl
  createdAt
  albumId
  artistId
  albumArtistId
  starred
  starredAt
  playCount
  loudness {
    trackGainDb
    trackPeak
    albumGainDb
    albumPeak
  }
}
fragment SubsonicSmartPlaylist on SmartPlaylist {
  id
  name
  description
  songCount
  durationSeconds
  createdAt
  updatedAt
  owner {
    id
    email
    displayName
  }
}`) as unknown as TypedDocumentString<SubsonicSmartPlaylistSongsQuery, SubsonicSmartPlaylistSongsQueryVariables>;
export const SubsonicMeDocument = new TypedDocumentString(`
    query SubsonicMe {
  me {
    id
    email
    displayName
  }
}
    `) as unknown as TypedDocumentString<SubsonicMeQuery, SubsonicMeQueryVariables>;