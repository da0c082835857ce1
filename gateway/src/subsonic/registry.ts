import type { SubsonicMethod } from './method.js';
import { system } from './methods/system.js';

/** Every Subsonic method by name; each group module exports its own. */
export const methods: ReadonlyMap<string, SubsonicMethod> = new Map(Object.entries({ ...system }));
