/* eslint-disable */
import * as types from './graphql.js';



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
    "\n  mutation ImportSignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ImportSignInDocument,
    "\n  query ImportSongsBySha256($sha256s: [String!]!) {\n    songsBySha256(sha256s: $sha256s) {\n      id\n      sha256\n      uploadedBy {\n        id\n      }\n      lyrics {\n        source\n      }\n    }\n  }\n": typeof types.ImportSongsBySha256Document,
    "\n  mutation ImportUploadSong($file: Upload!) {\n    uploadSong(file: $file) {\n      id\n      sha256\n    }\n  }\n": typeof types.ImportUploadSongDocument,
    "\n  mutation ImportUploadLyrics($songId: ID!, $file: Upload!) {\n    uploadLyrics(songId: $songId, file: $file) {\n      skippedLines\n    }\n  }\n": typeof types.ImportUploadLyricsDocument,
};
const documents: Documents = {
    "\n  mutation ImportSignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n": types.ImportSignInDocument,
    "\n  query ImportSongsBySha256($sha256s: [String!]!) {\n    songsBySha256(sha256s: $sha256s) {\n      id\n      sha256\n      uploadedBy {\n        id\n      }\n      lyrics {\n        source\n      }\n    }\n  }\n": types.ImportSongsBySha256Document,
    "\n  mutation ImportUploadSong($file: Upload!) {\n    uploadSong(file: $file) {\n      id\n      sha256\n    }\n  }\n": types.ImportUploadSongDocument,
    "\n  mutation ImportUploadLyrics($songId: ID!, $file: Upload!) {\n    uploadLyrics(songId: $songId, file: $file) {\n      skippedLines\n    }\n  }\n": types.ImportUploadLyricsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').ImportSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportSongsBySha256($sha256s: [String!]!) {\n    songsBySha256(sha256s: $sha256s) {\n      id\n      sha256\n      uploadedBy {\n        id\n      }\n      lyrics {\n        source\n      }\n    }\n  }\n"): typeof import('./graphql.js').ImportSongsBySha256Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportUploadSong($file: Upload!) {\n    uploadSong(file: $file) {\n      id\n      sha256\n    }\n  }\n"): typeof import('./graphql.js').ImportUploadSongDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportUploadLyrics($songId: ID!, $file: Upload!) {\n    uploadLyrics(songId: $songId, file: $file) {\n      skippedLines\n    }\n  }\n"): typeof import('./graphql.js').ImportUploadLyricsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
