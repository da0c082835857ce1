import { badUserInput } from './errors.js';
import { formatBytes } from './format-bytes.js';

/**
 * What an upload is refused with, the same words at every hop that can tell (the gateway, when it
 * streams a file on to a catalog in another process, and the catalog itself).
 */
export const uploadRefusals = {
  tooLarge: (maxBytes: number) =>
    badUserInput(`This file is too large. The limit is ${formatBytes(maxBytes)}.`, { field: 'file', maxBytes }),
  sentTwice: () => badUserInput('Send each file once: one file is one upload', { field: 'file' }),
  missing: () => badUserInput('The file is missing from the request', { field: 'file' }),
  cut: () => badUserInput('The file did not arrive whole; send it again', { field: 'file' }),
  /** Left before it was stored (the client or the gateway hung up): nobody waits for it, so nothing is kept. */
  abandoned: () => badUserInput('The upload was given up before it was stored; send it again', { field: 'file' }),
};
