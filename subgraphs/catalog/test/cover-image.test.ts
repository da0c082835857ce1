import { readFile } from 'node:fs/promises';
import { audioFixture } from '@sp0t1fy/platform/testing';
import { describe, expect, it } from 'vitest';
import { coverImageType, MAX_COVER_BYTES } from '../src/providers/audio/cover-image.js';

describe('coverImageType', () => {
  it('recognises images by their bytes', async () => {
    expect(coverImageType(await readFile(audioFixture('png-renamed.mp3')))).toBe('image/png');
    expect(coverImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(coverImageType(Buffer.from('GIF89a\x01\x00', 'latin1'))).toBe('image/gif');
    expect(coverImageType(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('image/webp');
  });

  it('refuses anything else, whatever the tag claimed', () => {
    expect(coverImageType(Buffer.from('<!DOCTYPE html><script>alert(1)</script>'))).toBeNull();
    expect(coverImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(coverImageType(Buffer.alloc(0))).toBeNull();
    expect(coverImageType(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(MAX_COVER_BYTES)]))).toBeNull();
  });
});
