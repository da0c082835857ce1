import type { Readable } from 'node:stream';
import { Agent, request } from 'undici';
import type { TypedDocumentString } from './__generated__/graphql.js';
import { ApiError, ServerUnavailableError } from './errors.js';
import { type MultipartFile, multipartUpload } from './multipart-body.js';
import { SIGN_IN, UPLOAD_LYRICS, UPLOAD_SONG } from './operations.js';

interface GraphQLBody<Data> {
  data?: Data | null;
  errors?: Array<{ message: string; extensions?: { code?: unknown; reason?: unknown } }>;
}

export interface Credentials {
  email: string;
  password: string;
}

/**
 * The supergraph's public API as the importer uses it: JSON requests and multipart uploads to
 * `<server>/graphql`, signed in with the account's token. A token that expires during a long import
 * is renewed once with the same credentials and the request sent again.
 */
export class ApiClient {
  readonly #endpoint: string;
  readonly #dispatcher: Agent;
  #token: string | undefined;
  #userId: string | undefined;
  #credentials: Credentials | undefined;

  constructor(serverUrl: string, { connections }: { connections: number }) {
    this.#endpoint = new URL('/graphql', serverUrl).toString();
    // One kept-alive connection per concurrent upload, plus one for the hash look-ups.
    this.#dispatcher = new Agent({ connections: connections + 1 });
  }

  async signIn(credentials: Credentials): Promise<void> {
    this.#credentials = credentials;
    // Signing in again after a token expired sends no token: an expired one would be refused.
    this.#token = undefined;
    const { login } = await this.#send(SIGN_IN, credentials);
    this.#token = login.token;
    this.#userId = login.user.id;
  }

  /** The signed-in account's user id (only its own songs take its lyrics). */
  get userId(): string | undefined {
    return this.#userId;
  }

  execute<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables): Promise<Result> {
    return this.#renewingExpiredToken(() => this.#send(document, variables));
  }

  /** uploadSong with the file streamed from disk. */
  async upload(file: MultipartFile, onFileBytes: (bytes: number) => void) {
    const data = await this.#multipart<{ uploadSong: { id: string; sha256: string } }>(
      UPLOAD_SONG.toString(),
      {},
      file,
      onFileBytes,
    );
    return data.uploadSong;
  }

  /** uploadLyrics: an .lrc file attached to one of the account's songs. */
  async uploadLyrics(songId: string, file: MultipartFile) {
    const data = await this.#multipart<{ uploadLyrics: { skippedLines: number } }>(
      UPLOAD_LYRICS.toString(),
      { songId },
      file,
      () => {},
    );
    return data.uploadLyrics;
  }

  #multipart<Data>(
    query: string,
    variables: Record<string, unknown>,
    file: MultipartFile,
    onFileBytes: (bytes: number) => void,
  ): Promise<Data> {
    return this.#renewingExpiredToken(() => {
      const body = multipartUpload({ query, variables: { ...variables, file: null } }, file, onFileBytes);
      return this.#post<Data>(body.stream, {
        'content-type': body.contentType,
        'content-length': String(body.contentLength),
        // The gateway's CSRF protection refuses multipart requests without it.
        'apollo-require-preflight': 'true',
      });
    });
  }

  close(): Promise<void> {
    return this.#dispatcher.close();
  }

  async #renewingExpiredToken<T>(send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      if (!(error instanceof ApiError && error.reason === 'TOKEN_EXPIRED' && this.#credentials)) throw error;
      await this.signIn(this.#credentials);
      return send();
    }
  }

  #send<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables): Promise<Result> {
    return this.#post<Result>(JSON.stringify({ query: document.toString(), variables }), {
      'content-type': 'application/json',
    });
  }

  async #post<Data>(body: string | Readable, headers: Record<string, string>): Promise<Data> {
    let status: number;
    let text: string;
    try {
      const response = await request(this.#endpoint, {
        method: 'POST',
        dispatcher: this.#dispatcher,
        headers: {
          accept: 'application/json',
          ...(this.#token ? { authorization: `Bearer ${this.#token}` } : {}),
          ...headers,
        },
        body,
      });
      status = response.statusCode;
      text = await response.body.text();
    } catch (error) {
      throw new ServerUnavailableError(`Could not reach ${this.#endpoint}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    let parsed: GraphQLBody<Data>;
    try {
      parsed = JSON.parse(text) as GraphQLBody<Data>;
    } catch {
      throw new ServerUnavailableError(`${this.#endpoint} answered HTTP ${status}, not GraphQL: ${text.slice(0, 200)}`);
    }
    const [first] = parsed.errors ?? [];
    if (first) {
      const { code, reason } = first.extensions ?? {};
      throw new ApiError(
        first.message,
        typeof code === 'string' ? code : `HTTP_${status}`,
        typeof reason === 'string' ? reason : undefined,
      );
    }
    if (!parsed.data) throw new ServerUnavailableError(`${this.#endpoint} answered HTTP ${status} with no data`);
    return parsed.data;
  }
}
