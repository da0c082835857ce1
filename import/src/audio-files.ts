import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';

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
}

export interface FolderContents {
  /** Sorted by name, so runs on the same folder go in the same order. */
  audio: AudioFile[];
  /** Files whose extension is not an audio one. */
  skipped: number;
}

/** Every audio file under `folder`, at any depth (symbolic links are not followed). */
export async function findAudioFiles(folder: string): Promise<FolderContents> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const audio: AudioFile[] = [];
  let skipped = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (!AUDIO_EXTENSIONS.has(extname(entry.name).slice(1).toLowerCase())) {
      skipped++;
      continue;
    }
    audio.push({ path, name: relative(folder, path), sizeBytes: (await stat(path)).size });
  }
  audio.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { audio, skipped };
}
