import { badUserInput, readSmartPlaylistRules, rulesJson, type SmartPlaylistRules } from '@sp0t1fy/platform';
import type { SmartPlaylistInput } from '../__generated__/resolvers-types.js';
import { PLAYLIST_LIMITS } from '../providers/limits.js';
import type { SmartPlaylistDetails } from '../providers/smart-playlists.js';
import { playlistName } from './playlist-input.js';

/** Rules as sent, or BAD_USER_INPUT whose field is the path of what is wrong ("rules.all[1].value"). */
export function smartPlaylistRules(value: unknown, root = 'rules'): SmartPlaylistRules {
  const reading = readSmartPlaylistRules(value, root);
  if (!reading.ok) throw badUserInput(reading.problem.message, { field: reading.problem.path });
  return reading.rules;
}

/** A smart playlist's details as stored; the whole input replaces them. */
export function smartPlaylistDetails(input: SmartPlaylistInput): SmartPlaylistDetails {
  const name = playlistName(input.name);
  const description = input.description?.trim() || null;
  if (description && description.length > PLAYLIST_LIMITS.descriptionLength) {
    throw badUserInput(`A description takes at most ${PLAYLIST_LIMITS.descriptionLength} characters`, {
      field: 'description',
    });
  }
  return { name, description, rules: rulesJson(smartPlaylistRules(input.rules)) };
}
