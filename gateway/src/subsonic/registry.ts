import type { SubsonicMethod } from './method.js';
import { annotation } from './methods/annotation.js';
import { playlists } from './methods/playlists.js';
import { system } from './methods/system.js';

/** Every Subsonic method by name; each group module exports its own. */
export const methods: ReadonlyMap<string, SubsonicMethod> = new Map(
  Object.entries({ ...system, ...playlists, ...annotation }),
);
