import { graphql } from '../__generated__';

/** A smart playlist's header: what its page shows above the songs and the editor starts from. */
export const SmartPlaylistFields = graphql(`
  fragment SmartPlaylistFields on SmartPlaylist {
    id
    name
    description
    rules
    songCount
    durationSeconds
    coverUrl
    version
    owner {
      id
      displayName
    }
  }
`);

// Saving or deleting answers a SmartPlaylist; plays, uploads and edits (Song) change which songs match.
export const SMART_PLAYLISTS = { additionalTypenames: ['SmartPlaylist', 'Song'] };
