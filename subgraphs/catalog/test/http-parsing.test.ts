import { describe, expect, it } from 'vitest';
import {
  evaluatePreconditions,
  ifRangeAllowsRange,
  parseEntityTag,
  parseEntityTagList,
} from '../src/http/http-conditional.js';
import { decideRange } from '../src/http/http-range.js';

describe('decideRange edge sizes', () => {
  it.each([
    [undefined, 10, { kind: 'whole' }],
    ['bytes=0-0', 1, { kind: 'partial', start: 0, end: 0 }],
    ['bytes=-1', 1, { kind: 'partial', start: 0, end: 0 }],
    ['bytes=1-', 1, { kind: 'unsatisfiable' }],
    ['bytes=-0', 1, { kind: 'unsatisfiable' }],
    // Zero-length: no byte can be named, so Range is ignored rather than answered 416.
    ['bytes=0-', 0, { kind: 'whole' }],
    ['bytes=-5', 0, { kind: 'whole' }],
    ['bytes=-0', 0, { kind: 'whole' }],
  ] as const)('%s on %i bytes', (header, size, expected) => {
    expect(decideRange(header, size)).toStrictEqual(expected);
  });
});

describe('entity tags', () => {
  it.each([
    ['"abc"', [{ weak: false, opaque: 'abc' }]],
    ['W/"abc"', [{ weak: true, opaque: 'abc' }]],
    ['""', [{ weak: false, opaque: '' }]],
    [
      '"a", W/"b" ,"c"',
      [
        { weak: false, opaque: 'a' },
        { weak: true, opaque: 'b' },
        { weak: false, opaque: 'c' },
      ],
    ],
    ['"a,b"', [{ weak: false, opaque: 'a,b' }]],
    [
      '"a",,"b"',
      [
        { weak: false, opaque: 'a' },
        { weak: false, opaque: 'b' },
      ],
    ],
    ['"a",', [{ weak: false, opaque: 'a' }]],
    [' * ', '*'],
    ['*, "a"', null], // * cannot be combined with tags
    ['abc', null],
    ['"abc', null],
    ['w/"abc"', null], // W/ is case-sensitive
    ['"a" "b"', null],
    ['"a b"', null], // space is not an etagc
    ['', null],
  ] as const)('parses %j', (value, expected) => {
    expect(parseEntityTagList(value)).toStrictEqual(expected);
  });

  it('parses a single tag only when it is the whole value', () => {
    expect(parseEntityTag(' "x" ')).toStrictEqual({ weak: false, opaque: 'x' });
    expect(parseEntityTag('"x", "y"')).toBeNull();
  });

  it('refuses a weak ETag for the representation itself', () => {
    expect(() => evaluatePreconditions({}, { etag: 'W/"x"' })).toThrow(TypeError);
    expect(() => evaluatePreconditions({}, { etag: 'x' })).toThrow(TypeError);
  });

  it('joins repeated header lines before parsing', () => {
    expect(evaluatePreconditions({ 'if-none-match': ['"a"', '"x"'] }, { etag: '"x"' })).toBe('not-modified');
  });

  it('If-Range needs a strong match', () => {
    expect(ifRangeAllowsRange({}, '"x"')).toBe(true);
    expect(ifRangeAllowsRange({ 'if-range': '"x"' }, '"x"')).toBe(true);
    expect(ifRangeAllowsRange({ 'if-range': 'W/"x"' }, '"x"')).toBe(false);
    expect(ifRangeAllowsRange({ 'if-range': 'Wed, 01 May 2024 12:00:00 GMT' }, '"x"')).toBe(false);
  });
});
