import { graphql } from '../__generated__';

/** Adds songs to the end of a playlist; the answer is what playlist lists show of it. */
export const AddToPlaylist = graphql(`
  mutation AddToPlaylist($id: ID!, $songIds: [ID!]!) {
    addToPlaylist(id: $id, songIds: $songIds) {
      id
      songCount
      version
    }
  }
`);
