import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityParent, FavouritesParent, FavouritePage, PlaylistPage, PlaylistEntryPage, PlaylistImportResult, SmartPlaylistPreviewResult } from '../resolvers/parents.js';
import type { FavouriteRow } from '../providers/favourites.js';
import type { PlaylistRow } from '../providers/playlists.js';
import type { PlaylistEntryView } from '../providers/playlist-entries.js';
import type { SmartPlaylistRow } from '../providers/smart-playlists.js';
import type { LibraryContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
  /**
   * A rule tree, as JSON (see README "Smart playlists"): {"all":[...]} | {"any":[...]} | condition;
   * the playlist's sort and limit sit at the top: {"all":[...], "sort":{"field":"playCount","direction":"desc"}, "limit":100}
   */
  SmartPlaylistRules: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type Album = {
  __typename?: 'Album';
  id: Scalars['ID']['output'];
  /** Whether the signed-in user starred the album. Null only while the library is unavailable. */
  starred?: Maybe<Scalars['Boolean']['output']>;
  /** When the signed-in user starred the album; null when not starred or while the library is unavailable. */
  starredAt?: Maybe<Scalars['DateTime']['output']>;
};

export type Artist = {
  __typename?: 'Artist';
  id: Scalars['ID']['output'];
  /** Whether the signed-in user starred the artist. Null only while the library is unavailable. */
  starred?: Maybe<Scalars['Boolean']['output']>;
  /** When the signed-in user starred the artist; null when not starred or while the library is unavailable. */
  starredAt?: Maybe<Scalars['DateTime']['output']>;
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

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Inserts songs (1 to 500 ids, duplicates allowed) at position (0 to songCount; default: the end).
   * Unknown or removed songs: NOT_FOUND and nothing added; more than 10,000 entries: BAD_USER_INPUT.
   */
  addToPlaylist: Playlist;
  /** A new, empty playlist of the signed-in user's; private unless input.public. name is required. */
  createPlaylist: Playlist;
  /** A new smart playlist of the signed-in user's. Bad rules: BAD_USER_INPUT with field the rule's path (rules.all[1].value). */
  createSmartPlaylist: SmartPlaylist;
  deletePlaylist: Scalars['Boolean']['output'];
  deleteSmartPlaylist: Scalars['Boolean']['output'];
  /**
   * A new private playlist from an extended M3U (at most 1 MB and 10,000 entries): each entry is
   * matched by its #EXTINF "artist - title", else by its path's file name, ignoring case and accents.
   */
  importPlaylist: PlaylistImport;
  /** Moves an entry to toPosition (0 to songCount - 1), shifting those between. */
  movePlaylistEntry: Playlist;
  /** Removes entries (1 to 500 ids); the others close up. An entry not in the playlist: NOT_FOUND, nothing removed. */
  removeFromPlaylist: Playlist;
  /** Stars a song, album or artist for the signed-in user; idempotent. Unknown (or removed) id: NOT_FOUND. */
  star: Scalars['Boolean']['output'];
  /** Unstars it; idempotent. */
  unstar: Scalars['Boolean']['output'];
  /** Renames, describes or publishes a playlist. expectedVersion, when given, must be the current version (CONFLICT otherwise). */
  updatePlaylist: Playlist;
  /** Replaces a smart playlist's name, description and rules. expectedVersion, when given, must be the current version (CONFLICT otherwise). */
  updateSmartPlaylist: SmartPlaylist;
};


export type MutationAddToPlaylistArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  songIds: Array<Scalars['ID']['input']>;
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


export type MutationImportPlaylistArgs = {
  m3u: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type MutationMovePlaylistEntryArgs = {
  entryId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  toPosition: Scalars['Int']['input'];
};


export type MutationRemoveFromPlaylistArgs = {
  entryIds: Array<Scalars['ID']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
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

/** Pagination details of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * An ordered list of songs a user made. Private by default; a public one is readable (never
 * writable) by every signed-in user. Only its owner changes it (FORBIDDEN otherwise, nothing changed).
 */
export type Playlist = {
  __typename?: 'Playlist';
  /** The first few entries' song ids whose song is still in the library, for the catalog's coverUrl. */
  coverSongIds: Array<Scalars['ID']['output']>;
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


/**
 * An ordered list of songs a user made. Private by default; a public one is readable (never
 * writable) by every signed-in user. Only its owner changes it (FORBIDDEN otherwise, nothing changed).
 */
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
  /**
   * A readable playlist as extended M3U: #EXTM3U, then per entry whose song still exists
   * "#EXTINF:<seconds>,<artist> - <title>" and a line "<artist>/<album>/<title>.mp3".
   */
  exportPlaylist: Scalars['String']['output'];
  /** A playlist of the signed-in user's, or a public one. Unknown, or another user's private one: null with NOT_FOUND. */
  playlist?: Maybe<Playlist>;
  /** Evaluates rules without saving them (the editor's live preview); first: 1..100. */
  previewSmartPlaylist: SmartPlaylistPreview;
  /** A smart playlist of the signed-in user's. Unknown, or another user's: null with NOT_FOUND. */
  smartPlaylist?: Maybe<SmartPlaylist>;
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


export type QuerySmartPlaylistArgs = {
  id: Scalars['ID']['input'];
};

/**
 * A playlist whose songs are whatever matches its rules at the moment it is read: new plays and
 * uploads show at once. Private to its owner (another user's is NOT_FOUND, like an unknown id).
 */
export type SmartPlaylist = {
  __typename?: 'SmartPlaylist';
  /** The first few matching songs' ids, for the catalog's coverUrl. */
  coverSongIds: Array<Scalars['ID']['output']>;
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

export type Song = {
  __typename?: 'Song';
  id: Scalars['ID']['output'];
  /** Whether the signed-in user starred the song. Null only while the library is unavailable. */
  starred?: Maybe<Scalars['Boolean']['output']>;
  /** When the signed-in user starred the song; null when not starred or while the library is unavailable. */
  starredAt?: Maybe<Scalars['DateTime']['output']>;
};

/** An M3U entry that matched no song: its 1-based line number and its text (the path, or the #EXTINF title). */
export type UnmatchedPlaylistLine = {
  __typename?: 'UnmatchedPlaylistLine';
  line: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type User = {
  __typename?: 'User';
  /**
   * What the user starred. Only the user themself: for anyone else null with FORBIDDEN. Null while
   * the library is unavailable.
   */
  favourites?: Maybe<Favourites>;
  id: Scalars['ID']['output'];
  /**
   * The user's playlists, most recently changed first (first: 1 to 100). The user themself sees all
   * of theirs; anyone else sees only the public ones. Null while the library is unavailable.
   */
  playlists?: Maybe<PlaylistConnection>;
  /** The user's own smart playlists, newest first; for anyone else FORBIDDEN. */
  smartPlaylists?: Maybe<Array<SmartPlaylist>>;
};


export type UserPlaylistsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  User: User;
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
    & GraphQLRecursivePick<FederationTypes['Playlist'], {"id":true}> );
  SmartPlaylist:
    ( { __typename: 'SmartPlaylist' }
    & GraphQLRecursivePick<FederationTypes['SmartPlaylist'], {"id":true}> );
  Song:
    ( { __typename: 'Song' }
    & GraphQLRecursivePick<FederationTypes['Song'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Album: ResolverTypeWrapper<EntityParent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Artist: ResolverTypeWrapper<EntityParent>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FavouriteAlbumConnection: ResolverTypeWrapper<FavouritePage>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  FavouriteAlbumEdge: ResolverTypeWrapper<FavouriteRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  FavouriteArtistConnection: ResolverTypeWrapper<FavouritePage>;
  FavouriteArtistEdge: ResolverTypeWrapper<FavouriteRow>;
  FavouriteKind: FavouriteKind;
  FavouriteSongConnection: ResolverTypeWrapper<FavouritePage>;
  FavouriteSongEdge: ResolverTypeWrapper<FavouriteRow>;
  Favourites: ResolverTypeWrapper<FavouritesParent>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Playlist: ResolverTypeWrapper<PlaylistRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PlaylistConnection: ResolverTypeWrapper<PlaylistPage>;
  PlaylistEdge: ResolverTypeWrapper<PlaylistRow>;
  PlaylistEntry: ResolverTypeWrapper<PlaylistEntryView>;
  PlaylistEntryConnection: ResolverTypeWrapper<PlaylistEntryPage>;
  PlaylistEntryEdge: ResolverTypeWrapper<PlaylistEntryView>;
  PlaylistImport: ResolverTypeWrapper<PlaylistImportResult>;
  PlaylistInput: PlaylistInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SmartPlaylist: ResolverTypeWrapper<SmartPlaylistRow>;
  SmartPlaylistInput: SmartPlaylistInput;
  SmartPlaylistPreview: ResolverTypeWrapper<SmartPlaylistPreviewResult>;
  SmartPlaylistRules: ResolverTypeWrapper<Scalars['SmartPlaylistRules']['output']>;
  Song: ResolverTypeWrapper<EntityParent>;
  UnmatchedPlaylistLine: ResolverTypeWrapper<UnmatchedPlaylistLine>;
  User: ResolverTypeWrapper<EntityParent>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Album: EntityParent;
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  Artist: EntityParent;
  DateTime: Scalars['DateTime']['output'];
  FavouriteAlbumConnection: FavouritePage;
  Int: Scalars['Int']['output'];
  FavouriteAlbumEdge: FavouriteRow;
  String: Scalars['String']['output'];
  FavouriteArtistConnection: FavouritePage;
  FavouriteArtistEdge: FavouriteRow;
  FavouriteSongConnection: FavouritePage;
  FavouriteSongEdge: FavouriteRow;
  Favourites: FavouritesParent;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Playlist: PlaylistRow;
  Float: Scalars['Float']['output'];
  PlaylistConnection: PlaylistPage;
  PlaylistEdge: PlaylistRow;
  PlaylistEntry: PlaylistEntryView;
  PlaylistEntryConnection: PlaylistEntryPage;
  PlaylistEntryEdge: PlaylistEntryView;
  PlaylistImport: PlaylistImportResult;
  PlaylistInput: PlaylistInput;
  Query: Record<PropertyKey, never>;
  SmartPlaylist: SmartPlaylistRow;
  SmartPlaylistInput: SmartPlaylistInput;
  SmartPlaylistPreview: SmartPlaylistPreviewResult;
  SmartPlaylistRules: Scalars['SmartPlaylistRules']['output'];
  Song: EntityParent;
  UnmatchedPlaylistLine: UnmatchedPlaylistLine;
  User: EntityParent;
}>;

export type AlbumResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['Album'] = ResolversParentTypes['Album'], FederationReferenceType extends FederationReferenceTypes['Album'] = FederationReferenceTypes['Album']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Album']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  starred?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  starredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ArtistResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['Artist'] = ResolversParentTypes['Artist'], FederationReferenceType extends FederationReferenceTypes['Artist'] = FederationReferenceTypes['Artist']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Artist']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  starred?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  starredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FavouriteAlbumConnectionResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['FavouriteAlbumConnection'] = ResolversParentTypes['FavouriteAlbumConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FavouriteAlbumEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FavouriteAlbumEdgeResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['FavouriteAlbumEdge'] = ResolversParentTypes['FavouriteAlbumEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Album'], ParentType, ContextType>;
  starredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type FavouriteArtistConnectionResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['FavouriteArtistConnection'] = ResolversParentTypes['FavouriteArtistConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FavouriteArtistEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FavouriteArtistEdgeResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['FavouriteArtistEdge'] = ResolversParentTypes['FavouriteArtistEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Artist'], ParentType, ContextType>;
  starredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type FavouriteSongConnectionResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['FavouriteSongConnection'] = ResolversParentTypes['FavouriteSongConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FavouriteSongEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FavouriteSongEdgeResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['FavouriteSongEdge'] = ResolversParentTypes['FavouriteSongEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Song'], ParentType, ContextType>;
  starredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type FavouritesResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['Favourites'] = ResolversParentTypes['Favourites']> = ResolversObject<{
  albums?: Resolver<ResolversTypes['FavouriteAlbumConnection'], ParentType, ContextType, RequireFields<FavouritesAlbumsArgs, 'first'>>;
  artists?: Resolver<ResolversTypes['FavouriteArtistConnection'], ParentType, ContextType, RequireFields<FavouritesArtistsArgs, 'first'>>;
  songs?: Resolver<ResolversTypes['FavouriteSongConnection'], ParentType, ContextType, RequireFields<FavouritesSongsArgs, 'first'>>;
}>;

export type MutationResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addToPlaylist?: Resolver<ResolversTypes['Playlist'], ParentType, ContextType, RequireFields<MutationAddToPlaylistArgs, 'id' | 'songIds'>>;
  createPlaylist?: Resolver<ResolversTypes['Playlist'], ParentType, ContextType, RequireFields<MutationCreatePlaylistArgs, 'input'>>;
  createSmartPlaylist?: Resolver<ResolversTypes['SmartPlaylist'], ParentType, ContextType, RequireFields<MutationCreateSmartPlaylistArgs, 'input'>>;
  deletePlaylist?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeletePlaylistArgs, 'id'>>;
  deleteSmartPlaylist?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteSmartPlaylistArgs, 'id'>>;
  importPlaylist?: Resolver<ResolversTypes['PlaylistImport'], ParentType, ContextType, RequireFields<MutationImportPlaylistArgs, 'm3u' | 'name'>>;
  movePlaylistEntry?: Resolver<ResolversTypes['Playlist'], ParentType, ContextType, RequireFields<MutationMovePlaylistEntryArgs, 'entryId' | 'id' | 'toPosition'>>;
  removeFromPlaylist?: Resolver<ResolversTypes['Playlist'], ParentType, ContextType, RequireFields<MutationRemoveFromPlaylistArgs, 'entryIds' | 'id'>>;
  star?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationStarArgs, 'id' | 'kind'>>;
  unstar?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnstarArgs, 'id' | 'kind'>>;
  updatePlaylist?: Resolver<ResolversTypes['Playlist'], ParentType, ContextType, RequireFields<MutationUpdatePlaylistArgs, 'id' | 'input'>>;
  updateSmartPlaylist?: Resolver<ResolversTypes['SmartPlaylist'], ParentType, ContextType, RequireFields<MutationUpdateSmartPlaylistArgs, 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlaylistResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['Playlist'] = ResolversParentTypes['Playlist'], FederationReferenceType extends FederationReferenceTypes['Playlist'] = FederationReferenceTypes['Playlist']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Playlist']> | FederationReferenceType, FederationReferenceType, ContextType>;
  coverSongIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  durationSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  entries?: Resolver<ResolversTypes['PlaylistEntryConnection'], ParentType, ContextType, RequireFields<PlaylistEntriesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  public?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  songCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlaylistConnectionResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['PlaylistConnection'] = ResolversParentTypes['PlaylistConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PlaylistEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlaylistEdgeResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['PlaylistEdge'] = ResolversParentTypes['PlaylistEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Playlist'], ParentType, ContextType>;
}>;

export type PlaylistEntryResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['PlaylistEntry'] = ResolversParentTypes['PlaylistEntry']> = ResolversObject<{
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  song?: Resolver<Maybe<ResolversTypes['Song']>, ParentType, ContextType>;
  songArtist?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  songRemoved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  songTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PlaylistEntryConnectionResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['PlaylistEntryConnection'] = ResolversParentTypes['PlaylistEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PlaylistEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlaylistEntryEdgeResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['PlaylistEntryEdge'] = ResolversParentTypes['PlaylistEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PlaylistEntry'], ParentType, ContextType>;
}>;

export type PlaylistImportResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['PlaylistImport'] = ResolversParentTypes['PlaylistImport']> = ResolversObject<{
  matched?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  playlist?: Resolver<ResolversTypes['Playlist'], ParentType, ContextType>;
  unmatched?: Resolver<Array<ResolversTypes['UnmatchedPlaylistLine']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  exportPlaylist?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryExportPlaylistArgs, 'id'>>;
  playlist?: Resolver<Maybe<ResolversTypes['Playlist']>, ParentType, ContextType, RequireFields<QueryPlaylistArgs, 'id'>>;
  previewSmartPlaylist?: Resolver<ResolversTypes['SmartPlaylistPreview'], ParentType, ContextType, RequireFields<QueryPreviewSmartPlaylistArgs, 'first' | 'rules'>>;
  smartPlaylist?: Resolver<Maybe<ResolversTypes['SmartPlaylist']>, ParentType, ContextType, RequireFields<QuerySmartPlaylistArgs, 'id'>>;
}>;

export type SmartPlaylistResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['SmartPlaylist'] = ResolversParentTypes['SmartPlaylist'], FederationReferenceType extends FederationReferenceTypes['SmartPlaylist'] = FederationReferenceTypes['SmartPlaylist']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SmartPlaylist']> | FederationReferenceType, FederationReferenceType, ContextType>;
  coverSongIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  durationSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  rules?: Resolver<ResolversTypes['SmartPlaylistRules'], ParentType, ContextType>;
  songCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  songs?: Resolver<Array<ResolversTypes['Song']>, ParentType, ContextType, RequireFields<SmartPlaylistSongsArgs, 'first' | 'offset'>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SmartPlaylistPreviewResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['SmartPlaylistPreview'] = ResolversParentTypes['SmartPlaylistPreview']> = ResolversObject<{
  songCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  songs?: Resolver<Array<ResolversTypes['Song']>, ParentType, ContextType>;
}>;

export interface SmartPlaylistRulesScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['SmartPlaylistRules'], any> {
  name: 'SmartPlaylistRules';
}

export type SongResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['Song'] = ResolversParentTypes['Song'], FederationReferenceType extends FederationReferenceTypes['Song'] = FederationReferenceTypes['Song']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Song']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  starred?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  starredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type UnmatchedPlaylistLineResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['UnmatchedPlaylistLine'] = ResolversParentTypes['UnmatchedPlaylistLine']> = ResolversObject<{
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = LibraryContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  favourites?: Resolver<Maybe<ResolversTypes['Favourites']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  playlists?: Resolver<Maybe<ResolversTypes['PlaylistConnection']>, ParentType, ContextType, RequireFields<UserPlaylistsArgs, 'first'>>;
  smartPlaylists?: Resolver<Maybe<Array<ResolversTypes['SmartPlaylist']>>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = LibraryContext> = ResolversObject<{
  Album?: AlbumResolvers<ContextType>;
  Artist?: ArtistResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FavouriteAlbumConnection?: FavouriteAlbumConnectionResolvers<ContextType>;
  FavouriteAlbumEdge?: FavouriteAlbumEdgeResolvers<ContextType>;
  FavouriteArtistConnection?: FavouriteArtistConnectionResolvers<ContextType>;
  FavouriteArtistEdge?: FavouriteArtistEdgeResolvers<ContextType>;
  FavouriteSongConnection?: FavouriteSongConnectionResolvers<ContextType>;
  FavouriteSongEdge?: FavouriteSongEdgeResolvers<ContextType>;
  Favourites?: FavouritesResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Playlist?: PlaylistResolvers<ContextType>;
  PlaylistConnection?: PlaylistConnectionResolvers<ContextType>;
  PlaylistEdge?: PlaylistEdgeResolvers<ContextType>;
  PlaylistEntry?: PlaylistEntryResolvers<ContextType>;
  PlaylistEntryConnection?: PlaylistEntryConnectionResolvers<ContextType>;
  PlaylistEntryEdge?: PlaylistEntryEdgeResolvers<ContextType>;
  PlaylistImport?: PlaylistImportResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SmartPlaylist?: SmartPlaylistResolvers<ContextType>;
  SmartPlaylistPreview?: SmartPlaylistPreviewResolvers<ContextType>;
  SmartPlaylistRules?: GraphQLScalarType;
  Song?: SongResolvers<ContextType>;
  UnmatchedPlaylistLine?: UnmatchedPlaylistLineResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

