import { badUserInput } from '@sp0t1fy/platform';
import type { AudioTags } from './audio/audio-probe.js';

/** The details of a song a person may set. */
export interface SongDetails {
  title: string;
  artist: string;
  album: string | null;
  genre: string | null;
  releaseYear: number | null;
  trackNumber: number | null;
  trackTotal: number | null;
  discNumber: number | null;
  discTotal: number | null;
  /** Null when not given: the artist stands in for it when albums are grouped. */
  albumArtist: string | null;
  composer: string | null;
}

type NumberField = 'trackNumber' | 'trackTotal' | 'discNumber' | 'discTotal';
const NUMBER_FIELDS: readonly NumberField[] = ['trackNumber', 'trackTotal', 'discNumber', 'discTotal'];

export interface SongMetadataInput {
  title?: string | null;
  artist?: string | null;
  album?: string | null;
  genre?: string | null;
  releaseYear?: number | null;
  trackNumber?: number | null;
  trackTotal?: number | null;
  discNumber?: number | null;
  discTotal?: number | null;
  albumArtist?: string | null;
  composer?: string | null;
}

export const UNKNOWN_ARTIST = 'Unknown artist';
const UNTITLED = 'Untitled';
export const MAX_LENGTH = { title: 200, artist: 200, album: 200, genre: 64, albumArtist: 200, composer: 200 } as const;
export const RELEASE_YEAR = { min: 1000, max: 2100 } as const;
/** Track and disc numbers and totals: no release has more. */
export const POSITION = { min: 1, max: 999 } as const;

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_CHARACTERS_GLOBAL = /[\u0000-\u001f\u007f-\u009f]+/g;

type TextField = keyof typeof MAX_LENGTH;

const LABELS: Record<TextField, string> = {
  title: 'a title',
  artist: 'an artist',
  album: 'an album',
  genre: 'a genre',
  albumArtist: 'an album artist',
  composer: 'a composer',
};

const NUMBER_LABELS: Record<NumberField, string> = {
  trackNumber: 'a track number',
  trackTotal: 'a track total',
  discNumber: 'a disc number',
  discTotal: 'a disc total',
};

function text(value: string, field: TextField, { required }: { required: boolean }): string | null {
  const cleaned = value.normalize('NFC').trim();
  if (cleaned.length === 0) {
    if (required) throw badUserInput(`Enter ${LABELS[field]}`, { field });
    return null;
  }
  if ([...cleaned].length > MAX_LENGTH[field]) {
    throw badUserInput(`Use ${LABELS[field]} of at most ${MAX_LENGTH[field]} characters`, { field });
  }
  if (CONTROL_CHARACTERS.test(cleaned)) {
    throw badUserInput(`${capitalise(LABELS[field])} cannot contain control characters`, { field });
  }
  return cleaned;
}

const capitalise = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

/**
 * Checks what a person typed, keeping only the fields they sent. Title and artist cannot be removed
 * (null leaves them as they are); album, genre and release year can (null or an empty string).
 */
export function validateMetadata(input: SongMetadataInput | null | undefined): Partial<SongDetails> {
  const details: Partial<SongDetails> = {};
  if (!input) return details;
  if (typeof input.title === 'string') details.title = text(input.title, 'title', { required: true }) as string;
  if (typeof input.artist === 'string') details.artist = text(input.artist, 'artist', { required: true }) as string;
  if (input.album !== undefined) details.album = input.album === null ? null : text(input.album, 'album', optional);
  if (input.genre !== undefined) details.genre = input.genre === null ? null : text(input.genre, 'genre', optional);
  if (input.releaseYear !== undefined) {
    const year = input.releaseYear;
    if (year !== null && (!Number.isInteger(year) || year < RELEASE_YEAR.min || year > RELEASE_YEAR.max)) {
      throw badUserInput(`Use a release year from ${RELEASE_YEAR.min} to ${RELEASE_YEAR.max}`, {
        field: 'releaseYear',
      });
    }
    details.releaseYear = year;
  }
  for (const field of ['albumArtist', 'composer'] as const) {
    const value = input[field];
    if (value !== undefined) details[field] = value === null ? null : text(value, field, optional);
  }
  for (const field of NUMBER_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    if (value !== null && (!Number.isInteger(value) || value < POSITION.min || value > POSITION.max)) {
      throw badUserInput(`Use ${NUMBER_LABELS[field]} from ${POSITION.min} to ${POSITION.max}`, { field });
    }
    details[field] = value;
  }
  return details;
}

const optional = { required: false };

/**
 * What a new song is called: what the uploader typed, else the file's tags, else (for the title) the
 * file's name without its extension and (for the artist) "Unknown artist".
 */
export function detailsForUpload(given: Partial<SongDetails>, tags: AudioTags, fileName: string): SongDetails {
  const year = tags.year && tags.year >= RELEASE_YEAR.min && tags.year <= RELEASE_YEAR.max ? tags.year : null;
  return {
    title: given.title ?? fromTag(tags.title, 'title') ?? titleFromFileName(fileName),
    artist: given.artist ?? fromTag(tags.artist, 'artist') ?? UNKNOWN_ARTIST,
    album: given.album !== undefined ? given.album : fromTag(tags.album, 'album'),
    genre: given.genre !== undefined ? given.genre : fromTag(tags.genre, 'genre'),
    releaseYear: given.releaseYear !== undefined ? given.releaseYear : year,
    trackNumber: given.trackNumber !== undefined ? given.trackNumber : positionFromTag(tags.trackNumber),
    trackTotal: given.trackTotal !== undefined ? given.trackTotal : positionFromTag(tags.trackTotal),
    discNumber: given.discNumber !== undefined ? given.discNumber : positionFromTag(tags.discNumber),
    discTotal: given.discTotal !== undefined ? given.discTotal : positionFromTag(tags.discTotal),
    albumArtist: given.albumArtist !== undefined ? given.albumArtist : fromTag(tags.albumArtist, 'albumArtist'),
    composer: given.composer !== undefined ? given.composer : fromTag(tags.composer, 'composer'),
  };
}

/** Sort names come only from tags, cleaned like the other tags. */
export function sortNamesFromTags(tags: AudioTags) {
  return {
    title_sort: fromTag(tags.titleSort, 'title'),
    artist_sort: fromTag(tags.artistSort, 'artist'),
    album_artist_sort: fromTag(tags.albumArtistSort, 'albumArtist'),
  };
}

/** A tagged number out of range ("0/0", "1000") is no number, not a refusal. */
function positionFromTag(value: number | undefined): number | null {
  return value !== undefined && Number.isInteger(value) && value >= POSITION.min && value <= POSITION.max
    ? value
    : null;
}

/** Tags come from anywhere: control characters become spaces and overlong values are cut, never refused. */
function fromTag(value: string | undefined, field: TextField): string | null {
  if (!value) return null;
  const cleaned = value.normalize('NFC').replace(CONTROL_CHARACTERS_GLOBAL, ' ').replace(/\s+/g, ' ').trim();
  return cleaned ? [...cleaned].slice(0, MAX_LENGTH[field]).join('').trim() : null;
}

/** "C:\\Music\\01 Intro.mp3" → "01 Intro": the client's file name, without folders or extension. */
export function titleFromFileName(fileName: string): string {
  // Browsers send a name's quotes and line breaks as %22, %0D and %0A (the HTML form encoding).
  const decoded = fileName.replace(/%22/gi, '"').replace(/%0[ad]/gi, ' ');
  const base = decoded.split(/[/\\]/).pop() ?? '';
  const withoutExtension = base.replace(/\.[^.\s]{1,5}$/, '');
  return fromTag(withoutExtension, 'title') ?? UNTITLED;
}
