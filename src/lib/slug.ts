import transliteratingSlugify from '@sindresorhus/slugify';

/** A URL slug: lower-case ASCII letters and digits joined by single hyphens. */
export const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/**
 * A slug from any headline or name: transliterated to ASCII (Зеленський → zelenskiy,
 * Müller → mueller), apostrophes dropped rather than turned into hyphens (Don't → dont).
 */
export function slugify(text: string): string {
  return transliteratingSlugify(text.replace(/['’]/g, ''), { decamelize: false });
}
