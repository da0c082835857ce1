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

  // AAC in M4A with the iTunSMPB tag iTunes writes (ffmpeg writes an edit list instead): its values
  // from what ffprobe counts, 1024 samples of encoder priming and the last packet's padding.
  const m4a = join(work, 'gapless.m4a');
  ff('-f', 'lavfi', '-i', tone(2, 0.25), '-c:a', 'aac', '-b:a', '96k', '-metadata', 'title=Gapless AAC', m4a);
  const packets = Number(
    execFileSync('ffprobe', [
      '-v',
      'error',
      '-select_streams',
      'a:0',
      '-count_packets',
      '-show_entries',
      'stream=nb_read_packets',
      '-of',
      'csv=p=0',
      m4a,
    ])
      .toString()
      .trim(),
  );
  const delay = 1024;
  const total = 2 * 44100;
  const padding = packets * 1024 - delay - total;
  const hex = (value, digits) => value.toString(16).toUpperCase().padStart(digits, '0');
  const smpb = ` 00000000 ${hex(delay, 8)} ${hex(padding, 8)} ${hex(total, 16)} 00000000 00000000`;
  writeFileSync(join(out, 'aac-itunsmpb.m4a'), withFreeformTag(readFileSync(m4a), 'iTunSMPB', smpb));
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** An MP4 box: 32-bit size, type, body. */
function box(type, ...parts) {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length + 8);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
}

/**
 * Appends a '----' (freeform, com.apple.iTunes) item to moov/udta/meta/ilst and grows the boxes
 * around it. ffmpeg writes moov after mdat, so no chunk offset moves.
 */
function withFreeformTag(file, name, value) {
  const zero4 = Buffer.alloc(4);
  const dataHead = Buffer.from([0, 0, 0, 1, 0, 0, 0, 0]); // type 1 (UTF-8), locale 0
  const item = box(
    '----',
    box('mean', zero4, Buffer.from('com.apple.iTunes')),
    box('name', zero4, Buffer.from(name)),
    box('data', dataHead, Buffer.from(value, 'utf8')),
  );
  const path = [];
  const find = (from, to, types) => {
    for (let off = from; off < to; off += file.readUInt32BE(off)) {
      const type = file.toString('latin1', off + 4, off + 8);
      if (type !== types[0]) continue;
      path.push(off);
      if (types.length === 1) return off;
      // meta is a full box: 4 bytes of version and flags before its children.
      const inner = off + 8 + (type === 'meta' ? 4 : 0);
      return find(inner, off + file.readUInt32BE(off), types.slice(1));
    }
    throw new Error(`no ${types[0]} box`);
  };
  const ilst = find(0, file.length, ['moov', 'udta', 'meta', 'ilst']);
  const end = ilst + file.readUInt32BE(ilst);
  const grown = Buffer.concat([file.subarray(0, end), item, file.subarray(end)]);
  for (const off of path) grown.writeUInt32BE(grown.readUInt32BE(off) + item.length, off);
  return grown;
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
