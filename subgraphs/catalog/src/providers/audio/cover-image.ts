/**
 * Embedded pictures are served from the API's own origin, so their type comes from their bytes, not
 * from the tag's claim: a "cover" declared as text/html must never be served as a page.
 */
const SIGNATURES: Array<{ mimeType: string; matches: (bytes: Buffer) => boolean }> = [
  { mimeType: 'image/jpeg', matches: (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]) },
  { mimeType: 'image/png', matches: (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  {
    mimeType: 'image/gif',
    matches: (bytes) =>
      bytes
        .subarray(0, 6)
        .toString('latin1')
        .match(/^GIF8[79]a$/) !== null,
  },
  {
    mimeType: 'image/webp',
    matches: (bytes) =>
      bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP',
  },
];

/** Larger pictures are ignored: a cover is a thumbnail, not a way to store arbitrary data. */
export const MAX_COVER_BYTES = 10 * 1024 * 1024;

/** The picture's real image type, or null when it is not an image we serve. */
export function coverImageType(bytes: Buffer): string | null {
  if (bytes.length === 0 || bytes.length > MAX_COVER_BYTES) return null;
  return SIGNATURES.find((signature) => signature.matches(bytes))?.mimeType ?? null;
}

function startsWith(bytes: Buffer, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}
