import { createHash, randomBytes } from 'node:crypto';

/** Every resource type's id prefix: ids say what they point at, and can never be mistaken for a slug. */
export const ID_PREFIXES = {
  article: 'art',
  quote: 'quo',
  person: 'per',
  place: 'pla',
  organisation: 'org',
} as const;

export type ResourceType = keyof typeof ID_PREFIXES;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const ID_BODY_LENGTH = 20; // 100 bits

function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < ID_BODY_LENGTH) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** A fresh random id such as `art_k3j…`. */
export function newId(type: ResourceType): string {
  return randomId(ID_PREFIXES[type]);
}

/** A fresh random id with any prefix (`key_…`, `whk_…`), for records that are not content. */
export function randomId(prefix: string): string {
  return `${prefix}_${base32(randomBytes(13))}`;
}

/** The same id for the same key on every machine: seed rows keep their ids across fresh databases. */
export function stableId(type: ResourceType, key: string): string {
  const digest = createHash('sha256').update(`dateline:${type}:${key}`).digest();
  return `${ID_PREFIXES[type]}_${base32(digest)}`;
}

/** Ids contain an underscore, slugs never do: that is how `{idOrSlug}` tells them apart. */
export function looksLikeId(idOrSlug: string): boolean {
  return idOrSlug.includes('_');
}
