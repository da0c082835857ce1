import type { MetadataDraft } from '../songs/MetadataFields';

export interface FileTags {
  draft: MetadataDraft;
  /** An object URL of the embedded cover, to revoke when done. */
  coverUrl: string | null;
  durationSeconds: number | null;
  /** False when the file had no tags we could read (the server still decides whether it is audio). */
  found: boolean;
}

/** The file name without its extension: what the server uses as a title when the file has none. */
export function titleFromFileName(name: string): string {
  return name.replace(/\.[^.]+$/, '').trim() || name;
}

/** Reads the tags (ID3, Vorbis comments, MP4 atoms...), duration and cover in the browser, so the form starts filled in. */
export async function readTags(file: File): Promise<FileTags> {
  const fallback: FileTags = {
    draft: { title: titleFromFileName(file.name), artist: '', album: '', genre: '', releaseYear: '' },
    coverUrl: null,
    durationSeconds: null,
    found: false,
  };
  try {
    // Loaded on first use: the parser is only needed on the upload page.
    const { parseBlob } = await import('music-metadata');
    // Without its type (a slice has none), so the parser goes by the bytes like the server, not by
    // the browser's guess from the name: a FLAC named .mp3 still shows its Vorbis comments.
    const { common, format } = await parseBlob(file.slice(0, file.size, ''), { duration: false });
    const picture = common.picture?.[0];
    const hasTags = Boolean(common.title || common.artist || common.album);
    return {
      draft: {
        title: common.title?.trim() || fallback.draft.title,
        artist: common.artist?.trim() ?? '',
        album: common.album?.trim() ?? '',
        genre: common.genre?.[0]?.trim() ?? '',
        releaseYear: common.year ? String(common.year) : '',
      },
      coverUrl: picture
        ? URL.createObjectURL(new Blob([picture.data as Uint8Array<ArrayBuffer>], { type: picture.format }))
        : null,
      durationSeconds: format.duration ?? null,
      found: hasTags,
    };
  } catch {
    return fallback;
  }
}
