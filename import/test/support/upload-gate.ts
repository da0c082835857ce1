import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface UploadGate {
  url: string;
  /** Resolves once an upload beyond the allowed ones has been answered by the server (and held). */
  heldAnswer: Promise<void>;
  close(): Promise<void>;
}

/**
 * A proxy in front of the product that forwards every request, but withholds the server's answer to
 * each multipart upload after the first `allowedUploads`: the song is committed, the client never
 * hears so. Killing the client then is the worst moment to be interrupted.
 */
export async function startUploadGate(upstream: string, allowedUploads: number): Promise<UploadGate> {
  const target = new URL(upstream);
  let uploads = 0;
  const held: ServerResponse[] = [];
  let answerHeld: () => void = () => {};
  const heldAnswer = new Promise<void>((resolve) => {
    answerHeld = resolve;
  });

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const isUpload = (req.headers['content-type'] ?? '').startsWith('multipart/form-data');
    const withhold = isUpload && ++uploads > allowedUploads;
    const forwarded = request(
      { hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        if (withhold) {
          answer.resume();
          answer.on('end', () => {
            held.push(res);
            answerHeld();
          });
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forwarded.on('error', () => res.destroy());
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    heldAnswer,
    close: () =>
      new Promise((resolve) => {
        for (const res of held) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
