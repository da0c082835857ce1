import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as smartPlaylists from './0002-smart-playlists.js';

export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-smart-playlists': smartPlaylists,
};
