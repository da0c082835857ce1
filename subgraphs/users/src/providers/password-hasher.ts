import argon2 from 'argon2';

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
  /** True when the hash was made with weaker parameters than today's; rehashed on the next sign-in. */
  needsRehash(hash: string): boolean;
  /** Spends the time of a real verification, so a missing account cannot be told apart by timing. */
  verifyNothing(password: string): Promise<void>;
}

export function createPasswordHasher({
  memoryKiB,
  iterations,
}: {
  memoryKiB: number;
  iterations: number;
}): PasswordHasher {
  const options = { type: argon2.argon2id, memoryCost: memoryKiB, timeCost: iterations, parallelism: 1 } as const;
  const decoy = argon2.hash('decoy password that matches nothing', options);
  return {
    hash: (password) => argon2.hash(password, options),
    verify: async (hash, password) => {
      try {
        return await argon2.verify(hash, password);
      } catch {
        return false;
      }
    },
    needsRehash: (hash) => argon2.needsRehash(hash, options),
    verifyNothing: async (password) => {
      await argon2.verify(await decoy, password).catch(() => false);
    },
  };
}
