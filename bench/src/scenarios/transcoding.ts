import http from 'node:http';
import { join } from 'node:path';
import { makeFlac } from '../support/audio-files.js';
import type { BenchContext } from '../support/context.js';
import { graphql, uploadSong } from '../support/graphql.js';
import { percentiles } from '../support/percentiles.js';
import { met, ms, type Row, ratio, type ScenarioResult } from '../support/report.js';

const RANGE = 'bytes=0-262143';

/** Milliseconds from sending the request to the first body byte; the rest is read to the end. */
function timeToFirstByte(url: string, headers: Record<string, string> = {}): Promise<{ ms: number; status: number }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    let first: number | undefined;
    const request = http.get(url, { headers }, (response) => {
      response.on('data', () => {
        first ??= Number(process.hrtime.bigint() - started) / 1e6;
      });
      response.on('end', () => resolve({ ms: first ?? Number.NaN, status: response.statusCode ?? 0 }));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

const STREAM_URL = `query ($id: ID!, $format: StreamFormat, $maxBitRate: Int) {
  song(id: $id) { streamUrl(format: $format, maxBitRate: $maxBitRate) }
}`;

/**
 * Scenario 7: time to first byte of a 5-minute FLAC transcoded while it is made (MP3 128, Opus 96),
 * and of a Range request on the kept transcode, beside the original's, on the one-process stack. A
 * transcode is made once per file, so each sample is a different FLAC (another tone).
 */
export async function transcodingScenario(context: BenchContext): Promise<ScenarioResult> {
  const { stack, session, smoke, workDir } = context;
  const seconds = smoke ? 20 : 300;
  const samples = smoke ? 1 : 3;
  const songs = [];
  for (let index = 0; index < samples; index++) {
    const path = join(workDir, `transcode-${index}.flac`);
    await makeFlac(path, seconds, 220 + index * 110);
    songs.push(await uploadSong(stack.gateway.url, session.token, path, `Transcoding bench ${index}`));
  }
  const urlOf = async (id: string, format: string, maxBitRate?: number) =>
    `${stack.gateway.url}${
      (
        await graphql<{ song: { streamUrl: string } }>(
          stack.gateway.url,
          STREAM_URL,
          { id, format, maxBitRate },
          session.token,
        )
      ).song.streamUrl
    }`;

  const original: number[] = [];
  const mp3: number[] = [];
  const opus: number[] = [];
  const keptRange: number[] = [];
  for (const song of songs) {
    original.push((await timeToFirstByte(`${stack.gateway.url}${song.streamUrl}`, { range: RANGE })).ms);
    const mp3Url = await urlOf(song.id, 'MP3', 128);
    mp3.push((await timeToFirstByte(mp3Url)).ms);
    opus.push((await timeToFirstByte(await urlOf(song.id, 'OPUS', 96))).ms);
    const kept = await timeToFirstByte(mp3Url, { range: RANGE });
    if (kept.status !== 206) throw new Error(`the kept transcode answered ${kept.status} to a Range request`);
    keptRange.push(kept.ms);
  }
  const median = (values: number[]) => percentiles(values).p50;
  const base = median(original);
  const row = (measure: string, values: number[], target?: number): Row => {
    const value = median(values);
    return {
      measure,
      value: ms(value),
      baseline: ms(base),
      ratio: ratio(value, base),
      target: target === undefined ? 'reported' : `< ${target} ms`,
      met: target === undefined ? '' : met(value < target),
    };
  };
  return {
    title: '7. Transcoding: time to first byte',
    baselineName: `the original FLAC (${seconds} s, 44.1 kHz stereo), a 256 KiB Range request, same stack`,
    rows: [
      row('MP3 128 kbit/s while it is made', mp3, 1000),
      row('Opus 96 kbit/s while it is made', opus, 1000),
      row('kept MP3 128, a 256 KiB Range request', keptRange),
    ],
    notes: [
      `Medians of ${samples} FLAC files (one transcode each: a second request is served from the kept file).`,
      'Measured on the media request alone (the streamUrl query is not timed); ffmpeg is the one the catalog logs at start.',
    ],
  };
}
