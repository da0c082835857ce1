import { graphql } from '../__generated__';

/** Everything a song row, the player and the edit form show. `starred` is null when the library service is down. */
export const SongFields = graphql(`
  fragment SongFields on Song {
    id
    title
    artist
    album
    albumArtist
    trackNumber
    discNumber
    genre
    releaseYear
    durationSeconds
    streamUrl
    coverUrl
    playCount
    starred
    uploadedBy {
      id
      displayName
    }
  }
`);
