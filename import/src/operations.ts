import { graphql } from './__generated__/gql.js';

/** The importer's whole use of the API; typed from schema/api.graphql by `npm run codegen`. */

export const SIGN_IN = graphql(`
  mutation ImportSignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        id
      }
    }
  }
`);

export const SONGS_BY_SHA256 = graphql(`
  query ImportSongsBySha256($sha256s: [String!]!) {
    songsBySha256(sha256s: $sha256s) {
      id
      sha256
      uploadedBy {
        id
      }
      lyrics {
        source
      }
    }
  }
`);

export const UPLOAD_SONG = graphql(`
  mutation ImportUploadSong($file: Upload!) {
    uploadSong(file: $file) {
      id
      sha256
    }
  }
`);

export const UPLOAD_LYRICS = graphql(`
  mutation ImportUploadLyrics($songId: ID!, $file: Upload!) {
    uploadLyrics(songId: $songId, file: $file) {
      skippedLines
    }
  }
`);
