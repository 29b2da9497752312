// Rows for tests that write through the query builder on both stores (tests/support/stores.ts).
import type { BodyBlock } from '../../src/core/db/schema.ts';

const AT = '2026-01-01T00:00:00.000Z';
const BODY: BodyBlock[] = [{ type: 'paragraph', text: 'A minister said "we will see".' }];

/** An article row for a query-builder insert: the columns a store requires, with `status` as given. */
export function articleRow(id: string, status: 'draft' | 'published' | 'archived' = 'draft') {
  return {
    id,
    slug: id,
    headline: `Headline ${id}`,
    body: BODY,
    plainText: 'A minister said "we will see".',
    language: 'en',
    wordCount: 6,
    status,
    publishedAt: status === 'draft' ? null : AT,
    createdAt: AT,
    updatedAt: AT,
  };
}

/** A quote row in article `articleId`, for a query-builder insert. */
export function quoteRow(id: string, articleId: string) {
  return {
    id,
    articleId,
    text: 'we will see',
    kind: 'direct' as const,
    startOffset: 17,
    endOffset: 28,
    createdAt: AT,
    updatedAt: AT,
  };
}
