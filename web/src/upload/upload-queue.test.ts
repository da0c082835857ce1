// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { audioFixture } from '@sp0t1fy/platform/testing';
import { describe, expect, it } from 'vitest';
import type { UploadItem, UploadResult } from './upload-queue';
import { UploadQueue } from './upload-queue';

const fixture = async (name: string) => new File([await readFile(audioFixture(name))], name, { type: 'audio/mpeg' });

/** Waits until the queue's items satisfy `done`. */
function until(queue: UploadQueue, done: (items: UploadItem[]) => boolean): Promise<UploadItem[]> {
  return new Promise((resolve) => {
    const check = () => {
      if (done(queue.getItems())) {
        unsubscribe();
        resolve(queue.getItems());
      }
    };
    const unsubscribe = queue.subscribe(check);
    check();
  });
}

describe('the upload queue', () => {
  it('pre-fills the form from the file’s tags and cover, and from the file name when it has none', async () => {
    const queue = new UploadQueue(async () => ({ ok: true, songId: 'x' }));
    queue.add([await fixture('tones-with-cover.mp3'), await fixture('not-audio.mp3')]);
    const [tagged, untagged] = await until(queue, (items) => items.every((item) => item.status === 'ready'));
    expect(tagged).toMatchObject({
      draft: {
        title: 'Rising Tones',
        artist: 'Sine Ensemble',
        album: 'Waves',
        genre: 'Electronic',
        releaseYear: '2023',
      },
      tagsFound: true,
    });
    expect(tagged?.coverUrl).toMatch(/^blob:/);
    expect(tagged?.durationSeconds).toBeCloseTo(12.04, 0);
    expect(untagged).toMatchObject({ draft: { title: 'not-audio', artist: '' }, tagsFound: false, coverUrl: null });
    queue.dispose();
  });

  it('sends files one at a time with the edited details, reports progress, and keeps refusals with their message', async () => {
    const sent: Array<{ title: string; concurrent: number }> = [];
    let inFlight = 0;
    const queue = new UploadQueue(async (item, onProgress): Promise<UploadResult> => {
      inFlight += 1;
      sent.push({ title: item.draft.title, concurrent: inFlight });
      onProgress(0.5);
      await new Promise((resolve) => setTimeout(resolve, 5));
      onProgress(1);
      inFlight -= 1;
      return item.file.name === 'not-audio.mp3'
        ? {
            ok: false,
            message:
              'This file is not an audio file we accept (MP3, FLAC, AAC or ALAC in M4A, Ogg Vorbis, Opus and WAV).',
          }
        : { ok: true, songId: `song-${item.file.name}` };
    });
    const progress: number[] = [];
    queue.subscribe(() => {
      const uploading = queue.getItems().find((item) => item.status === 'uploading');
      if (uploading && progress.at(-1) !== uploading.progress) progress.push(uploading.progress);
    });
    queue.add([await fixture('speech-cbr128.mp3'), await fixture('not-audio.mp3')]);
    let items = await until(queue, (all) => all.every((item) => item.status === 'ready'));
    queue.edit(items[0]!.id, { ...items[0]!.draft, title: 'Counting, edited' });
    queue.send();
    items = await until(queue, (all) => all.every((item) => item.status === 'done' || item.status === 'failed'));

    expect(sent).toEqual([
      { title: 'Counting, edited', concurrent: 1 },
      { title: 'not-audio', concurrent: 1 },
    ]);
    expect(progress).toEqual(expect.arrayContaining([0.5, 1]));
    expect(items.map((item) => [item.status, item.songId, item.error])).toEqual([
      ['done', 'song-speech-cbr128.mp3', null],
      [
        'failed',
        null,
        'This file is not an audio file we accept (MP3, FLAC, AAC or ALAC in M4A, Ogg Vorbis, Opus and WAV).',
      ],
    ]);

    queue.clearFinished();
    expect(queue.getItems().map((item) => item.file.name)).toEqual(['not-audio.mp3']);
    queue.dispose();
  });

  it('cancels a file while it is being sent', async () => {
    let aborted = false;
    const queue = new UploadQueue(
      (_item, _progress, signal) =>
        new Promise((resolve) => {
          signal.addEventListener('abort', () => {
            aborted = true;
            resolve({ ok: false, message: 'cancelled' });
          });
        }),
    );
    queue.add([await fixture('speech-cbr128.mp3')]);
    const [item] = await until(queue, (all) => all[0]?.status === 'ready');
    queue.send();
    await until(queue, (all) => all[0]?.status === 'uploading');
    queue.remove(item!.id);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(aborted).toBe(true);
    expect(queue.getItems()).toEqual([]);
  });
});
