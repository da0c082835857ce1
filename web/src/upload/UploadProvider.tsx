import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../__generated__';
import { toMetadataInput } from '../songs/MetadataFields';
import { UploadQueue } from './upload-queue';
import { createXhrFetch } from './xhr-fetch';

const UploadSong = graphql(`
  mutation UploadSong($file: Upload!, $metadata: SongMetadataInput) {
    uploadSong(file: $file, metadata: $metadata) {
      ...SongFields
    }
  }
`);

const UploadContext = createContext<UploadQueue | null>(null);

/** One upload queue per session, alive while the user moves between pages. */
export function UploadProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [queue] = useState(
    () =>
      new UploadQueue(async (item, onProgress, signal) => {
        const result = await client
          .mutation(
            UploadSong,
            { file: item.file, metadata: toMetadataInput(item.draft) },
            {
              fetch: createXhrFetch((sent, total) => onProgress(total > 0 ? sent / total : 0), signal),
              // The API refuses multipart requests a plain HTML form could send cross-site, unless they carry this.
              fetchOptions: { headers: { 'apollo-require-preflight': 'true' } },
              // Every song list refetches, so the new song appears without a reload.
              additionalTypenames: ['Song'],
            },
          )
          .toPromise();
        if (result.data) return { ok: true, songId: result.data.uploadSong.id };
        const error = result.error;
        const message =
          error?.graphQLErrors[0]?.message ??
          (error?.networkError ? 'The server could not be reached. Check your connection and try again.' : null) ??
          'The upload failed.';
        return { ok: false, message };
      }),
  );
  useEffect(() => () => queue.dispose(), [queue]);
  return <UploadContext.Provider value={queue}>{children}</UploadContext.Provider>;
}

export function useUploadQueue(): UploadQueue {
  const queue = useContext(UploadContext);
  if (!queue) throw new Error('useUploadQueue needs an UploadProvider');
  return queue;
}
