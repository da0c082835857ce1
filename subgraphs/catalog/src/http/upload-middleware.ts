import type { RequestHandler, Response } from 'express';
import { graphqlUploadExpress } from 'graphql-upload-minimal';

/**
 * GraphQL multipart requests (one file at most) before Apollo, which then sees the operation with an
 * Upload where the file goes. The gateway parses uploads the same way before streaming them here.
 */
export function uploadMiddleware(maxBytes: number): RequestHandler[] {
  // busboy marks a file truncated as soon as it *reaches* its limit; one byte more lets a file of
  // exactly maxBytes through, and the upload code refuses anything over maxBytes itself.
  const parse = graphqlUploadExpress({ maxFileSize: maxBytes + 1, maxFiles: 1 });
  return [
    discardUnreadBody,
    (req, res, next) => parse(req, res, (error?: unknown) => (error ? answerMultipartError(error, res) : next())),
  ];
}

/**
 * graphql-upload-minimal does not buffer files: a file nobody reads (a request refused before its
 * resolver reads the file) holds the request body back, and the client could never finish sending
 * it. Once the response is out, the rest of the body is read and dropped.
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
