import { graphql } from '../__generated__';

/** Everything a song row, the player and the edit form show. */
export const SongFields = graphql(`
  fragment SongFields on Song {
    id
    title
    artist
    album
    genre
    releaseYear
    durationSeconds
    streamUrl
    coverUrl
    playCount
    uploadedBy {
      id
      displayName
    }
  }
`);
