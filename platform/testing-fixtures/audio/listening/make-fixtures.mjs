#!/usr/bin/env node
// Regenerates the lyrics, loudness and gapless fixtures in this folder (tests never run this: the
// output is committed). Needs ffmpeg with libmp3lame. ffmpeg cannot write ID3 SYLT or USLT frames, so
// those two files get an ID3v2.4 tag built here, byte by byte, in front of a tag-less MP3.
// Run: node make-fixtures.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'listening-fixtures-'));
const ff = (...args) => execFileSync('ffmpeg', ['-nostdin', '-loglevel', 'error', '-y', ...args]);
/** A 1 kHz sine at `amplitude` (linear, 1 = full scale) in both channels: its loudness and peak are known. */
const tone = (seconds, amplitude) =>
  `aevalsrc=${amplitude}*sin(2*PI*1000*t)|${amplitude}*sin(2*PI*1000*t):s=44100:d=${seconds}`;
const mp3 = ['-c:a', 'libmp3lame', '-b:a', '128k'];
const UTF8 = Buffer.from([3]);
const NUL = Buffer.from([0]);

try {
  // ReplayGain tags (ID3 TXXX, as foobar2000 and loudgain write them): the catalog must take these, not measure.
  ff(
    '-f',
    'lavfi',
    '-i',
    tone(3, 0.5),
    ...mp3,
    '-metadata',
    'title=Tagged Levels',
    '-metadata',
    'artist=Tone Maker',
    '-metadata',
    'album=Tagged Album',
    '-metadata',
    'REPLAYGAIN_TRACK_GAIN=-3.21 dB',
    '-metadata',
    'REPLAYGAIN_TRACK_PEAK=0.501187',
    '-metadata',
    'REPLAYGAIN_ALBUM_GAIN=-4.50 dB',
    '-metadata',
    'REPLAYGAIN_ALBUM_PEAK=0.707946',
    join(out, 'replaygain-tagged.mp3'),
  );

  // No ReplayGain: measured at upload. Two songs of one album, 10 dB apart, for the album gain.
  ff(
    '-f',
    'lavfi',
    '-i',
    tone(4, 0.25),
    ...mp3,
    '-metadata',
    'title=Quarter Scale',
    '-metadata',
    'artist=Tone Maker',
    '-metadata',
    'album=Measured Album',
    join(out, 'tone-quarter-scale.mp3'),
  );
  ff(
    '-f',
    'lavfi',
    '-i',
    tone(4, 0.079),
    ...mp3,
    '-metadata',
    'title=Ten dB Down',
    '-metadata',
    'artist=Tone Maker',
    '-metadata',
    'album=Measured Album',
    join(out, 'tone-ten-db-down.mp3'),
  );

  // FLAC with an LRC text in its Vorbis LYRICS comment (metadata tag, two stamps on one line, 3-digit ms).
  const lrc = [
    '[ar:Tone Maker]',
    '[00:00.50]First line',
    '[00:01.25][00:02.75]Twice — déjà vu',
    '[00:02.000]Third',
  ].join('\n');
  ff(
    '-f',
    'lavfi',
    '-i',
    tone(3, 0.25),
    '-c:a',
    'flac',
    '-metadata',
    'title=Vorbis Lyrics',
    '-metadata',
    `LYRICS=${lrc}`,
    join(out, 'lyrics-vorbis-lrc.flac'),
  );

  // Tag-less MP3s (no ID3v2, LAME/Info frame kept) that get a hand-made ID3v2.4 tag.
  const bare = join(work, 'bare.mp3');
  ff('-f', 'lavfi', '-i', tone(3, 0.25), ...mp3, '-id3v2_version', '0', '-write_id3v1', '0', bare);
  const audio = readFileSync(bare);
  const sylt = syltFrame([
    ['Première ligne', 400],
    ['日本語の行', 1200],
    ['Last line', 2600],
  ]);
  writeFileSync(
    join(out, 'lyrics-sylt.mp3'),
    Buffer.concat([id3v24([textFrame('TIT2', 'Synced Lyrics'), sylt]), audio]),
  );
  const uslt = usltFrame('Plain first line\nPlain second line — ünïcode');
  writeFileSync(
    join(out, 'lyrics-uslt.mp3'),
    Buffer.concat([id3v24([textFrame('TIT2', 'Unsynced Lyrics'), uslt]), audio]),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** A 28-bit size in four 7-bit bytes, as ID3v2.4 writes tag and frame sizes. */
function syncsafe(size) {
  return Buffer.from([(size >> 21) & 0x7f, (size >> 14) & 0x7f, (size >> 7) & 0x7f, size & 0x7f]);
}
function frame(id, body) {
  return Buffer.concat([Buffer.from(id, 'latin1'), syncsafe(body.length), Buffer.from([0, 0]), body]);
}
function id3v24(frames) {
  const body = Buffer.concat(frames);
  return Buffer.concat([Buffer.from('ID3', 'latin1'), Buffer.from([4, 0, 0]), syncsafe(body.length), body]);
}
function textFrame(id, text) {
  return frame(id, Buffer.concat([UTF8, Buffer.from(text, 'utf8')]));
}
/** SYLT: encoding, language, timestamp format 2 (milliseconds), content type 1 (lyrics), descriptor, then text + 32-bit time pairs. */
function syltFrame(lines) {
  const head = Buffer.concat([UTF8, Buffer.from('eng', 'latin1'), Buffer.from([2, 1]), NUL]);
  const entries = lines.map(([text, ms]) => {
    const time = Buffer.alloc(4);
    time.writeUInt32BE(ms);
    return Buffer.concat([Buffer.from(text, 'utf8'), NUL, time]);
  });
  return frame('SYLT', Buffer.concat([head, ...entries]));
}
/** USLT: encoding, language, empty descriptor, text. */
function usltFrame(text) {
  return frame('USLT', Buffer.concat([UTF8, Buffer.from('eng', 'latin1'), NUL, Buffer.from(text, 'utf8')]));
}
