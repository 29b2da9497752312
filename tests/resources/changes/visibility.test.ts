import { describe, expect, it } from 'vitest';
import { random } from '../../../seed/generate.ts';
import { readChanges } from '../../../src/resources/changes/repository.ts';
import { CHANGE_TYPES } from '../../../src/resources/changes/schema.ts';
import { useSeededApp } from '../../support/app.ts';
import { sqlOf } from '../../support/sql-stores.ts';

/**
 * The feed reads each change's visibility from the row (`changes.visibility`, kept by a trigger,
 * migration 0016). Whatever was written, it must read exactly as looking every resource up does.
 */
const ctx = useSeededApp({ generate: { articles: 120, people: 40, places: 60, organisations: 10, seed: 11 } });

const store = () => sqlOf(ctx.app.db);

/**
 * The feed as it was computed before the column existed: each row's resource looked up. The sequence is
 * cast because PostgreSQL hands a bigint to JavaScript as a string.
 */
function lookedUp() {
  return store().all(
    `SELECT CAST(seq AS INTEGER) AS seq, type, id, CASE WHEN visible THEN action ELSE 'delete' END AS action,
         "changedAt" FROM (
         SELECT c.seq, c.resource_type AS type, c.resource_id AS id, c.action, c.changed_at AS "changedAt",
           CASE c.resource_type
             WHEN 'article' THEN EXISTS (SELECT 1 FROM articles a WHERE a.id = c.resource_id AND a.status IN ('published', 'archived'))
             WHEN 'quote' THEN EXISTS (SELECT 1 FROM quotes q JOIN articles a ON a.id = q.article_id
                                      WHERE q.id = c.resource_id AND a.status IN ('published', 'archived'))
             WHEN 'person' THEN EXISTS (SELECT 1 FROM people p WHERE p.id = c.resource_id AND p.suggested = FALSE)
             WHEN 'place' THEN EXISTS (SELECT 1 FROM places p WHERE p.id = c.resource_id AND p.suggested = FALSE)
             ELSE EXISTS (SELECT 1 FROM organisations o WHERE o.id = c.resource_id AND o.suggested = FALSE)
           END AS visible
         FROM changes c
       ) AS looked_up
       WHERE visible
          OR EXISTS (SELECT 1 FROM ever_public e WHERE e.resource_type = looked_up.type AND e.resource_id = looked_up.id)
       ORDER BY seq`,
  );
}

async function feed() {
  return (await readChanges(ctx.app.db, undefined, 1_000_000, CHANGE_TYPES)).items;
}

const ids = async (sql: string) => (await store().all<{ id: string }>(sql)).map((row) => row.id);
const now = () => new Date().toISOString();

describe('change visibility', () => {
  it('reads as looking each resource up, from the start', async () => {
    expect((await feed()).length).toBeGreaterThan(500);
    expect(await feed()).toEqual(await lookedUp());
  });

  it('stays so through publishing, withdrawing, suggesting, confirming, moving and deleting', async () => {
    const { pick, int } = random(23);
    const db = store();
    // In id order, so the same random picks land on the same rows on either store.
    const articles = await ids("SELECT id FROM articles WHERE slug LIKE 'gen-%' ORDER BY id");
    const people = await ids("SELECT id FROM people WHERE slug LIKE 'gen-%' ORDER BY id");
    const statuses = ['draft', 'published', 'archived', 'scheduled'];
    let n = 0;
    const writes: [string, () => Promise<void>][] = [
      [
        'a status change',
        () => db.run('UPDATE articles SET status = $1 WHERE id = $2', pick(statuses), pick(articles)),
      ],
      [
        'a new draft with a quote',
        async () => {
          n += 1;
          const id = `art_zzdraft${n}`;
          await db.run(
            `INSERT INTO articles (id, slug, headline, body, plain_text, language, status, published_at, word_count, created_at, updated_at)
             VALUES ($1, $2, 'Draft', '[]', 'Draft text', 'en', 'draft', NULL, 2, $3, $4)`,
            id,
            `zz-draft-${n}`,
            now(),
            now(),
          );
          await db.run(
            `INSERT INTO quotes (id, article_id, text, kind, start_offset, end_offset, created_at, updated_at)
             VALUES ($1, $2, 'Draft', 'direct', 0, 5, $3, $4)`,
            `quo_zzdraft${n}`,
            id,
            now(),
            now(),
          );
          articles.push(id);
        },
      ],
      [
        'a quote moved to another article',
        () =>
          db.run(
            'UPDATE quotes SET article_id = $1 WHERE id = (SELECT id FROM quotes ORDER BY id LIMIT 1 OFFSET $2)',
            pick(articles),
            int(200),
          ),
      ],
      [
        'a quote deleted',
        () => db.run('DELETE FROM quotes WHERE id = (SELECT id FROM quotes ORDER BY id LIMIT 1 OFFSET $1)', int(200)),
      ],
      [
        'a person suggested, confirmed or withdrawn',
        () => db.run('UPDATE people SET suggested = ($1 = 1) WHERE id = $2', int(2), pick(people)),
      ],
      [
        'a new suggested person',
        async () => {
          n += 1;
          await db.run(
            `INSERT INTO people (id, slug, name, suggested, created_at, updated_at) VALUES ($1, $2, 'Suggested', TRUE, $3, $4)`,
            `per_zzsuggested${n}`,
            `zz-suggested-${n}`,
            now(),
            now(),
          );
          people.push(`per_zzsuggested${n}`);
        },
      ],
      [
        'an article deleted',
        () => db.run('DELETE FROM articles WHERE id = $1', articles.splice(int(articles.length), 1)[0]),
      ],
    ];
    for (let round = 0; round < 5; round += 1) {
      for (const [what, write] of writes) {
        await write();
        expect(await feed(), `after ${what}`).toEqual(await lookedUp());
      }
    }
    // The run went through every visibility: shown, tombstoned and left out.
    const visibilities = await store().all<{ visibility: string }>(
      'SELECT DISTINCT visibility FROM changes ORDER BY 1',
    );
    expect(visibilities.map((row) => row.visibility)).toEqual(['gone', 'hidden', 'public']);
  });
});
