import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Value } from '@sinclair/typebox/value';
import { eq } from 'drizzle-orm';
import type { Db } from '../src/core/db/client.ts';
import { first } from '../src/core/db/queries.ts';
import { inTransaction } from '../src/core/db/transaction.ts';
import type { BodyBlock } from '../src/core/db/schema.ts';
import { BLOCK_SEPARATOR, countWords, plainTextOf } from '../src/lib/article-text.ts';
import { stableId } from '../src/lib/ids.ts';
import { PROJECT_ROOT } from '../src/lib/project-root.ts';
import { AnnotationSchema, type Annotation } from './annotation.ts';

const SEED_DIR = join(PROJECT_ROOT, 'seed');
const SEED_NAME = '000_b6e65d337dfa450f';

export class SeedError extends Error {}

export function readAnnotation(): Annotation {
  const raw: unknown = JSON.parse(readFileSync(join(SEED_DIR, 'annotation.json'), 'utf8'));
  const problems = [...Value.Errors(AnnotationSchema, raw)].map((error) => `${error.path}: ${error.message}`);
  if (problems.length > 0) throw new SeedError(`annotation.json is invalid:\n  ${problems.join('\n  ')}`);
  return raw as Annotation;
}

export function readDocument(annotation: Annotation): string {
  return readFileSync(join(SEED_DIR, annotation.document), 'utf8');
}

/**
 * Splits the document into blocks: paragraphs are separated by blank lines, the annotation names
 * which of them are subheadings, and the closing credit line is kept apart from the body.
 */
export function documentBlocks(document: string, annotation: Annotation): BodyBlock[] {
  const paragraphs = document.replace(/\s+$/, '').split(BLOCK_SEPARATOR);
  const { credit, headings } = annotation.article;
  if (credit !== null) {
    if (paragraphs.at(-1) !== credit) throw new SeedError(`the document does not end with the credit "${credit}"`);
    paragraphs.pop();
  }
  for (const heading of headings) {
    if (!paragraphs.includes(heading)) throw new SeedError(`heading "${heading}" is not a paragraph of the document`);
  }
  return paragraphs.map((text) => ({ type: headings.includes(text) ? 'heading' : 'paragraph', text }));
}

/** Fails loudly when a curated offset does not point at the words it claims to. */
function checkSpans(plainText: string, annotation: Annotation): void {
  const spans = [
    ...annotation.quotes.flatMap((quote) => [quote, ...(quote.speakerMention ? [quote.speakerMention] : [])]),
    ...annotation.mentions,
  ];
  for (const span of spans) {
    const found = plainText.slice(span.start, span.end);
    if (found !== span.text) {
      throw new SeedError(`offsets ${span.start}-${span.end} hold "${found}", not "${span.text}"`);
    }
  }
}

/**
 * Loads the seed document and its annotation, once per database: a second call is a no-op, and
 * rows an editor later changes or deletes are never brought back.
 */
export async function seedDatabase(db: Db, now = new Date().toISOString()): Promise<{ seeded: boolean }> {
  const annotation = readAnnotation();
  const blocks = documentBlocks(readDocument(annotation), annotation);
  const plainText = plainTextOf(blocks);
  checkSpans(plainText, annotation);

  const ids = {
    place: (slug: string) => stableId('place', slug),
    organisation: (slug: string) => stableId('organisation', slug),
    person: (slug: string) => stableId('person', slug),
  };
  const nullableId = (make: (slug: string) => string, slug: string | null) => (slug === null ? null : make(slug));
  const stamps = { createdAt: now, updatedAt: now };
  const article = annotation.article;
  const articleId = stableId('article', article.slug);

  return inTransaction(db, async (tx) => {
    const { tables } = tx;
    if (await first(tx.select().from(tables.seedRuns).where(eq(tables.seedRuns.name, SEED_NAME)).limit(1))) {
      return { seeded: false };
    }

    // Parents before children: the annotation lists places top-down.
    for (const place of annotation.places) {
      await tx.insert(tables.places).values({
        id: ids.place(place.slug),
        slug: place.slug,
        name: place.name,
        aliases: place.aliases,
        kind: place.kind,
        sameAs: place.sameAs,
        parentId: nullableId(ids.place, place.parent),
        isoCode: place.isoCode,
        latitude: place.latitude ?? null,
        longitude: place.longitude ?? null,
        coordinatesSource: place.coordinatesSource ?? null,
        ...stamps,
      });
    }
    for (const organisation of annotation.organisations) {
      await tx.insert(tables.organisations).values({
        id: ids.organisation(organisation.slug),
        slug: organisation.slug,
        name: organisation.name,
        aliases: organisation.aliases,
        kind: organisation.kind,
        sameAs: organisation.sameAs,
        countryId: nullableId(ids.place, organisation.country),
        ...stamps,
      });
    }
    for (const person of annotation.people) {
      const personId = ids.person(person.slug);
      await tx.insert(tables.people).values({
        id: personId,
        slug: person.slug,
        name: person.name,
        aliases: person.aliases,
        nationality: person.nationality,
        nationalitySource: person.nationalitySource,
        sameAs: person.sameAs,
        ...stamps,
      });
      for (const role of person.roles) {
        await tx.insert(tables.personRoles).values({
          personId,
          title: role.title,
          organisationId: nullableId(ids.organisation, role.organisation),
          countryId: nullableId(ids.place, role.country),
          startedOn: role.startedOn,
          endedOn: role.endedOn,
          source: role.source,
        });
      }
    }

    await tx.insert(tables.articles).values({
      id: articleId,
      slug: article.slug,
      headline: article.headline,
      headlineEditorial: article.headlineEditorial,
      standfirst: article.standfirst,
      body: blocks,
      plainText,
      credit: article.credit,
      source: article.source,
      language: article.language,
      status: article.status,
      publishedAt: article.publishedAt,
      publishedAtSource: article.publishedAtSource,
      wordCount: countWords(plainText),
      ...stamps,
    });

    for (const quote of annotation.quotes) {
      await tx.insert(tables.quotes).values({
        id: stableId('quote', `${article.slug}:${quote.start}`),
        articleId,
        speakerPersonId: quote.speaker?.type === 'person' ? ids.person(quote.speaker.slug) : null,
        speakerOrganisationId: quote.speaker?.type === 'organisation' ? ids.organisation(quote.speaker.slug) : null,
        text: quote.text,
        kind: quote.kind,
        channel: quote.channel,
        startOffset: quote.start,
        endOffset: quote.end,
        speakerMentionStart: quote.speakerMention?.start ?? null,
        speakerMentionEnd: quote.speakerMention?.end ?? null,
        saidAt: quote.saidAt,
        saidAtSource: quote.saidAtSource ?? null,
        ...stamps,
      });
    }
    for (const mention of annotation.mentions) {
      await tx.insert(tables.mentions).values({
        articleId,
        personId: mention.type === 'person' ? ids.person(mention.slug) : null,
        placeId: mention.type === 'place' ? ids.place(mention.slug) : null,
        organisationId: mention.type === 'organisation' ? ids.organisation(mention.slug) : null,
        startOffset: mention.start,
        endOffset: mention.end,
      });
    }
    await tx.insert(tables.seedRuns).values({ name: SEED_NAME, appliedAt: now });
    return { seeded: true };
  });
}
