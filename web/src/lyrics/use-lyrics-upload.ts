import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { plural } from '../ui/format';
import { errorMessage } from '../ui/LoadError';

const UploadLyrics = graphql(`
  mutation UploadLyrics($songId: ID!, $file: Upload!) {
    uploadLyrics(songId: $songId, file: $file) {
      skippedLines
      song {
        id
        lyrics {
          ...LyricsFields
        }
      }
    }
  }
`);

const RemoveLyrics = graphql(`
  mutation RemoveLyrics($songId: ID!) {
    removeLyrics(songId: $songId) {
      id
      lyrics {
        ...LyricsFields
      }
    }
  }
`);

// The API refuses multipart requests a plain HTML form could send cross-site, unless they carry this;
// every query showing a song's lyrics refetches.
const UPLOAD = { fetchOptions: { headers: { 'apollo-require-preflight': 'true' } }, additionalTypenames: ['Song'] };
const CHANGE = { additionalTypenames: ['Song'] };

export interface LyricsUploadState {
  /** What happened last, for a status line: "Lyrics added: 3 lines skipped." */
  notice: string | null;
  error: string | null;
  busy: boolean;
  upload(file: File): Promise<boolean>;
  remove(): Promise<boolean>;
}

/** Attaching an .lrc (or text) file to a song the viewer uploaded, or taking it away again. */
export function useLyricsUpload(songId: string): LyricsUploadState {
  const [uploading, sendUpload] = useMutation(UploadLyrics);
  const [removing, sendRemove] = useMutation(RemoveLyrics);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  return {
    notice,
    error,
    busy: uploading.fetching || removing.fetching,
    async upload(file) {
      setNotice(null);
      setError(null);
      const result = await sendUpload({ songId, file }, UPLOAD);
      const answer = result.data?.uploadLyrics;
      if (!answer) {
        setError(`The lyrics could not be added: ${result.error ? errorMessage(result.error) : 'no answer'}.`);
        return false;
      }
      setNotice(
        answer.skippedLines > 0
          ? `Lyrics added. ${plural(answer.skippedLines, 'line')} skipped: their times could not be read.`
          : 'Lyrics added.',
      );
      return true;
    },
    async remove() {
      setNotice(null);
      setError(null);
      const result = await sendRemove({ songId }, CHANGE);
      if (!result.data) {
        setError(`The lyrics could not be removed: ${result.error ? errorMessage(result.error) : 'no answer'}.`);
        return false;
      }
      setNotice('Lyrics removed.');
      return true;
    },
  };
}
