import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SongParent, UserParent, HistoryPage, ListeningStatsParent, SongPlaysParent } from '../resolvers/parents.js';
import type { PlaybackEventView } from '../providers/history.js';
import type { NowPlayingRow } from '../providers/now-playing.js';
import type { PlaybackContext } from '../context.js';
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
  _FieldSet: { input: unknown; output: unknown; }
};

export type ArtistPlays = {
  __typename?: 'ArtistPlays';
  artist: Scalars['String']['output'];
  plays: Scalars['Int']['output'];
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

export type Mutation = {
  __typename?: 'Mutation';
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
   * Subsonic's scrobble with submission=false: shows in nowPlaying, counts no play. playerName: at
   * most 100 characters (BAD_USER_INPUT). The song as in recordPlayback (NOT_FOUND when unknown).
   */
  reportNowPlaying: Scalars['Boolean']['output'];
  /**
   * Subsonic's scrobble with submission=true: a listen that happened (playedAt, default now; not in the
   * future, BAD_USER_INPUT). Counts as one play and appears in history; the same song scrobbled twice
   * with the same playedAt by the same user is one play (the first event is answered again).
   */
  scrobble: PlaybackEvent;
};


export type MutationRecordPlaybackArgs = {
  action: PlaybackAction;
  positionSeconds?: InputMaybe<Scalars['Float']['input']>;
  songId: Scalars['ID']['input'];
};


export type MutationReportNowPlayingArgs = {
  playerName?: InputMaybe<Scalars['String']['input']>;
  songId: Scalars['ID']['input'];
};


export type MutationScrobbleArgs = {
  playedAt?: InputMaybe<Scalars['DateTime']['input']>;
  songId: Scalars['ID']['input'];
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

export type Query = {
  __typename?: 'Query';
  /**
   * What every user is listening to now (Subsonic's getNowPlaying shows all users): per user the song
   * of their latest PLAY/RESUME (web) or reportNowPlaying, until the song's duration has passed since
   * it started or a PAUSE/STOP/COMPLETE. Latest first. Signed-in users only.
   */
  nowPlaying: Array<NowPlaying>;
  /**
   * The most played songs, most first (ties: most recently played first), counting plays since
   * `since` when given; removed songs are left out; first: 1 to 100. For signed-in users, like the
   * library. Cached, and correct right after a new play. Null while playback or the catalog is
   * unavailable.
   */
  topSongs?: Maybe<Array<Song>>;
};


export type QueryTopSongsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Song = {
  __typename?: 'Song';
  id: Scalars['ID']['output'];
  /** When anyone last started a listen of the song; null if never (or while playback is unavailable). */
  lastPlayedAt?: Maybe<Scalars['DateTime']['output']>;
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
};

export type SongPlays = {
  __typename?: 'SongPlays';
  plays: Scalars['Int']['output'];
  /** The song; null while the catalog is unavailable. */
  song?: Maybe<Song>;
};

export type User = {
  __typename?: 'User';
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
   * Songs the user started listening to, each once, most recent first (first: 1 to 100); removed
   * songs are left out. Only the user themself. Null while playback or the catalog is unavailable.
   */
  recentlyPlayed?: Maybe<Array<Song>>;
};


export type UserHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type UserRecentlyPlayedArgs = {
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
  Song: Song;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Song:
    ( { __typename: 'Song' }
    & GraphQLRecursivePick<FederationTypes['Song'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ArtistPlays: ResolverTypeWrapper<ArtistPlays>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ListeningStats: ResolverTypeWrapper<ListeningStatsParent>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  NowPlaying: ResolverTypeWrapper<NowPlayingRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlaybackAction: PlaybackAction;
  PlaybackEvent: ResolverTypeWrapper<PlaybackEventView>;
  PlaybackEventConnection: ResolverTypeWrapper<HistoryPage>;
  PlaybackEventEdge: ResolverTypeWrapper<PlaybackEventView>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Song: ResolverTypeWrapper<SongParent>;
  SongPlays: ResolverTypeWrapper<SongPlaysParent>;
  User: ResolverTypeWrapper<UserParent>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ArtistPlays: ArtistPlays;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  DateTime: Scalars['DateTime']['output'];
  ListeningStats: ListeningStatsParent;
  Float: Scalars['Float']['output'];
  Mutation: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  NowPlaying: NowPlayingRow;
  PageInfo: PageInfo;
  PlaybackEvent: PlaybackEventView;
  PlaybackEventConnection: HistoryPage;
  PlaybackEventEdge: PlaybackEventView;
  Query: Record<PropertyKey, never>;
  Song: SongParent;
  SongPlays: SongPlaysParent;
  User: UserParent;
}>;

export type ArtistPlaysResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['ArtistPlays'] = ResolversParentTypes['ArtistPlays']> = ResolversObject<{
  artist?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ListeningStatsResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['ListeningStats'] = ResolversParentTypes['ListeningStats']> = ResolversObject<{
  distinctSongs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  secondsListened?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  topArtists?: Resolver<Array<ResolversTypes['ArtistPlays']>, ParentType, ContextType, RequireFields<ListeningStatsTopArtistsArgs, 'first'>>;
  topSongs?: Resolver<Array<ResolversTypes['SongPlays']>, ParentType, ContextType, RequireFields<ListeningStatsTopSongsArgs, 'first'>>;
  totalPlays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  recordPlayback?: Resolver<ResolversTypes['PlaybackEvent'], ParentType, ContextType, RequireFields<MutationRecordPlaybackArgs, 'action' | 'songId'>>;
  reportNowPlaying?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationReportNowPlayingArgs, 'songId'>>;
  scrobble?: Resolver<ResolversTypes['PlaybackEvent'], ParentType, ContextType, RequireFields<MutationScrobbleArgs, 'songId'>>;
}>;

export type NowPlayingResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['NowPlaying'] = ResolversParentTypes['NowPlaying']> = ResolversObject<{
  playerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  song?: Resolver<Maybe<ResolversTypes['Song']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlaybackEventResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['PlaybackEvent'] = ResolversParentTypes['PlaybackEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['PlaybackAction'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  positionSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  song?: Resolver<Maybe<ResolversTypes['Song']>, ParentType, ContextType>;
  songArtist?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  songRemoved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  songTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type PlaybackEventConnectionResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['PlaybackEventConnection'] = ResolversParentTypes['PlaybackEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PlaybackEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlaybackEventEdgeResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['PlaybackEventEdge'] = ResolversParentTypes['PlaybackEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PlaybackEvent'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  nowPlaying?: Resolver<Array<ResolversTypes['NowPlaying']>, ParentType, ContextType>;
  topSongs?: Resolver<Maybe<Array<ResolversTypes['Song']>>, ParentType, ContextType, RequireFields<QueryTopSongsArgs, 'first'>>;
}>;

export type SongResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['Song'] = ResolversParentTypes['Song'], FederationReferenceType extends FederationReferenceTypes['Song'] = FederationReferenceTypes['Song']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Song']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastPlayedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  myPlayCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  playCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type SongPlaysResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['SongPlays'] = ResolversParentTypes['SongPlays']> = ResolversObject<{
  plays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  song?: Resolver<Maybe<ResolversTypes['Song']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = PlaybackContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  history?: Resolver<Maybe<ResolversTypes['PlaybackEventConnection']>, ParentType, ContextType, RequireFields<UserHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listeningStats?: Resolver<Maybe<ResolversTypes['ListeningStats']>, ParentType, ContextType>;
  recentlyPlayed?: Resolver<Maybe<Array<ResolversTypes['Song']>>, ParentType, ContextType, RequireFields<UserRecentlyPlayedArgs, 'first'>>;
}>;

export type Resolvers<ContextType = PlaybackContext> = ResolversObject<{
  ArtistPlays?: ArtistPlaysResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  ListeningStats?: ListeningStatsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NowPlaying?: NowPlayingResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlaybackEvent?: PlaybackEventResolvers<ContextType>;
  PlaybackEventConnection?: PlaybackEventConnectionResolvers<ContextType>;
  PlaybackEventEdge?: PlaybackEventEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Song?: SongResolvers<ContextType>;
  SongPlays?: SongPlaysResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

