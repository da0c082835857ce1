/**
 * HTTP conditional requests (RFC 9110 §13) for an immutable representation with a strong ETag.
 */
import fresh from 'fresh';

interface EntityTag {
  weak: boolean;
  opaque: string;
}

// entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE; etagc = %x21 / %x23-7E / obs-text. Commas are legal
// inside the quotes, so a list cannot be split on commas.
const ENTITY_TAG = /^(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"/;

/** Parses `*` or a comma-separated entity-tag list; null when malformed. */
export function parseEntityTagList(value: string): '*' | EntityTag[] | null {
  const text = value.trim();
  if (text === '*') return '*';
  const tags: EntityTag[] = [];
  let rest = text;
  while (rest !== '') {
    const match = ENTITY_TAG.exec(rest);
    if (!match) return null;
    tags.push({ weak: match[1] !== undefined, opaque: match[2]! });
    rest = rest.slice(match[0].length);
    const separator = /^[ \t]*(?:,[ \t]*)+/.exec(rest); // empty list elements are legal
    if (separator) rest = rest.slice(separator[0].length);
    else if (rest.trim() !== '') return null;
    else rest = '';
  }
  return tags.length > 0 ? tags : null;
}

export function parseEntityTag(value: string): EntityTag | null {
  const match = ENTITY_TAG.exec(value.trim());
  return match && match[0].length === value.trim().length ? { weak: match[1] !== undefined, opaque: match[2]! } : null;
}

const strongMatch = (a: EntityTag, b: EntityTag) => !a.weak && !b.weak && a.opaque === b.opaque;

export type PreconditionOutcome = 'proceed' | 'not-modified' | 'precondition-failed';

export interface Validators {
  /** Strong ETag of the current representation, e.g. "\"<sha256>\"". */
  etag: string;
  lastModified?: Date | undefined;
}

type Headers = Record<string, string | string[] | undefined>;

/** Evaluates If-Match, If-Unmodified-Since, If-None-Match and If-Modified-Since in RFC 9110 §13.2.2 order, for GET/HEAD. */
export function evaluatePreconditions(headers: Headers, validators: Validators): PreconditionOutcome {
  const current = parseEntityTag(validators.etag);
  if (!current || current.weak) throw new TypeError(`etag must be a strong entity-tag, got ${validators.etag}`);
  const lastModified = validators.lastModified && Math.floor(validators.lastModified.getTime() / 1000);

  const ifMatch = header(headers, 'if-match');
  if (ifMatch !== undefined) {
    // A malformed If-Match cannot be shown to hold, so it fails: it guards state-dependent actions.
    const list = parseEntityTagList(ifMatch);
    if (list !== '*' && !list?.some((tag) => strongMatch(tag, current))) return 'precondition-failed';
  } else {
    const since = httpDateSeconds(header(headers, 'if-unmodified-since'));
    if (since !== undefined && lastModified !== undefined && lastModified > since) return 'precondition-failed';
  }

  // If-None-Match (weak comparison, `*`, lists) and If-Modified-Since, which it ignores when If-None-Match
  // is present, are `fresh`'s (what Express's req.fresh uses). The request's Cache-Control is left out
  // on purpose: fresh treats `no-cache` as "never 304", a rule for caches relaying a reload, not for
  // the origin, whose representation is immutable.
  const ifNoneMatch = header(headers, 'if-none-match');
  const ifModifiedSince = header(headers, 'if-modified-since');
  if (ifNoneMatch === undefined && ifModifiedSince === undefined) return 'proceed'; // most requests
  const representation = {
    etag: validators.etag,
    'last-modified': ifModifiedSince === undefined ? undefined : validators.lastModified?.toUTCString(),
  };
  const conditional = { 'if-none-match': ifNoneMatch, 'if-modified-since': ifModifiedSince };
  return fresh(conditional, representation) ? 'not-modified' : 'proceed';
}

/**
 * Whether a Range may be honoured given If-Range (RFC 9110 §13.1.5). Only a strong ETag match
 * counts: an HTTP-date is a weak validator unless the server proves otherwise, and sending a part of
 * a different representation than the client holds would corrupt its copy.
 */
export function ifRangeAllowsRange(headers: Headers, etag: string): boolean {
  const ifRange = header(headers, 'if-range');
  if (ifRange === undefined) return true;
  const tag = parseEntityTag(ifRange);
  const current = parseEntityTag(etag);
  return tag !== null && current !== null && strongMatch(tag, current);
}

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function httpDateSeconds(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}
