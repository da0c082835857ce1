import {
  type FavouriteKind,
  SubsonicReportNowPlayingDocument,
  SubsonicScrobbleDocument,
  SubsonicStarDocument,
  SubsonicUnstarDocument,
} from '../__generated__/graphql.js';
import { invalidParameter, missingParameter, notFound, SubsonicCode, SubsonicError } from '../errors.js';
import { type Kind, requireAll } from '../exists.js';
import { decodeId } from '../ids.js';
import type { MethodContext, MethodGroup } from '../method.js';

const FAVOURITE_KINDS: Record<Kind, FavouriteKind> = { song: 'SONG', album: 'ALBUM', artist: 'ARTIST' };

// A few minutes of clock difference between a phone and the server is normal; a scrobble "from the
// future" within it is a listen that just ended, further is refused by playback.
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** Parameters the API repeats (id=1&id=2) are read as a list; a bare id of the wrong kind is 70. */
function itemsOf(context: MethodContext) {
  const { params } = context;
  const items: Array<{ kind: Kind; id: string }> = [];
  // id: songs, and (as our ids say their kind) albums and artists shown as directories.
  for (const raw of params.list('id')) {
    const decoded = decodeId(raw);
    if (!decoded || decoded.kind === 'playlist' || decoded.kind === 'smartPlaylist')
      throw notFound(`Item ${raw.slice(0, 60)}`);
    items.push({ kind: decoded.kind, id: decoded.id });
  }
  for (const [name, kind] of [
    ['albumId', 'album'],
    ['artistId', 'artist'],
  ] as const) {
    for (const raw of params.list(name)) {
      const decoded = decodeId(raw);
      if (decoded?.kind !== kind) throw notFound(`${kind === 'album' ? 'Album' : 'Artist'} ${raw.slice(0, 60)}`);
      items.push({ kind, id: decoded.id });
    }
  }
  if (items.length === 0) throw missingParameter('id, albumId or artistId');
  return items;
}

function starring(star: boolean) {
  return async (context: MethodContext) => {
    const items = itemsOf(context);
    await requireAll(context, items);
    for (const item of items) {
      const variables = { kind: FAVOURITE_KINDS[item.kind], id: item.id };
      if (star) await context.query(SubsonicStarDocument, variables);
      else await context.query(SubsonicUnstarDocument, variables);
    }
    return {};
  };
}

async function setRating(context: MethodContext): Promise<never> {
  context.params.required('id');
  context.params.requiredInt('rating', { min: 0, max: 5 });
  throw new SubsonicError(
    SubsonicCode.GENERIC,
    'Ratings are not supported: Sp0t1fy has no ratings. Star the song, album or artist instead.',
  );
}

/**
 * submission=true (the default): each id is a listen that happened, at its time (milliseconds since
 * the epoch, default now) — one play in playback and in history. submission=false: what the player
 * is playing now, named by the client (c), counting no play.
 */
async function scrobble(context: MethodContext) {
  const { params } = context;
  const raws = params.list('id');
  if (raws.length === 0) throw missingParameter('id');
  const songIds = raws.map((raw) => {
    const decoded = decodeId(raw);
    if (decoded?.kind !== 'song') throw notFound(`Song ${raw.slice(0, 60)}`);
    return decoded.id;
  });
  const times = params.list('time').map((raw) => {
    if (!/^\d{1,15}$/.test(raw))
      throw invalidParameter('time', `${JSON.stringify(raw.slice(0, 40))} is not milliseconds since 1970`);
    return Number(raw);
  });
  if (times.length > 0 && times.length !== songIds.length)
    throw invalidParameter('time', `give one time per id (${songIds.length} ids, ${times.length} times)`);
  const submission = params.bool('submission') ?? true;
  await requireAll(
    context,
    songIds.map((id) => ({ kind: 'song' as const, id })),
  );
  if (!submission) {
    // A player plays one song at a time: the last id is the one playing now.
    const songId = songIds[songIds.length - 1] as string;
    await context.query(SubsonicReportNowPlayingDocument, { songId, playerName: params.string('c') ?? null });
    return {};
  }
  const now = Date.now();
  for (const [index, songId] of songIds.entries()) {
    const time = times[index];
    const playedAt =
      time === undefined ? null : new Date(time > now && time - now <= CLOCK_SKEW_MS ? now : time).toISOString();
    await context.query(SubsonicScrobbleDocument, { songId, playedAt });
  }
  return {};
}

export const annotation: MethodGroup = {
  star: { run: starring(true) },
  unstar: { run: starring(false) },
  setRating: { run: setRating },
  scrobble: { run: scrobble },
};
