/**
 * Parses an HTTP Range header (RFC 9110 §14.1-14.2) against a representation of known size.
 *
 * Where the RFC lets a server choose, this one chooses the answer that can never be a wrong body:
 * a Range it cannot fully understand is ignored (200 with the whole body) rather than guessed at.
 *
 * Not `range-parser` (Express's): it answers 416 where RFC 9110 asks for bytes, for a suffix longer
 * than the file (`bytes=-99999999`, which must be the whole file as 206) and for `bytes=5-3` (an
 * invalid range-spec, so the header must be ignored), and refuses legal empty list elements
 * (`bytes=0-4,`). Checking for those first would be this parser again (bench/PROFILE.md).
 */

export type RangeDecision =
  /** Serve the whole representation with 200: no Range, an unknown unit, bad syntax, or several ranges. */
  | { kind: 'whole' }
  /** 206 with exactly these bytes; end is inclusive and already clamped to size - 1. */
  | { kind: 'partial'; start: number; end: number }
  /** 416: the header is valid but no range overlaps the representation. */
  | { kind: 'unsatisfiable' };

/** Longer headers are ignored outright: no legitimate player needs them, and parsing costs. */
const MAX_HEADER_LENGTH = 1024;

const INT_RANGE = /^(\d+)-(\d*)$/;
const SUFFIX_RANGE = /^-(\d+)$/;

export function decideRange(header: string | undefined, size: number): RangeDecision {
  const WHOLE = { kind: 'whole' } as const;
  // A zero-length body has no byte a range could name (Content-Range cannot express an empty range),
  // so the Range is ignored and an empty 200 sent, as RFC 9110 allows for any Range.
  if (header === undefined || header.length > MAX_HEADER_LENGTH || size === 0) return WHOLE;

  const eq = header.indexOf('=');
  if (eq === -1 || header.slice(0, eq).trim().toLowerCase() !== 'bytes') return WHOLE; // unknown unit: MUST ignore

  // Empty list elements ("0-1,,5-6") are legal list syntax (RFC 9110 §5.6.1) and skipped.
  const specs = header
    .slice(eq + 1)
    .split(',')
    .map((spec) => spec.trim())
    .filter((spec) => spec !== '');
  if (specs.length === 0) return WHOLE;

  const satisfiable: { start: number; end: number }[] = [];
  for (const spec of specs) {
    const int = INT_RANGE.exec(spec);
    const suffix = int ? null : SUFFIX_RANGE.exec(spec);
    if (int) {
      const first = Number(int[1]);
      const last = int[2] === '' ? Infinity : Number(int[2]);
      if (last < first) return WHOLE; // invalid range-spec: the whole header is invalid
      if (first < size) satisfiable.push({ start: first, end: Math.min(last, size - 1) });
    } else if (suffix) {
      const length = Number(suffix[1]);
      if (length > 0) satisfiable.push({ start: Math.max(0, size - length), end: size - 1 });
    } else {
      return WHOLE;
    }
  }

  if (satisfiable.length === 0) return { kind: 'unsatisfiable' };
  // Several ranges would need multipart/byteranges; audio players never ask for them, and the whole
  // body is always a correct answer.
  if (satisfiable.length > 1) return WHOLE;
  return { kind: 'partial', ...satisfiable[0]! };
}
