import {
  SubsonicAlbumExistsDocument,
  SubsonicArtistExistsDocument,
  SubsonicSongExistsDocument,
} from './__generated__/graphql.js';
import { notFound } from './errors.js';
import type { MethodContext } from './method.js';

export type Kind = 'song' | 'album' | 'artist';

const LABELS: Record<Kind, string> = { song: 'Song', album: 'Album', artist: 'Artist' };

async function exists(context: MethodContext, kind: Kind, id: string): Promise<boolean> {
  switch (kind) {
    case 'song':
      return Boolean((await context.query(SubsonicSongExistsDocument, { id })).song);
    case 'album':
      return Boolean((await context.query(SubsonicAlbumExistsDocument, { id })).album);
    case 'artist':
      return Boolean((await context.query(SubsonicArtistExistsDocument, { id })).artist);
  }
}

/**
 * Every item must exist before a request that changes several of them starts, so an unknown one
 * (70 not found) leaves all of them as they were rather than half done.
 */
export async function requireAll(context: MethodContext, items: ReadonlyArray<{ kind: Kind; id: string }>) {
  const seen = new Set<string>();
  for (const item of items) {
    const key = `${item.kind}:${item.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!(await exists(context, item.kind, item.id))) throw notFound(`${LABELS[item.kind]} ${item.id}`);
  }
}
