import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';

/**
 * The Subsonic REST API 1.16.1 response definitions (subsonic-rest-api-1.16.1.xsd) and the OpenSubsonic
 * additions (opensubsonic.netlify.app: type, serverVersion, openSubsonic, the Child/AlbumID3/ArtistID3
 * fields, error helpUrl, openSubsonicExtensions, lyricsList), written as zod shapes of the JSON form.
 *
 * The XML form is checked against the same shapes: the parsed XML is mapped onto them by walking the
 * shape itself (a scalar field must be an attribute of the element, or its text for `value`; an object
 * or a list of objects must be child elements; a list of scalars must be repeated simple elements),
 * with every attribute read by its XSD lexical type (xs:int, xs:long, xs:boolean, xs:double), so one
 * definition covers both formats and an attribute written as an element, or "abc" as an int, fails.
 *
 * Objects are strict: a field that neither the XSD nor OpenSubsonic defines is an error, so a typo in
 * the server's answer is caught rather than ignored.
 */

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

/** xs:int */
const int = z.number().int().min(INT_MIN).max(INT_MAX);
/** xs:long (JSON numbers beyond 2^53 lose precision, so the safe range stands for it) */
const long = z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
/** xs:dateTime, which OpenSubsonic calls ISO 8601: a date, a time, optional fraction and zone */
const dateTime = z
  .string()
  .regex(/^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/, 'an xs:dateTime');
const userRating = int.min(1).max(5);
/** The XSD's UserRating is 1..5; OpenSubsonic servers send 0 for "not rated" in a few places. */
const averageRating = z.number().min(0).max(5);
const mediaType = z.enum(['music', 'podcast', 'audiobook', 'video']);

// ------------------------------------------------------------------- OpenSubsonic item types
const itemGenre = z.strictObject({ name: z.string() });
const recordLabel = z.strictObject({ name: z.string() });
const itemDate = z.strictObject({ year: int.optional(), month: int.optional(), day: int.optional() });
const discTitle = z.strictObject({ disc: int, title: z.string() });
const replayGain = z.strictObject({
  trackGain: z.number().optional(),
  albumGain: z.number().optional(),
  trackPeak: z.number().optional(),
  albumPeak: z.number().optional(),
  baseGain: z.number().optional(),
  fallbackGain: z.number().optional(),
});

// ------------------------------------------------------------------------ artists and albums
export const artist = z.strictObject({
  id: z.string(),
  name: z.string(),
  artistImageUrl: z.string().optional(),
  starred: dateTime.optional(),
  userRating: userRating.optional(),
  averageRating: averageRating.optional(),
});

export const artistID3 = z.strictObject({
  id: z.string(),
  name: z.string(),
  coverArt: z.string().optional(),
  artistImageUrl: z.string().optional(),
  albumCount: int.optional(),
  starred: dateTime.optional(),
  // OpenSubsonic
  musicBrainzId: z.string().optional(),
  sortName: z.string().optional(),
  roles: z.array(z.string()).optional(),
  userRating: userRating.optional(),
});

/**
 * The XSD requires albumCount on ArtistID3; OpenSubsonic's Child.artists/albumArtists carry "only the
 * required fields" id and name, so albumCount is optional in the shared shape and required here, where
 * an ArtistID3 stands on its own.
 */
const standaloneArtistID3 = artistID3.extend({ albumCount: int });

const contributor = z.strictObject({ role: z.string(), subRole: z.string().optional(), artist: artistID3 });

export const albumID3 = z.strictObject({
  id: z.string(),
  name: z.string(),
  artist: z.string().optional(),
  artistId: z.string().optional(),
  coverArt: z.string().optional(),
  songCount: int,
  duration: int,
  playCount: long.optional(),
  created: dateTime,
  starred: dateTime.optional(),
  year: int.optional(),
  genre: z.string().optional(),
  // OpenSubsonic
  version: z.string().optional(),
  played: dateTime.optional(),
  userRating: userRating.optional(),
  recordLabels: z.array(recordLabel).optional(),
  musicBrainzId: z.string().optional(),
  genres: z.array(itemGenre).optional(),
  artists: z.array(artistID3).optional(),
  displayArtist: z.string().optional(),
  releaseTypes: z.array(z.string()).optional(),
  moods: z.array(z.string()).optional(),
  sortName: z.string().optional(),
  originalReleaseDate: itemDate.optional(),
  releaseDate: itemDate.optional(),
  isCompilation: z.boolean().optional(),
  explicitStatus: z.enum(['explicit', 'clean', '']).optional(),
  discTitles: z.array(discTitle).optional(),
});

// -------------------------------------------------------------------------------- Child
export const child = z.strictObject({
  id: z.string(),
  parent: z.string().optional(),
  isDir: z.boolean(),
  title: z.string(),
  album: z.string().optional(),
  artist: z.string().optional(),
  track: int.optional(),
  year: int.optional(),
  genre: z.string().optional(),
  coverArt: z.string().optional(),
  size: long.optional(),
  contentType: z.string().optional(),
  suffix: z.string().optional(),
  transcodedContentType: z.string().optional(),
  transcodedSuffix: z.string().optional(),
  duration: int.optional(),
  bitRate: int.optional(),
  path: z.string().optional(),
  isVideo: z.boolean().optional(),
  userRating: userRating.optional(),
  averageRating: averageRating.optional(),
  playCount: long.optional(),
  discNumber: int.optional(),
  created: dateTime.optional(),
  starred: dateTime.optional(),
  albumId: z.string().optional(),
  artistId: z.string().optional(),
  type: mediaType.optional(),
  bookmarkPosition: long.optional(),
  originalWidth: int.optional(),
  originalHeight: int.optional(),
  // OpenSubsonic
  bitDepth: int.optional(),
  samplingRate: int.optional(),
  channelCount: int.optional(),
  totalPlayCount: long.optional(),
  userPlayCount: long.optional(),
  played: dateTime.optional(),
  mediaType: z.enum(['song', 'album', 'artist']).optional(),
  bpm: int.optional(),
  comment: z.string().optional(),
  sortName: z.string().optional(),
  musicBrainzId: z.string().optional(),
  isrc: z.array(z.string()).optional(),
  genres: z.array(itemGenre).optional(),
  artists: z.array(artistID3).optional(),
  displayArtist: z.string().optional(),
  albumArtists: z.array(artistID3).optional(),
  displayAlbumArtist: z.string().optional(),
  contributors: z.array(contributor).optional(),
  displayComposer: z.string().optional(),
  moods: z.array(z.string()).optional(),
  replayGain: replayGain.optional(),
  explicitStatus: z.enum(['explicit', 'clean', '']).optional(),
  groupings: z.array(z.string()).optional(),
});

// ------------------------------------------------------------------------------ browsing
export const musicFolders = z.strictObject({
  musicFolder: z.array(z.strictObject({ id: int, name: z.string().optional() })).optional(),
});

export const indexes = z.strictObject({
  shortcut: z.array(artist).optional(),
  index: z.array(z.strictObject({ name: z.string(), artist: z.array(artist).optional() })).optional(),
  child: z.array(child).optional(),
  lastModified: long,
  ignoredArticles: z.string(),
});

export const directory = z.strictObject({
  child: z.array(child).optional(),
  id: z.string(),
  parent: z.string().optional(),
  name: z.string(),
  starred: dateTime.optional(),
  userRating: userRating.optional(),
  averageRating: averageRating.optional(),
  playCount: long.optional(),
});

/** mixed content: the genre's name is the element's text in XML, `value` in JSON */
export const genres = z.strictObject({
  genre: z.array(z.strictObject({ songCount: int, albumCount: int, value: z.string() })).optional(),
});

export const artistsID3 = z.strictObject({
  index: z.array(z.strictObject({ name: z.string(), artist: z.array(standaloneArtistID3).optional() })).optional(),
  ignoredArticles: z.string(),
});

export const artistWithAlbumsID3 = standaloneArtistID3.extend({ album: z.array(albumID3).optional() });
export const albumWithSongsID3 = albumID3.extend({ song: z.array(child).optional() });

// ---------------------------------------------------------------------------- lists, search
export const albumList2 = z.strictObject({ album: z.array(albumID3).optional() });
export const songs = z.strictObject({ song: z.array(child).optional() });
export const starred2 = z.strictObject({
  artist: z.array(standaloneArtistID3).optional(),
  album: z.array(albumID3).optional(),
  song: z.array(child).optional(),
});
export const searchResult3 = starred2;
export const nowPlaying = z.strictObject({
  entry: z
    .array(
      child.extend({
        username: z.string(),
        minutesAgo: int,
        playerId: int,
        playerName: z.string().optional(),
      }),
    )
    .optional(),
});

// ----------------------------------------------------------------------------- playlists
export const playlist = z.strictObject({
  allowedUser: z.array(z.string()).optional(),
  id: z.string(),
  name: z.string(),
  comment: z.string().optional(),
  owner: z.string().optional(),
  public: z.boolean().optional(),
  songCount: int,
  duration: int,
  created: dateTime,
  changed: dateTime,
  coverArt: z.string().optional(),
  // OpenSubsonic
  readonly: z.boolean().optional(),
  validUntil: dateTime.optional(),
});
export const playlists = z.strictObject({ playlist: z.array(playlist).optional() });
export const playlistWithSongs = playlist.extend({ entry: z.array(child).optional() });

// ------------------------------------------------------------------------- system, users
export const license = z.strictObject({
  valid: z.boolean(),
  email: z.string().optional(),
  licenseExpires: dateTime.optional(),
  trialExpires: dateTime.optional(),
});

export const user = z.strictObject({
  folder: z.array(int).optional(),
  username: z.string(),
  email: z.string().optional(),
  scrobblingEnabled: z.boolean(),
  maxBitRate: int.optional(),
  adminRole: z.boolean(),
  settingsRole: z.boolean(),
  downloadRole: z.boolean(),
  uploadRole: z.boolean(),
  playlistRole: z.boolean(),
  coverArtRole: z.boolean(),
  commentRole: z.boolean(),
  podcastRole: z.boolean(),
  streamRole: z.boolean(),
  jukeboxRole: z.boolean(),
  shareRole: z.boolean(),
  videoConversionRole: z.boolean(),
  avatarLastChanged: dateTime.optional(),
});

export const error = z.strictObject({
  code: int,
  message: z.string().optional(),
  helpUrl: z.string().optional(),
});

export const openSubsonicExtension = z.strictObject({ name: z.string(), versions: z.array(int) });

/** getLyrics (mixed content: the text is `value`) */
export const lyrics = z.strictObject({
  artist: z.string().optional(),
  title: z.string().optional(),
  value: z.string().optional(),
});

/** getLyricsBySongId (OpenSubsonic songLyrics): `start` only on synced lines */
export const lyricsList = z.strictObject({
  structuredLyrics: z
    .array(
      z.strictObject({
        lang: z.string(),
        synced: z.boolean(),
        line: z.array(z.strictObject({ start: z.number().optional(), value: z.string() })),
        displayArtist: z.string().optional(),
        displayTitle: z.string().optional(),
        offset: z.number().optional(),
      }),
    )
    .optional(),
});

// ------------------------------------------------------------------------------- envelope
/** The payload elements of the XSD's Response choice this API answers with, plus OpenSubsonic's. */
const payloads = {
  error,
  license,
  musicFolders,
  indexes,
  directory,
  genres,
  artists: artistsID3,
  artist: artistWithAlbumsID3,
  album: albumWithSongsID3,
  song: child,
  nowPlaying,
  searchResult3,
  playlists,
  playlist: playlistWithSongs,
  user,
  albumList2,
  randomSongs: songs,
  songsByGenre: songs,
  lyrics,
  starred2,
  openSubsonicExtensions: z.array(openSubsonicExtension),
  lyricsList,
} as const;

export type SubsonicPayload = keyof typeof payloads;
export const PAYLOADS = Object.keys(payloads) as SubsonicPayload[];

const envelopeFields = {
  status: z.enum(['ok', 'failed']),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a Version (d.d.d)'),
  // OpenSubsonic: required of an OpenSubsonic server, as Sp0t1fy is one
  type: z.string().min(1),
  serverVersion: z.string().optional(),
  openSubsonic: z.literal(true),
};

const responseShape = z.strictObject({
  ...envelopeFields,
  ...Object.fromEntries(Object.entries(payloads).map(([name, shape]) => [name, shape.optional()])),
} as typeof envelopeFields & { [K in SubsonicPayload]: z.ZodOptional<(typeof payloads)[K]> });

export const subsonicResponse = responseShape.superRefine((response, context) => {
  const present = PAYLOADS.filter((name) => response[name] !== undefined);
  // The XSD's Response is a choice of at most one element.
  if (present.length > 1) context.addIssue({ code: 'custom', message: `more than one payload: ${present.join(', ')}` });
  if (response.status === 'failed' && response.error === undefined)
    context.addIssue({ code: 'custom', message: 'status "failed" without an error element' });
  if (response.status === 'ok' && response.error !== undefined)
    context.addIssue({ code: 'custom', message: 'status "ok" with an error element' });
});

export type SubsonicResponse = z.infer<typeof subsonicResponse>;

export class SubsonicSchemaError extends Error {
  constructor(
    format: 'JSON' | 'XML',
    detail: string,
    readonly answer: unknown,
  ) {
    super(`the ${format} answer does not match the Subsonic 1.16.1 / OpenSubsonic schema: ${detail}`);
  }
}

function describe(issues: z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 8)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

function validate(format: 'JSON' | 'XML', value: unknown, original: unknown): SubsonicResponse {
  const result = subsonicResponse.safeParse(value);
  if (!result.success) throw new SubsonicSchemaError(format, describe(result.error.issues), original);
  return result.data;
}

/** Checks a JSON answer (the body text or the parsed value) and returns its typed envelope. */
export function checkSubsonicJson(body: string | unknown): SubsonicResponse {
  let parsed: unknown = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new SubsonicSchemaError('JSON', 'not JSON', body);
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Object.keys(parsed).join() !== 'subsonic-response')
    throw new SubsonicSchemaError('JSON', 'the answer is not one "subsonic-response" object', body);
  return validate('JSON', (parsed as Record<string, unknown>)['subsonic-response'], body);
}

// ------------------------------------------------------------------------------------ XML
const NAMESPACE = 'http://subsonic.org/restapi';
const ATTRIBUTE = '@_';
const TEXT = '#text';

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTRIBUTE,
  textNodeName: TEXT,
  // Values stay text: the schema's types decide how each one is read, as the XSD's would.
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  // Every element comes back as a list, so "repeated" and "once" are the schema's to decide.
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
  processEntities: true,
});

type Node = Record<string, unknown>;
type Def = { type: string; [key: string]: unknown };

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schema under optional wrappers. */
function bare(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let def = defOf(current); def.type === 'optional'; def = defOf(current)) current = def.innerType as z.ZodType;
  return current;
}

const XML_INT = /^[+-]?\d+$/;
const XML_DOUBLE = /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|[+-]?INF|NaN)$/;

/**
 * One lexical value read as its schema type: xs:int/xs:long digits, xs:double, xs:boolean
 * (true/false/1/0). A value that is not of its lexical type stays text, so the schema rejects it.
 */
function readScalar(text: string, schema: z.ZodType): unknown {
  const def = defOf(bare(schema));
  if (def.type === 'number') {
    const integer = (def as { checks?: Array<{ _zod: { def: { check: string; format?: string } } }> }).checks?.some(
      (check) => check._zod.def.format === 'safeint' || check._zod.def.check === 'number_format',
    );
    if (integer ? XML_INT.test(text) : XML_DOUBLE.test(text)) return Number(text.replace(/^\+/, ''));
    return text;
  }
  const booleanLiteral = def.type === 'literal' && (def.values as unknown[]).every((v) => typeof v === 'boolean');
  if (def.type === 'boolean' || booleanLiteral) {
    if (text === 'true' || text === '1') return true;
    if (text === 'false' || text === '0') return false;
    return text;
  }
  return text;
}

function isScalarList(schema: z.ZodType): boolean {
  const def = defOf(bare(schema));
  if (def.type !== 'array') return false;
  const element = defOf(bare(def.element as z.ZodType));
  return element.type !== 'object';
}

/** The text of a simple element (a string, or `{ '#text': ... }` when the parser kept it as a node). */
function simpleText(node: unknown): unknown {
  if (typeof node === 'string') return node;
  if (node && typeof node === 'object') {
    const keys = Object.keys(node);
    if (keys.length === 0) return '';
    if (keys.length === 1 && keys[0] === TEXT) return (node as Node)[TEXT];
  }
  return node;
}

/**
 * Maps one parsed XML element onto an object schema: scalar fields from the attributes (or the text for
 * `value`), object and list fields from the child elements. What the schema does not know is kept under
 * its own name so the strict shape reports it.
 */
function fromXml(node: unknown, schema: z.ZodType): unknown {
  const objectSchema = bare(schema);
  const def = defOf(objectSchema);
  if (def.type !== 'object') return simpleText(node);
  // An element with neither attributes nor children comes back as its text ('' when empty).
  if (typeof node === 'string') return fromXml(node === '' ? {} : { [TEXT]: node }, schema);
  if (typeof node !== 'object' || node === null) return node;
  const shape = (objectSchema as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
  const out: Node = {};
  for (const [key, value] of Object.entries(node as Node)) {
    if (key.startsWith(ATTRIBUTE)) {
      const name = key.slice(ATTRIBUTE.length);
      const field = shape[name];
      const fieldType = field ? defOf(bare(field)).type : undefined;
      // An attribute can only stand for a scalar field; anything else is the wrong form.
      out[name] =
        field && fieldType !== 'object' && fieldType !== 'array'
          ? readScalar(String(value), field)
          : { attributeWhereTheSchemaHasAnElement: value };
      continue;
    }
    if (key === TEXT) {
      const field = shape.value;
      if (field) out.value = readScalar(String(value), field);
      else if (String(value).trim() !== '') out[TEXT] = value;
      continue;
    }
    const elements = value as unknown[];
    const field = shape[key];
    if (!field) {
      out[key] = elements;
      continue;
    }
    const fieldDef = defOf(bare(field));
    if (fieldDef.type === 'array') {
      const element = fieldDef.element as z.ZodType;
      out[key] = isScalarList(field)
        ? elements.map((item) => {
            const text = simpleText(item);
            return typeof text === 'string' ? readScalar(text, element) : text;
          })
        : elements.map((item) => fromXml(item, element));
    } else if (fieldDef.type === 'object') {
      // maxOccurs 1: a second occurrence is an error, kept visible as a list.
      out[key] = elements.length === 1 ? fromXml(elements[0], field) : elements;
    } else {
      out[key] = { elementWhereTheSchemaHasAnAttribute: elements };
    }
  }
  if ((node as Node)[TEXT] === undefined && shape.value && out.value === undefined) {
    // An empty mixed element (<lyrics/>) has no text at all, which is the empty string.
    const valueDef = defOf(bare(shape.value));
    if (valueDef.type === 'string' && defOf(shape.value).type !== 'optional') out.value = '';
  }
  return out;
}

/** Checks an XML answer: parsed, mapped onto the same shapes by their XSD types, then validated. */
export function checkSubsonicXml(xml: string): SubsonicResponse {
  let document: Node;
  try {
    document = xmlParser.parse(xml, true) as Node;
  } catch (cause) {
    throw new SubsonicSchemaError('XML', `not well-formed XML (${(cause as Error).message})`, xml);
  }
  const roots = Object.keys(document).filter((key) => key !== '?xml');
  if (roots.length !== 1 || roots[0] !== 'subsonic-response')
    throw new SubsonicSchemaError('XML', `the root element is ${roots.join(', ') || 'missing'}`, xml);
  const elements = document['subsonic-response'] as Node[];
  if (elements.length !== 1) throw new SubsonicSchemaError('XML', 'more than one root element', xml);
  const root = { ...elements[0] };
  if (root[`${ATTRIBUTE}xmlns`] !== NAMESPACE)
    throw new SubsonicSchemaError('XML', `the root element is not in the ${NAMESPACE} namespace`, xml);
  delete root[`${ATTRIBUTE}xmlns`];
  return validate('XML', fromXml(root, responseShape), xml);
}

/** Checks an answer by its Content-Type: JSON for application/json, else XML. */
export function checkSubsonicAnswer(contentType: string | null, body: string): SubsonicResponse {
  return /json/i.test(contentType ?? '') ? checkSubsonicJson(body) : checkSubsonicXml(body);
}
