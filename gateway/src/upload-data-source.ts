import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { uploadRefusals } from '@sp0t1fy/platform';
import extractFiles from 'extract-files/extractFiles.mjs';
import type { GraphQLError } from 'graphql';
import { type FileUpload, Upload } from 'graphql-upload-minimal';
import type { GatewayContext } from './context.js';
import { serviceFailure } from './service-failure.js';
import { SubgraphDataSource } from './subgraph-data-source.js';

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;

/** busboy's file stream; `truncated` is set when it cut the file at the size limit. */
type UploadStream = Readable & { truncated?: boolean };

/** An upload in the variables: graphql-upload-minimal's Upload, or a promise of its file. */
type UploadValue = Upload | PromiseLike<FileUpload>;

interface OpenedFile {
  field: string;
  filename: string;
  stream: UploadStream;
}

export interface UploadLimits {
  /** Largest file accepted, in bytes; the upload middleware enforces the same limit. */
  maxBytes: number;
  /** How long the subgraph may take to answer once the whole file has been sent. */
  responseTimeoutMs: number;
}

/**
 * @apollo/gateway sends subgraphs JSON, in which an Upload is meaningless. For a request carrying
 * uploads, this data source rebuilds a GraphQL multipart request for the subgraph and streams each
 * file through as it arrives, so neither the gateway nor the subgraph holds a whole file in memory.
 * Requests without uploads go the usual way.
 */
export class UploadingDataSource extends SubgraphDataSource {
  readonly limits: UploadLimits;

  constructor(serviceName: string, options: ConstructorParameters<typeof SubgraphDataSource>[1], limits: UploadLimits) {
    super(serviceName, options);
    // Set here, not as a field initializer: RemoteGraphQLDataSource's constructor Object.assign()s its
    // options onto `this`, and initializers would run after it.
    this.limits = limits;
  }

  override async process(options: ProcessOptions): Promise<GatewayGraphQLResponse> {
    // Every upload replaced by null (as the multipart spec wants in `operations`), with its object paths.
    const { clone: variables, files: found } = extractFiles(options.request.variables ?? {}, isUpload, 'variables');
    if (found.size === 0) return super.process(options);
    // One file's bytes can feed one upload; refused before anything reaches the subgraph.
    if ([...found.values()].some((paths) => paths.length > 1)) {
      throw uploadRefusals.sentTwice();
    }
    try {
      return await this.sendMultipart(options, variables, found);
    } catch (error) {
      throw serviceFailure(this.serviceName, error);
    }
  }

  private async sendMultipart(
    options: ProcessOptions,
    variables: unknown,
    found: Map<UploadValue, string[]>,
  ): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    const { maxBytes, responseTimeoutMs } = this.limits;
    const operations = {
      query: request.query,
      operationName: request.operationName,
      variables,
      extensions: request.extensions,
    };

    // An Upload resolves as soon as its part begins, before any of its bytes are read; a file already
    // over the limit fails here, before anything is sent to the subgraph.
    const files: OpenedFile[] = [];
    const map: Record<string, string[]> = {};
    for (const [upload, paths] of found) {
      const file = await receivedFile(upload);
      const field = String(files.length);
      map[field] = paths;
      files.push({ field, filename: file.filename, stream: openStream(file, maxBytes) });
    }

    const headers = new Headers();
    for (const [name, value] of request.http?.headers ?? []) headers.append(name, value);
    request.http = { method: 'POST', url: this.url, headers };
    await this.willSendRequest(options);
    const boundary = `sp0t1fy-upload-${randomBytes(16).toString('hex')}`;
    headers.set('content-type', `multipart/form-data; boundary=${boundary}`);
    // The subgraph's Apollo Server refuses multipart requests without it (CSRF prevention).
    headers.set('apollo-require-preflight', 'true');

    const abort = new AbortController();
    let bodyError: unknown;
    let bodySent = false;
    let responseTimer: NodeJS.Timeout | undefined;
    const source = multipartBody(
      boundary,
      [
        ['operations', JSON.stringify(operations)],
        ['map', JSON.stringify(map)],
      ],
      files,
      maxBytes,
    );
    const body = (async function* () {
      try {
        yield* source;
        bodySent = true;
        // The upload itself may take as long as the client needs; the answer after it may not.
        responseTimer = setTimeout(() => abort.abort(new Error('subgraph response timeout')), responseTimeoutMs);
      } catch (error) {
        bodyError = error;
        throw error;
      }
    })();

    let response: Response;
    let text: string;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers,
        body: ReadableStream.from(body),
        duplex: 'half',
        // Without this undici keeps a copy of the request to replay on a redirect, and the copy tee()s
        // the body: its unread branch buffers the WHOLE upload in memory (nodejs/undici#4058).
        redirect: 'error',
        signal: abort.signal,
      });
      text = await response.text();
    } catch (error) {
      throw bodyError ?? error;
    } finally {
      clearTimeout(responseTimer);
      // The subgraph answered (or failed) before taking the whole body: stop sending. The rest of the
      // client's body is discarded by the upload middleware.
      if (!bodySent) abort.abort();
    }

    const parsed = parseJson(text);
    // A GraphQL answer (even with a 4xx status, as for a malformed request) is passed on as it is.
    if (!isPlainObject(parsed) || !('data' in parsed || 'errors' in parsed)) {
      throw new Error(`The ${this.serviceName} service answered ${response.status} without a GraphQL response`);
    }
    const result = { ...parsed, http: { headers: response.headers } } as GatewayGraphQLResponse;
    return this.didReceiveResponse
      ? this.didReceiveResponse({ response: result, request, context: options.context as GatewayContext })
      : result;
  }
}

function fileTooLarge(maxBytes: number): GraphQLError {
  return uploadRefusals.tooLarge(maxBytes);
}

async function receivedFile(upload: UploadValue): Promise<FileUpload> {
  try {
    return await (upload instanceof Upload ? upload.promise : upload);
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (status === 400) throw uploadRefusals.missing();
    throw error;
  }
}

/**
 * graphql-upload-minimal throws instead of returning the stream when the file already went over the
 * limit before anyone asked for it.
 */
function openStream(file: FileUpload, maxBytes: number): UploadStream {
  try {
    return file.createReadStream() as UploadStream;
  } catch (error) {
    if ((error as { status?: unknown }).status === 413) throw fileTooLarge(maxBytes);
    throw error;
  }
}

function isUpload(value: unknown): value is UploadValue {
  return (
    value instanceof Upload ||
    (typeof value === 'object' && value !== null && typeof (value as PromiseLike<unknown>).then === 'function')
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === null || prototype === Object.prototype;
}

/**
 * The file's chunks, failing as soon as graphql-upload-minimal reports truncation, so a cut-off file
 * is never forwarded as if it were whole. Iterated, not piped: graphql-upload-minimal unpipes a file
 * stream that hits the limit, which would leave a piped reader waiting forever.
 */
async function* fileChunks(stream: UploadStream, maxBytes: number): AsyncGenerator<Uint8Array> {
  for await (const chunk of stream) {
    // `truncated` is set synchronously with the last push, so it is visible when that chunk arrives.
    if (stream.truncated) throw fileTooLarge(maxBytes);
    yield chunk as Buffer;
  }
  if (stream.truncated) throw fileTooLarge(maxBytes);
}

/** A file name inside a Content-Disposition header, escaped the way browsers do. */
const quoted = (value: string) => value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

async function* multipartBody(
  boundary: string,
  fields: Array<[name: string, json: string]>,
  files: OpenedFile[],
  maxBytes: number,
): AsyncGenerator<Uint8Array> {
  for (const [name, json] of fields) {
    yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${json}\r\n`);
  }
  for (const file of files) {
    yield Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${quoted(file.filename)}"\r\n` +
        // The client's claimed type is not passed on: the catalog judges files by their content.
        'Content-Type: application/octet-stream\r\n\r\n',
    );
    yield* fileChunks(file.stream, maxBytes);
    yield Buffer.from('\r\n');
  }
  yield Buffer.from(`--${boundary}--\r\n`);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
