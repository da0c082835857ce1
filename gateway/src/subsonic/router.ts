import type { ApolloServer } from '@apollo/server';
import express, { type Request, type Response } from 'express';
import type { GatewayContext } from '../context.js';
import { authErrorOf, authenticate, checkVersion } from './auth.js';
import { errorResponse, okResponse, type ResponseFormat, type WrittenResponse } from './envelope.js';
import { SubsonicCode, SubsonicError } from './errors.js';
import { type Caller, createExecutor } from './executor.js';
import { ANSWERED, type MethodContext } from './method.js';
import { Params } from './params.js';
import { methods } from './registry.js';

export interface SubsonicRouterOptions {
  apollo: ApolloServer<GatewayContext>;
  /** Serves a signed /media path (the catalog's audio and cover route) to this request. */
  serveMedia(req: Request, res: Response, path: string): void;
}

// A form body carries parameters only; 1 MB fits a createPlaylist of thousands of song ids.
const FORM_LIMIT = '1mb';

/**
 * /rest/<method> and /rest/<method>.view, GET or POST (form-encoded), answered in the Subsonic
 * envelope whatever happens: an unknown method or a bad body is a Subsonic error, never HTML.
 */
export function subsonicRouter(options: SubsonicRouterOptions): express.Router {
  const execute = createExecutor(options.apollo);
  const signIn = createExecutor(options.apollo, authErrorOf);
  const router = express.Router();

  router.use(express.text({ type: 'application/x-www-form-urlencoded', limit: FORM_LIMIT }));
  router.all('/{*path}', async (req, res) => {
    let format: ResponseFormat = 'xml';
    try {
      const params = new Params(
        new URL(req.originalUrl, 'http://localhost').searchParams,
        new URLSearchParams(typeof req.body === 'string' ? req.body : ''),
      );
      const f = params.string('f');
      format = f === 'json' || f === 'jsonp' ? 'json' : 'xml';
      // Answered in JSON so a client asking for JSONP can still read why.
      if (f === 'jsonp') throw new SubsonicError(SubsonicCode.GENERIC, 'f=jsonp is not supported: use f=json');
      if (req.method !== 'GET' && req.method !== 'POST' && req.method !== 'HEAD') {
        throw new SubsonicError(SubsonicCode.GENERIC, `HTTP method ${req.method} is not supported: use GET or POST`);
      }
      const name = req.path.replace(/^\//, '').replace(/\.view$/, '');
      const method = methods.get(name);
      if (!method) throw new SubsonicError(SubsonicCode.GENERIC, `Unknown Subsonic method: ${name.slice(0, 60)}`);
      checkVersion(params);
      const caller: Caller = { requestId: req.requestId, clientIp: req.ip };
      const user = method.public
        ? { token: '', userId: '', email: '', displayName: '' }
        : await authenticate(params, caller, signIn, req.headers.authorization);
      const signedCaller: Caller = { ...caller, token: user.token || undefined };
      const context: MethodContext = {
        params,
        user,
        caller: signedCaller,
        query: (operation, variables) => execute(operation, variables, signedCaller),
        serveMedia: (path) => options.serveMedia(req, res, path),
        req,
        res,
      };
      const body = await method.run(context);
      if (body === ANSWERED) return;
      send(res, okResponse(format, body));
    } catch (error) {
      if (!(error instanceof SubsonicError)) req.log.error({ err: error }, 'Subsonic method failed');
      if (res.headersSent) {
        res.destroy();
        return;
      }
      send(res, errorResponse(format, subsonicErrorFrom(error)));
    }
  });
  // Body parser failures (too large, bad charset) arrive here: still a Subsonic answer.
  router.use((error: unknown, req: Request, res: Response, _next: express.NextFunction) => {
    const format = new URL(req.originalUrl, 'http://localhost').searchParams.get('f') === 'json' ? 'json' : 'xml';
    send(res, errorResponse(format, subsonicErrorFrom(error)));
  });
  return router;
}

function subsonicErrorFrom(error: unknown): SubsonicError {
  if (error instanceof SubsonicError) return error;
  const status = (error as { status?: number; type?: string })?.status;
  if (status === 413) return new SubsonicError(SubsonicCode.GENERIC, 'The request body is too large');
  if (status && status >= 400 && status < 500)
    return new SubsonicError(SubsonicCode.GENERIC, 'The request body could not be read');
  return new SubsonicError(SubsonicCode.GENERIC, 'The server could not answer this request');
}

function send(res: Response, written: WrittenResponse) {
  res.status(200).setHeader('content-type', written.contentType);
  res.setHeader('cache-control', 'no-store');
  res.end(written.body);
}
