import { badUserInput } from '@sp0t1fy/platform';
import type { PlaylistInput } from '../__generated__/resolvers-types.js';
import { PLAYLIST_LIMITS } from '../providers/limits.js';
import type { PlaylistDetails } from '../providers/playlists.js';

export function playlistName(value: string): string {
  const name = value.trim();
  if (name.length === 0 || name.length > PLAYLIST_LIMITS.nameLength) {
    throw badUserInput(`A playlist's name takes 1 to ${PLAYLIST_LIMITS.nameLength} characters`, { field: 'name' });
  }
  return name;
}

/** The details an input sets; fields left out or null stay as they are (an empty description clears it). */
export function playlistDetails(input: PlaylistInput): PlaylistDetails {
  const details: PlaylistDetails = {};
  if (input.name !== null && input.name !== undefined) details.name = playlistName(input.name);
  if (input.description !== null && input.description !== undefined) {
    const description = input.description.trim();
    if (description.length > PLAYLIST_LIMITS.descriptionLength) {
      throw badUserInput(`A description takes at most ${PLAYLIST_LIMITS.descriptionLength} characters`, {
        field: 'description',
      });
    }
    details.description = description === '' ? null : description;
  }
  if (input.public !== null && input.public !== undefined) details.public = input.public;
  return details;
}

/** A new playlist's details: a name is required, the rest defaults to no description and private. */
export function newPlaylistDetails(input: PlaylistInput): Required<PlaylistDetails> {
  const details = playlistDetails(input);
  if (details.name === undefined) throw badUserInput('A playlist needs a name', { field: 'name' });
  return { name: details.name, description: details.description ?? null, public: details.public ?? false };
}
