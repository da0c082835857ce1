import type { SubsonicMethod } from './method.js';
import { annotation } from './methods/annotation.js';
import { browsing } from './methods/browsing.js';
import { lists } from './methods/lists.js';
import { lyrics } from './methods/lyrics.js';
import { media } from './methods/media.js';
import { playlists } from './methods/playlists.js';
import { search } from './methods/search.js';
import { system } from './methods/system.js';
import { users } from './methods/users.js';

/** Every Subsonic method by name; each group module exports its own. */
export const methods: ReadonlyMap<string, SubsonicMethod> = new Map(
  Object.entries({
    ...system,
    ...browsing,
    ...lists,
    ...search,
    ...users,
    ...media,
    ...playlists,
    ...annotation,
    ...lyrics,
  }),
);
