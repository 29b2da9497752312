import { writerOf } from '../../../src/core/db/client.ts';
import { describe, expect, it } from 'vitest';
import { random } from '../../../seed/generate.ts';
import { readChanges } from '../../../src/resources/changes/repository.ts';
import { CHANGE_TYPES } from '../../../src/resources/changes/schema.ts';
import { useSeededApp } from '../../support/app.ts';

/**
 * The feed reads each change's visibility from the row (`changes.visibility`, kept by a trigger,
 * migration 0016). Whatever was written, it must read exactly as looking every resource up does.
 */
const ctx = useSeededApp({ generate: { articles: 120, people: 40, places: 60, organisations: 10, seed: 11 } });

const client = () => writerOf(ctx.app.db).$client;

/** The feed as it was computed before the column existed: each row's resource looked up. */
function lookedUp() {
  return client()
    .prepare(
      `SELECT seq, type, id, CASE WHEN visible THEN action ELSE 'delete' END AS action, changedAt FROM (
         SELECT c.seq, c.resource_type AS type, c.resource_id AS id, c.action, c.changed_at AS changedAt,
           CASE c.resource_type
             WHEN 'article' THEN EXISTS (SELECT 1 FROM articles a WHERE a.id = c.resource_id AND a.status IN ('published', 'archived'))
             WHEN 'quote' THEN EXISTS (SELECT 1 FROM quotes q JOIN articles a ON a.id = q.article_id
                                      WHERE q.id = c.resource_id AND a.status IN ('published', 'archived'))
             WHEN 'person' THEN EXISTS (SELECT 1 FROM people p WHERE p.id = c.resource_id AND p.suggested = 0)
             WHEN 'place' THEN EXISTS (SELECT 1 FROM places p WHERE p.id = c.resource_id AND p.suggested = 0)
             ELSE EXISTS (SELECT 1 FROM organisations o WHERE o.id = c.resource_id AND o.suggested = 0)
           END AS visible
         FROM changes c
       )
       WHERE visible OR EXISTS (SELECT 1 FROM ever_public e WHERE e.resource_type = type AND e.resource_id = id)
       ORDER BY seq`,
    )
    .all();
}

async function feed() {
  return (await readChanges(ctx.app.db, undefined, 1_000_000, CHANGE_TYPES)).items;
}

const ids = (sql: string) => client().prepare(sql).pluck().all() as string[];
const now = () => new Date().toISOString();

describe('change visibility', () => {
  it('reads as looking each resource up, from the start', async () => {
    expect((await feed()).length).toBeGreaterThan(500);
    expect(await feed()).toEqual(lookedUp());
  });

  it('stays so through publishing, withdrawing, suggesting, confirming, moving and deleting', async () => {
    const { pick, int } = random(23);
    const db = client();
    const articles = ids("SELECT id FROM articles WHERE slug LIKE 'gen-%'");
    const people = ids("SELECT id FROM people WHERE slug LIKE 'gen-%'");
    const statuses = ['draft', 'published', 'archived', 'scheduled'];
    let n = 0;
    const writes: [string, () => void][] = [
      [
        'a status change',
        () => db.prepare('UPDATE articles SET status = ? WHERE id = ?').run(pick(statuses), pick(articles)),
      ],
      [
        'a new draft with a quote',
        () => {
          n += 1;
          const id = `art_zzdraft${n}`;
          db.prepare(
            `INSERT INTO articles (id, slug, headline, body, plain_text, language, status, published_at, word_count, created_at, updated_at)
             VALUES (?, ?, 'Draft', '[]', 'Draft text', 'en', 'draft', NULL, 2, ?, ?)`,
          ).run(id, `zz-draft-${n}`, now(), now());
          db.prepare(
            `INSERT INTO quotes (id, article_id, text, kind, start_offset, end_offset, created_at, updated_at)
             VALUES (?, ?, 'Draft', 'direct', 0, 5, ?, ?)`,
          ).run(`quo_zzdraft${n}`, id, now(), now());
          articles.push(id);
        },
      ],
      [
        'a quote moved to another article',
        () =>
          db
            .prepare('UPDATE quotes SET article_id = ? WHERE id = (SELECT id FROM quotes ORDER BY id LIMIT 1 OFFSET ?)')
            .run(pick(articles), int(200)),
      ],
      [
        'a quote deleted',
        () =>
          db
            .prepare('DELETE FROM quotes WHERE id = (SELECT id FROM quotes ORDER BY id LIMIT 1 OFFSET ?)')
            .run(int(200)),
      ],
      [
        'a person suggested, confirmed or withdrawn',
        () => db.prepare('UPDATE people SET suggested = ? WHERE id = ?').run(int(2), pick(people)),
      ],
      [
        'a new suggested person',
        () => {
          n += 1;
          db.prepare(
            `INSERT INTO people (id, slug, name, suggested, created_at, updated_at) VALUES (?, ?, 'Suggested', 1, ?, ?)`,
          ).run(`per_zzsuggested${n}`, `zz-suggested-${n}`, now(), now());
          people.push(`per_zzsuggested${n}`);
        },
      ],
      [
        'an article deleted',
        () => db.prepare('DELETE FROM articles WHERE id = ?').run(articles.splice(int(articles.length), 1)[0]),
      ],
    ];
    for (let round = 0; round < 5; round += 1) {
      for (const [what, write] of writes) {
        write();
        expect(await feed(), `after ${what}`).toEqual(lookedUp());
      }
    }
    // The run went through every visibility: shown, tombstoned and left out.
    const visibilities = ids('SELECT DISTINCT visibility FROM changes ORDER BY 1');
    expect(visibilities).toEqual(['gone', 'hidden', 'public']);
  });
});
