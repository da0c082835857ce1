/**
 * The audio baseline when nginx is missing: Node's `send` serving one file from disk (Range, ETag).
 *   node --import tsx src/baselines/static-server.ts <port> <file>
 */
import http from 'node:http';
import send from 'send';

const [port, file] = process.argv.slice(2);
if (!port || !file) throw new Error('usage: static-server.ts <port> <file>');
http
  .createServer((request, response) => {
    send(request, file, { acceptRanges: true, etag: true }).pipe(response);
  })
  .listen(Number(port), '127.0.0.1');
