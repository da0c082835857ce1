import { connect } from 'node:net';

/** Raw HTTP against the gateway, for requests a GraphQL client would never build. */
export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | undefined;
}

export async function rawRequest(url: string, init: RequestInit = {}): Promise<RawResponse> {
  const response = await fetch(url, init);
  const text = await response.text();
  let json: RawResponse['json'];
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** POSTs a JSON body (any shape, even one a client would never send) to /graphql. */
export const postGraphQL = (gatewayUrl: string, body: unknown, headers: Record<string, string> = {}) =>
  rawRequest(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** Signs of leaked internals: stack frames, source paths, SQL driver names. */
export const LEAKED_INTERNALS =
  /stacktrace|\bat [\w.<>]+ \(|node_modules|\.[jt]s:\d+|\/work\/|kysely|pglite|ECONNREFUSED/i;

/**
 * Writes a request to the socket byte for byte (no URL normalisation, any header bytes) and reads
 * the answer until the server closes: for paths with dot segments and headers fetch would refuse.
 */
export function rawHttp(
  baseUrl: string,
  path: string,
  headerLines: string[] = [],
): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(baseUrl);
  const request = Buffer.from(
    [`GET ${path} HTTP/1.1`, `Host: ${hostname}:${port}`, ...headerLines, 'Connection: close', '', ''].join('\r\n'),
    'utf8',
  );
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => socket.write(request));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
  });
}
