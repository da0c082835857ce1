import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';

/** What the walk picks up, by extension; the server judges the bytes and refuses what it cannot serve. */
export const AUDIO_EXTENSIONS: ReadonlySet<string> = new Set([
  'mp3',
  'flac',
  'm4a',
  'mp4',
  'aac',
  'ogg',
  'oga',
  'opus',
  'wav',
]);

export interface AudioFile {
  path: string;
  /** Relative to the imported folder, with its own separators: how the file is named in the output. */
  name: string;
  sizeBytes: number;
  /** A same-named .lrc beside it ("Song.lrc" for "Song.mp3"), attached as its lyrics after the upload. */
  lyricsPath?: string;
}

export interface FolderContents {
  /** Sorted by name, so runs on the same folder go in the same order. */
  audio: AudioFile[];
  /** Files whose extension is not an audio one (an .lrc beside its audio file is not skipped). */
  skipped: number;
}

/** Every audio file under `folder`, at any depth (symbolic links are not followed). */
export async function findAudioFiles(folder: string): Promise<FolderContents> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const audio: AudioFile[] = [];
  /** Lyrics files by their path without the extension, lower-cased: "Song.LRC" pairs with "song.mp3" too. */
  const lyrics = new Map<string, string>();
  let others = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const extension = extname(entry.name).slice(1).toLowerCase();
    if (extension === 'lrc') lyrics.set(withoutExtension(path), path);
    else if (AUDIO_EXTENSIONS.has(extension))
      audio.push({ path, name: relative(folder, path), sizeBytes: (await stat(path)).size });
    else others++;
  }
  const paired = new Set<string>();
  for (const file of audio) {
    const lyricsPath = lyrics.get(withoutExtension(file.path));
    if (lyricsPath) {
      file.lyricsPath = lyricsPath;
      paired.add(lyricsPath);
    }
  }
  audio.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // An .lrc with no audio file of its name is as skipped as any other file that is not audio.
  return { audio, skipped: others + lyrics.size - paired.size };
}

const withoutExtension = (path: string) => join(path, '..', basename(path, extname(path))).toLowerCase();
