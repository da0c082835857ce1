import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { audioFixture } from '@sp0t1fy/platform/testing';
import type { GraphQLClient, GraphQLResponse } from './client.js';

/** An audio fixture's bytes; the fixtures README (platform/testing-fixtures/audio) says what each one is. */
export const readFixture = (name: string) => readFile(audioFixture(name));

/** Every Song field the catalog serves, plus the uploader's name from the users service. */
export const SONG_FIELDS = /* GraphQL */ `
  fragment SongFields on Song {
    id title artist album genre releaseYear durationSeconds bitrateKbps sampleRateHz channels
    mimeType codec bitDepth lossless fileExtension sizeBytes sha256 streamUrl coverUrl createdAt
    uploadedBy { id displayName }
  }
`;

export interface SongFields {
  id: string;
  title: string;
  artist: string;
  album: string | null;
  genre: string | null;
  releaseYear: number | null;
  durationSeconds: number;
  bitrateKbps: number | null;
  sampleRateHz: number | null;
  channels: number | null;
  mimeType: string;
  codec: string;
  bitDepth: number | null;
  lossless: boolean;
  fileExtension: string;
  sizeBytes: number;
  sha256: string;
  streamUrl: string;
  coverUrl: string | null;
  createdAt: string;
  uploadedBy: { id: string; displayName: string };
}

export const UPLOAD_SONG = /* GraphQL */ `
  mutation UploadSong($file: Upload!, $metadata: SongMetadataInput) {
    uploadSong(file: $file, metadata: $metadata) { ...SongFields }
  }
  ${SONG_FIELDS}
`;

export interface SongMetadata {
  title?: string | null;
  artist?: string | null;
  album?: string | null;
  genre?: string | null;
  releaseYear?: number | null;
  albumArtist?: string | null;
  trackNumber?: number | null;
  discNumber?: number | null;
}

export interface UploadOptions {
  token?: string | undefined;
  bytes: Uint8Array;
  filename: string;
  metadata?: SongMetadata | undefined;
  /** The Content-Type the client claims for the file part; the catalog must not care. */
  contentType?: string;
  /** Extra headers; the CSRF preflight header is sent unless `preflight: false`. */
  headers?: Record<string, string>;
  preflight?: boolean;
  /** The GraphQL document; UPLOAD_SONG by default. */
  query?: string;
  /** The document's other variables (the file goes in `file`); { metadata } by default. */
  variables?: Record<string, unknown>;
}

/**
 * A GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec), as a
 * browser sends it, to `baseUrl`/graphql: the gateway, or a subgraph to test it directly.
 */
export async function uploadFile(
  baseUrl: string,
  options: UploadOptions,
): Promise<GraphQLResponse<{ uploadSong: SongFields }>> {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({
      query: options.query ?? UPLOAD_SONG,
      variables: { ...(options.variables ?? { metadata: options.metadata ?? null }), file: null },
    }),
  );
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([options.bytes], { type: options.contentType ?? 'audio/mpeg' }), options.filename);
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      ...(options.preflight === false ? {} : { 'apollo-require-preflight': 'true' }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: form,
  });
  const text = await response.text();
  try {
    return { status: response.status, ...JSON.parse(text) };
  } catch {
    return { status: response.status, errors: [{ message: text }] };
  }
}

/** Uploads a fixture and returns the song, failing the test on any error. */
export async function uploadFixture(
  baseUrl: string,
  token: string,
  fixture: string,
  metadata?: SongMetadata,
): Promise<SongFields> {
  const response = await uploadFile(baseUrl, { token, bytes: await readFixture(fixture), filename: fixture, metadata });
  if (!response.data?.uploadSong) throw new Error(`Upload of ${fixture} failed: ${JSON.stringify(response.errors)}`);
  return response.data.uploadSong;
}

/** Files under a directory (recursively, relative paths, sorted); [] when it does not exist. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Where a stack's catalog keeps blobs and staged uploads. */
export const catalogStorage = (dataDir: string) => ({
  blobs: join(dataDir, 'catalog', 'blobs'),
  tmp: join(dataDir, 'catalog', 'tmp'),
});

/**
 * The songs a user sees (counted through the API) and the catalog's blobs and staged files: what a
 * refused upload must leave as it found, and an accepted one must leave no staged file in.
 */
export async function storedState(client: GraphQLClient, dataDir: string) {
  const count = await client.request<{ songs: { totalCount: number } }>('query { songs(first: 1) { totalCount } }');
  const { blobs, tmp } = catalogStorage(dataDir);
  return { songs: count.data?.songs.totalCount, blobs: await listFiles(blobs), tmp: await listFiles(tmp) };
}
