import { graphql } from '../__generated__';
import type { MissingThing } from '../ui/MissingPage';

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

export const NO_SMART_PLAYLIST: MissingThing = {
  what: 'smart playlist',
  absent: 'There is no such smart playlist, or it is not yours.',
  wayOut: { href: '/smart-playlists', label: 'See yours' },
};
