import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { randomId } from './ids.ts';

/**
 * API key secrets look like `dtl_<key id>_<43 random characters>`: the id part lets the server
 * find the key's row without a search, the random part (256 bits) is what proves possession.
 * Only a SHA-256 hash of the whole secret is stored: with that much entropy a slow hash adds
 * nothing, and a leaked database yields no usable key.
 */

const SECRET_PATTERN = /^dtl_([a-z2-7]{20})_([A-Za-z0-9_-]{43})$/;
/** Compared against when no key has the presented id, so a miss costs what a hit costs. */
const ABSENT_HASH = hashSecret('dtl_absent');

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function newKeySecret(): { id: string; secret: string } {
  const id = randomId('key');
  return { id, secret: `dtl_${id.slice('key_'.length)}_${randomBytes(32).toString('base64url')}` };
}

/** The key id a well-formed secret names, or undefined for anything else. */
export function keyIdOf(secret: string): string | undefined {
  const match = SECRET_PATTERN.exec(secret);
  return match ? `key_${match[1]}` : undefined;
}

/** Whether `secret` hashes to `storedHash`, in time that does not depend on where they differ. */
export function secretMatches(secret: string, storedHash: string | undefined): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const expected = Buffer.from(storedHash ?? ABSENT_HASH, 'hex');
  return timingSafeEqual(presented, expected) && storedHash !== undefined;
}

/** A webhook signing secret, in the Standard Webhooks form (`whsec_` + base64). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}
