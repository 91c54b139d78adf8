import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encrypts personal identity numbers (AES-256-GCM, random IV) and derives a keyed hash
 * (HMAC-SHA-256) for exact look-up, both from one 32-byte key through HKDF so that the
 * hash never reveals the encryption key. Stored form: version byte, IV, tag, ciphertext.
 */
export type PiiCipher = {
  encrypt(plain: string): Buffer;
  decrypt(stored: Buffer): string;
  hash(plain: string): Buffer;
};

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

function derive(key: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), `finsam-se ${purpose}`, 32));
}

export function createPiiCipher(key: Buffer): PiiCipher {
  if (key.length !== 32) throw new RangeError('PII key must be 32 bytes');
  const encryptionKey = derive(key, 'pii encryption');
  const macKey = derive(key, 'pii lookup hash');
  return {
    encrypt(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
    },
    decrypt(stored) {
      if (stored[0] !== VERSION) throw new Error('Unknown PII cipher version');
      const iv = stored.subarray(1, 1 + IV_BYTES);
      const tag = stored.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([
        decipher.update(stored.subarray(1 + IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    },
    hash(plain) {
      return createHmac('sha256', macKey).update(plain, 'utf8').digest();
    },
  };
}

/** Parses `PII_KEY`: 32 bytes as base64 (or 64 hex digits). */
export function parsePiiKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) {
    throw new RangeError('PII_KEY must be 32 bytes, base64 or hex (openssl rand -base64 32)');
  }
  return key;
}
