import { z } from 'zod';

/**
 * Where the users service answers, on its private port, whether a token was signed out: the other
 * services ask when the shared Redis cannot. The users service mounts it; remoteRevocations calls it.
 */
export const REVOCATIONS_PATH = '/internal/revocations';

export const revocationPath = (tokenId: string) => `${REVOCATIONS_PATH}/${encodeURIComponent(tokenId)}`;

export const revocationStatus = z.object({ revoked: z.boolean() });

export type RevocationStatus = z.infer<typeof revocationStatus>;
