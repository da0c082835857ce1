import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { REQUEST_ID_HEADER } from '@sp0t1fy/platform';
import type { RequestHandler } from 'express';

// Only what byte serving needs travels upstream; cookies and credentials stay at the edge.
const FORWARDED_REQUEST_HEADERS = ['range', 'if-range', 'if-none-match', 'if-modified-since', 'accept-encoding'];

/**
 * Streams the catalog's audio and cover routes through the gateway's origin, so one origin serves
 * the web app and `<audio src>`. Bytes are piped, never buffered; a client that goes away aborts the
 * upstream request.
 */
export function mediaProxy(catalogUrl: string): RequestHandler {
  const upstream = new URL(catalogUrl);
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      res.status(405).end();
      return;
    }
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
        res.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(res);
      },
    );
    proxied.on('error', (error) => {
      req.log.warn({ err: error.message }, 'catalog unreachable for media');
      if (!res.headersSent) res.status(502).json({ error: 'The catalog service is unavailable' });
      else res.destroy();
    });
    res.on('close', () => {
      if (!res.writableFinished) proxied.destroy();
    });
    proxied.end();
  };
}
