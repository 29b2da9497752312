import { and, eq, gte, lt, ne, sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { SLUGGED_TABLES, type SluggedType } from './named-tables.ts';
import { first } from './queries.ts';
import { tableOf } from './twins.ts';
import { ConflictError } from '../http/errors.ts';
import { nowIso } from '../../lib/clock.ts';
import { slugify } from '../../lib/slug.ts';
import { visibleTo, type Audience } from './visibility.ts';

const MAX_SLUG_LENGTH = 120;

const sluggedTable = (db: Db, type: SluggedType) => tableOf(db, SLUGGED_TABLES[type]);

async function taken(db: Db, type: SluggedType, slug: string, exceptId: string | undefined): Promise<boolean> {
  const table = sluggedTable(db, type);
  const row = await first(
    db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.slug, slug), exceptId === undefined ? undefined : ne(table.id, exceptId)))
      .limit(1),
  );
  return row !== undefined;
}

/**
 * The slug a resource gets. One the client chose must be free (else 409 naming `slug`); one made
 * from the headline or name is transliterated to ASCII (`Zelenskyy's Kyiv` → `zelenskyys-kyiv`)
 * and, when taken, numbered one past the highest number it already has (`-2`, `-3` …).
 */
export async function chooseSlug(
  db: Db,
  type: SluggedType,
  options: { requested: string | undefined; source: string; exceptId?: string },
): Promise<string> {
  if (options.requested !== undefined) {
    if (await taken(db, type, options.requested, options.exceptId)) {
      throw new ConflictError('slug-taken', `Another ${type} already has the slug "${options.requested}".`, [
        { location: 'body', name: 'slug', detail: 'is already taken' },
      ]);
    }
    return options.requested;
  }
  const base = slugify(options.source).slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '') || type;
  const { baseTaken, highest } = await numbering(db, type, base, options.exceptId);
  return baseTaken ? `${base}-${Math.max(highest ?? 1, 1) + 1}` : base;
}

/** Longest number suffix counted; longer ones (only a client could choose them) would overflow. */
const MAX_NUMBER_DIGITS = 9;

/**
 * Whether `base` is taken, and the highest n of the `base-n` taken, in one query over one index
 * range: trying `-2`, `-3` … one by one cost a query per number (the 2,000th "Breaking news" made 2,000).
 */
async function numbering(db: Db, type: SluggedType, base: string, exceptId: string | undefined) {
  const table = sluggedTable(db, type);
  const suffix = sql`substr(${table.slug}, ${base.length + 2})`;
  // Written to mean the same on both stores: no GLOB (SQLite's) nor `~` (PostgreSQL's); a suffix is a
  // number when trimming its digits leaves nothing. Booleans are compared inside CASE, since
  // PostgreSQL has no max() of a boolean.
  const row = await first(
    db
      .select({
        baseTaken: sql<number | null>`max(CASE WHEN ${table.slug} = ${base} THEN 1 ELSE 0 END)`,
        highest: sql<number | null>`max(CASE WHEN length(${suffix}) BETWEEN 1 AND ${MAX_NUMBER_DIGITS}
          AND ltrim(${suffix}, '0123456789') = '' THEN CAST(${suffix} AS INTEGER) END)`,
      })
      .from(table)
      // Slugs are [a-z0-9-], and '-' is the only one of those that sorts before '.': the range is `base` and `base-…`.
      .where(
        and(
          gte(table.slug, base),
          lt(table.slug, `${base}.`),
          exceptId === undefined ? undefined : ne(table.id, exceptId),
        ),
      )
      .limit(1),
  );
  return { baseTaken: Boolean(row?.baseTaken), highest: row?.highest ?? null };
}

/** Keeps an old slug working: requests for it are redirected to the resource's current slug. */
export async function retireSlug(db: Db, type: SluggedType, slug: string, resourceId: string): Promise<void> {
  const { slugRedirects } = db.tables;
  await db
    .insert(slugRedirects)
    .values({ resourceType: type, slug, resourceId, createdAt: nowIso() })
    .onConflictDoUpdate({
      target: [slugRedirects.resourceType, slugRedirects.slug],
      set: { resourceId, createdAt: nowIso() },
    });
}

/**
 * The current slug of the resource that used to be called `slug`, if `audience` may see it: a
 * redirect says the resource exists and what it is called now, so it obeys the resource's visibility.
 */
export async function currentSlugFor(
  db: Db,
  type: SluggedType,
  slug: string,
  audience: Audience,
): Promise<string | undefined> {
  const table = SLUGGED_TABLES[type];
  const { slugRedirects } = db.tables;
  const found = await first(
    db
      .select({ slug: table.slug })
      .from(slugRedirects)
      .innerJoin(tableOf(db, table), eq(table.id, slugRedirects.resourceId))
      .where(and(eq(slugRedirects.resourceType, type), eq(slugRedirects.slug, slug), visibleTo(audience, type)))
      .limit(1),
  );
  return found?.slug;
}
