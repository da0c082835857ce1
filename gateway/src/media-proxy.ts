import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { REQUEST_ID_HEADER } from '@sp0t1fy/platform';
import type { RequestHandler } from 'express';

// Only what byte serving needs travels upstream; cookies and credentials stay at the edge.
const FORWARDED_REQUEST_HEADERS = ['range', 'if-range', 'if-none-match', 'if-modified-since', 'accept-encoding'];
// Hop-by-hop (RFC 9110 §7.6.1): they describe the catalog's connection to us, not ours to the client.
// Passed on, the catalog's "Connection: keep-alive" would override a client's "Connection: close".
const HOP_BY_HOP_HEADERS = [
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
];

/**
 * Streams the catalog's audio and cover routes through the gateway's origin, so one origin serves
 * the web app and `<audio src>`. Bytes are piped, never buffered; a client that goes away aborts the
 * upstream request.
 */
export function mediaProxy(catalogUrl: string): RequestHandler {
  const upstream = new URL(catalogUrl);
  return (req, res) => {
    const headers: IncomingHttpHeaders = { [REQUEST_ID_HEADER]: req.requestId };
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = req.headers[name];
      if (value !== undefined) headers[name] = value;
    }
    const proxied = httpRequest(
      {
        protocol: upstream.protocol,
        hostname: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.originalUrl,
        headers,
      },
      (response) => {
        const headers = { ...response.headers };
        for (const name of HOP_BY_HOP_HEADERS) delete headers[name];
        res.writeHead(response.statusCode ?? 502, headers);
        response.pipe(res);
      },
    );
    let clientGone = false;
    proxied.on('error', (error) => {
      // Destroying the upstream request for a client that left ends it with "socket hang up": not a fault.
      if (clientGone) return;
      req.log.warn({ err: error.message }, 'catalog unreachable for media');
      if (!res.headersSent) res.status(502).json({ error: 'The catalog service is unavailable' });
      else res.destroy();
    });
    res.on('close', () => {
      if (res.writableFinished) return;
      clientGone = true;
      proxied.destroy();
    });
    proxied.end();
  };
}
