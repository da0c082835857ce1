import type { RequestHandler, Response } from 'express';
import { graphqlUploadExpress } from 'graphql-upload-minimal';

/**
 * GraphQL multipart requests (one file at most), parsed the same way at both hops (gateway and
 * catalog): the operation reaches Apollo with an Upload where the file goes.
 */
export function uploadMiddleware(maxBytes: number): RequestHandler[] {
  // busboy marks a file truncated as soon as it *reaches* its limit; one byte more lets a file of
  // exactly maxBytes through, and whoever reads the file refuses a truncated one.
  const parse = graphqlUploadExpress({ maxFileSize: maxBytes + 1, maxFiles: 1 });
  return [
    discardUnreadBody,
    guardParser,
    (req, res, next) => parse(req, res, (error?: unknown) => (error ? answerMultipartError(error, res) : next())),
  ];
}

/**
 * graphql-upload-minimal does not buffer files: a file nobody reads (a request refused by CSRF
 * prevention, or answered before its file was read) holds the request body back, and the client
 * could never finish sending it. Once the response is out, the rest is read and dropped.
 */
const discardUnreadBody: RequestHandler = (req, res, next) => {
  res.once('finish', () => {
    if (req.readableEnded) return;
    req.unpipe();
    req.resume();
  });
  next();
};

/**
 * After a parse error ("Malformed part header"), graphql-upload-minimal destroys busboy, which then
 * emits a second error that nobody listens for: one malformed request would crash the process.
 * busboy is what the request is piped into, so it gets a listener of last resort here; the first
 * error still reaches graphql-upload-minimal and is answered below.
 */
const guardParser: RequestHandler = (req, _res, next) => {
  const pipe = req.pipe.bind(req);
  req.pipe = ((destination: NodeJS.WritableStream, options?: { end?: boolean }) => {
    destination.on('error', () => {});
    return pipe(destination, options);
  }) as typeof req.pipe;
  next();
};

/** A malformed multipart request is answered like any GraphQL request error, in JSON. */
function answerMultipartError(error: unknown, res: Response): void {
  const { status, message } = error as { status?: number; message?: string };
  if (status === 499 || res.headersSent) return; // the client is gone
  // busboy's own parse errors carry no status, and graphql-upload-minimal's one 500 means no fields
  // were found at all: both describe the client's body, not the server.
  const [code, text] =
    status === 413
      ? ['BAD_USER_INPUT', /max file uploads/.test(message ?? '') ? 'Send one file per request' : String(message)]
      : status === 400
        ? ['BAD_REQUEST', String(message)]
        : ['BAD_REQUEST', 'The multipart request is malformed'];
  res.status(status === 413 ? 413 : 400).json({ errors: [{ message: text, extensions: { code } }] });
}
