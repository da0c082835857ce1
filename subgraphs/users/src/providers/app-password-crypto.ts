import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomInt } from 'node:crypto';

export const APP_PASSWORD_LENGTH = 24;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** 24 characters of [A-Za-z0-9]: about 143 bits, and nothing a Subsonic client must escape in a URL. */
export function generateAppPassword(): string {
  // randomInt draws without modulo bias.
  return Array.from({ length: APP_PASSWORD_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

export const looksLikeAppPassword = (value: string) => new RegExp(`^[A-Za-z0-9]{${APP_PASSWORD_LENGTH}}$`).test(value);

export interface AppPasswordCipher {
  /** AES-256-GCM, bound to its owner: a row copied to another user's id does not decrypt. */
  encrypt(password: string, userId: string): Buffer;
  /** Null when the ciphertext was altered, belongs to another user or was made under another key. */
  decrypt(sealed: Buffer, userId: string): string | null;
  /** A keyed digest, so the table's lookup column says nothing about a password without the key. */
  digest(password: string): Buffer;
}

/**
 * Both keys are derived from APP_PASSWORD_KEY (HKDF-SHA256), one per use, so the one secret in
 * configuration never serves as an encryption key and an HMAC key at once.
 */
export function createAppPasswordCipher(secret: string): AppPasswordCipher {
  const derive = (purpose: string) =>
    Buffer.from(hkdfSync('sha256', Buffer.from(secret), Buffer.alloc(0), `sp0t1fy app passwords: ${purpose}`, 32));
  const encryptionKey = derive('encryption');
  const lookupKey = derive('lookup');
  return {
    encrypt(password, userId) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      cipher.setAAD(Buffer.from(userId));
      const ciphertext = Buffer.concat([cipher.update(password, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, ciphertext, cipher.getAuthTag()]);
    },
    decrypt(sealed, userId) {
      if (sealed.length <= IV_BYTES + TAG_BYTES) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', encryptionKey, sealed.subarray(0, IV_BYTES));
        decipher.setAAD(Buffer.from(userId));
        decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
        const plain = Buffer.concat([
          decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)),
          decipher.final(),
        ]);
        return plain.toString('utf8');
      } catch {
        return null;
      }
    },
    digest: (password) => createHmac('sha256', lookupKey).update(password, 'utf8').digest(),
  };
}
