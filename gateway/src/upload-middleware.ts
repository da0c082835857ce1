import type { RequestHandler, Response } from 'express';
import { graphqlUploadExpress } from 'graphql-upload-minimal';

/**
 * GraphQL multipart requests (one file at most): the operation reaches Apollo with an Upload where
 * the file goes, and the catalog's data source streams the file on (upload-data-source.ts).
 */
export function uploadMiddleware(maxBytes: number): RequestHandler[] {
  // busboy marks a file truncated as soon as it *reaches* its limit; one byte more lets a file of
  // exactly maxBytes through, and the data source refuses a truncated file.
  const parse = graphqlUploadExpress({ maxFileSize: maxBytes + 1, maxFiles: 1 });
  return [
    discardUnreadBody,
    (req, res, next) => parse(req, res, (error?: unknown) => (error ? answerMultipartError(error, res) : next())),
  ];
}

/**
 * graphql-upload-minimal does not buffer files: a file nobody reads (a request refused by CSRF
 * prevention, or one the catalog answered before reading the file) holds the request body back, and
 * the client could never finish sending it. Once the response is out, the rest is read and dropped.
 */
const discardUnreadBody: RequestHandler = (req, res, next) => {
  res.once('finish', () => {
    if (req.readableEnded) return;
    req.unpipe();
    req.resume();
  });
  next();
};

/** A malformed multipart request is answered like any GraphQL request error, in JSON. */
function answerMultipartError(error: unknown, res: Response): void {
  const { status, message } = error as { status?: number; message?: string };
  if (status === 499 || res.headersSent) return; // the client is gone
  const [code, text] =
    status === 413
      ? ['BAD_USER_INPUT', /max file uploads/.test(message ?? '') ? 'Send one file per request' : String(message)]
      : status === 400
        ? ['BAD_REQUEST', String(message)]
        : ['INTERNAL_SERVER_ERROR', 'Internal server error'];
  res
    .status(status === 400 || status === 413 ? status : 500)
    .json({ errors: [{ message: text, extensions: { code } }] });
}
