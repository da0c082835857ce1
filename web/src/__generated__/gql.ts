/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query TopSongs($first: Int, $since: DateTime) {\n    topSongs(first: $first, since: $since) {\n      ...SongFields\n    }\n  }\n": typeof types.TopSongsDocument,
    "\n  query History($first: Int, $after: String) {\n    me {\n      id\n      listeningStats {\n        totalPlays\n        secondsListened\n        distinctSongs\n        topArtists(first: 1) {\n          artist\n          plays\n        }\n      }\n      history(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            action\n            occurredAt\n            songTitle\n            songArtist\n            songRemoved\n            song {\n              ...SongFields\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.HistoryDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  query LibrarySongs($query: String, $genre: String, $first: Int, $after: String) {\n    songs(query: $query, genre: $genre, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...SongFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LibrarySongsDocument,
    "\n  query Genres {\n    genres\n  }\n": typeof types.GenresDocument,
    "\n  mutation RecordPlayback($songId: ID!, $action: PlaybackAction!, $positionSeconds: Float) {\n    recordPlayback(songId: $songId, action: $action, positionSeconds: $positionSeconds) {\n      id\n    }\n  }\n": typeof types.RecordPlaybackDocument,
    "\n  query FreshStreamUrl($id: ID!) {\n    song(id: $id) {\n      id\n      streamUrl\n    }\n  }\n": typeof types.FreshStreamUrlDocument,
    "\n  fragment SessionFields on AuthPayload {\n    token\n    expiresAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($email: String!, $password: String!, $displayName: String) {\n    register(email: $email, password: $password, displayName: $displayName) {\n      ...SessionFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation UpdateSong($id: ID!, $metadata: SongMetadataInput!) {\n    updateSong(id: $id, metadata: $metadata) {\n      ...SongFields\n    }\n  }\n": typeof types.UpdateSongDocument,
    "\n  mutation DeleteSong($id: ID!) {\n    deleteSong(id: $id)\n  }\n": typeof types.DeleteSongDocument,
    "\n  fragment SongFields on Song {\n    id\n    title\n    artist\n    album\n    genre\n    releaseYear\n    durationSeconds\n    streamUrl\n    coverUrl\n    playCount\n    uploadedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.SongFieldsFragmentDoc,
    "\n  mutation UploadSong($file: Upload!, $metadata: SongMetadataInput) {\n    uploadSong(file: $file, metadata: $metadata) {\n      ...SongFields\n    }\n  }\n": typeof types.UploadSongDocument,
};
const documents: Documents = {
    "\n  query TopSongs($first: Int, $since: DateTime) {\n    topSongs(first: $first, since: $since) {\n      ...SongFields\n    }\n  }\n": types.TopSongsDocument,
    "\n  query History($first: Int, $after: String) {\n    me {\n      id\n      listeningStats {\n        totalPlays\n        secondsListened\n        distinctSongs\n        topArtists(first: 1) {\n          artist\n          plays\n        }\n      }\n      history(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            action\n            occurredAt\n            songTitle\n            songArtist\n            songRemoved\n            song {\n              ...SongFields\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.HistoryDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  query LibrarySongs($query: String, $genre: String, $first: Int, $after: String) {\n    songs(query: $query, genre: $genre, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...SongFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LibrarySongsDocument,
    "\n  query Genres {\n    genres\n  }\n": types.GenresDocument,
    "\n  mutation RecordPlayback($songId: ID!, $action: PlaybackAction!, $positionSeconds: Float) {\n    recordPlayback(songId: $songId, action: $action, positionSeconds: $positionSeconds) {\n      id\n    }\n  }\n": types.RecordPlaybackDocument,
    "\n  query FreshStreamUrl($id: ID!) {\n    song(id: $id) {\n      id\n      streamUrl\n    }\n  }\n": types.FreshStreamUrlDocument,
    "\n  fragment SessionFields on AuthPayload {\n    token\n    expiresAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($email: String!, $password: String!, $displayName: String) {\n    register(email: $email, password: $password, displayName: $displayName) {\n      ...SessionFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation UpdateSong($id: ID!, $metadata: SongMetadataInput!) {\n    updateSong(id: $id, metadata: $metadata) {\n      ...SongFields\n    }\n  }\n": types.UpdateSongDocument,
    "\n  mutation DeleteSong($id: ID!) {\n    deleteSong(id: $id)\n  }\n": types.DeleteSongDocument,
    "\n  fragment SongFields on Song {\n    id\n    title\n    artist\n    album\n    genre\n    releaseYear\n    durationSeconds\n    streamUrl\n    coverUrl\n    playCount\n    uploadedBy {\n      id\n      displayName\n    }\n  }\n": types.SongFieldsFragmentDoc,
    "\n  mutation UploadSong($file: Upload!, $metadata: SongMetadataInput) {\n    uploadSong(file: $file, metadata: $metadata) {\n      ...SongFields\n    }\n  }\n": types.UploadSongDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopSongs($first: Int, $since: DateTime) {\n    topSongs(first: $first, since: $since) {\n      ...SongFields\n    }\n  }\n"): (typeof documents)["\n  query TopSongs($first: Int, $since: DateTime) {\n    topSongs(first: $first, since: $since) {\n      ...SongFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query History($first: Int, $after: String) {\n    me {\n      id\n      listeningStats {\n        totalPlays\n        secondsListened\n        distinctSongs\n        topArtists(first: 1) {\n          artist\n          plays\n        }\n      }\n      history(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            action\n            occurredAt\n            songTitle\n            songArtist\n            songRemoved\n            song {\n              ...SongFields\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query History($first: Int, $after: String) {\n    me {\n      id\n      listeningStats {\n        totalPlays\n        secondsListened\n        distinctSongs\n        topArtists(first: 1) {\n          artist\n          plays\n        }\n      }\n      history(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            action\n            occurredAt\n            songTitle\n            songArtist\n            songRemoved\n            song {\n              ...SongFields\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibrarySongs($query: String, $genre: String, $first: Int, $after: String) {\n    songs(query: $query, genre: $genre, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...SongFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibrarySongs($query: String, $genre: String, $first: Int, $after: String) {\n    songs(query: $query, genre: $genre, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...SongFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Genres {\n    genres\n  }\n"): (typeof documents)["\n  query Genres {\n    genres\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPlayback($songId: ID!, $action: PlaybackAction!, $positionSeconds: Float) {\n    recordPlayback(songId: $songId, action: $action, positionSeconds: $positionSeconds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPlayback($songId: ID!, $action: PlaybackAction!, $positionSeconds: Float) {\n    recordPlayback(songId: $songId, action: $action, positionSeconds: $positionSeconds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FreshStreamUrl($id: ID!) {\n    song(id: $id) {\n      id\n      streamUrl\n    }\n  }\n"): (typeof documents)["\n  query FreshStreamUrl($id: ID!) {\n    song(id: $id) {\n      id\n      streamUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    token\n    expiresAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    token\n    expiresAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($email: String!, $password: String!, $displayName: String) {\n    register(email: $email, password: $password, displayName: $displayName) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($email: String!, $password: String!, $displayName: String) {\n    register(email: $email, password: $password, displayName: $displayName) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSong($id: ID!, $metadata: SongMetadataInput!) {\n    updateSong(id: $id, metadata: $metadata) {\n      ...SongFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSong($id: ID!, $metadata: SongMetadataInput!) {\n    updateSong(id: $id, metadata: $metadata) {\n      ...SongFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSong($id: ID!) {\n    deleteSong(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSong($id: ID!) {\n    deleteSong(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SongFields on Song {\n    id\n    title\n    artist\n    album\n    genre\n    releaseYear\n    durationSeconds\n    streamUrl\n    coverUrl\n    playCount\n    uploadedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment SongFields on Song {\n    id\n    title\n    artist\n    album\n    genre\n    releaseYear\n    durationSeconds\n    streamUrl\n    coverUrl\n    playCount\n    uploadedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadSong($file: Upload!, $metadata: SongMetadataInput) {\n    uploadSong(file: $file, metadata: $metadata) {\n      ...SongFields\n    }\n  }\n"): (typeof documents)["\n  mutation UploadSong($file: Upload!, $metadata: SongMetadataInput) {\n    uploadSong(file: $file, metadata: $metadata) {\n      ...SongFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;