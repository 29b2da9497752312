import { writerOf } from '../../../src/core/db/client.ts';
import { describe, expect, it } from 'vitest';
import { random } from '../../../seed/generate.ts';
import { useSeededApp } from '../../support/app.ts';

/**
 * `article_places` is a copy kept by triggers (migration 0014): after any write it must hold
 * exactly what the recursive query over mentions and the place hierarchy finds.
 */
const ctx = useSeededApp({ generate: { articles: 300, people: 60, places: 200, organisations: 10, seed: 9 } });

const client = () => writerOf(ctx.app.db).$client;

function stored() {
  return client()
    .prepare('SELECT article_id, place_id, status, published_at FROM article_places ORDER BY article_id, place_id')
    .all();
}

/** What the table should hold, from the source tables alone. */
function derived() {
  return client()
    .prepare(
      `WITH RECURSIVE up(article_id, place_id) AS (
         SELECT article_id, place_id FROM mentions WHERE place_id IS NOT NULL
         UNION SELECT up.article_id, p.parent_id FROM places p JOIN up ON p.id = up.place_id WHERE p.parent_id IS NOT NULL
       )
       SELECT up.article_id, up.place_id, a.status, a.published_at
       FROM up JOIN articles a ON a.id = up.article_id ORDER BY 1, 2`,
    )
    .all();
}

const ids = (sql: string) => client().prepare(sql).pluck().all() as string[];

describe('article_places', () => {
  it('starts equal to the mentions and the hierarchy', () => {
    expect(stored().length).toBeGreaterThan(1000);
    expect(stored()).toEqual(derived());
  });

  it('stays equal through every kind of write that changes it', () => {
    const { pick, int } = random(17);
    const articles = ids("SELECT id FROM articles WHERE slug LIKE 'gen-%'");
    const towns = ids("SELECT id FROM places WHERE kind IN ('city', 'village') AND slug LIKE 'gen-%'");
    const regions = ids("SELECT id FROM places WHERE kind = 'region' AND slug LIKE 'gen-%'");
    const countries = ids("SELECT id FROM places WHERE kind = 'country' AND slug LIKE 'gen-%'");
    const db = client();
    const writes: [string, () => void][] = [
      [
        'a new mention',
        () =>
          db
            .prepare('INSERT INTO mentions (article_id, place_id, start_offset, end_offset) VALUES (?, ?, 0, 1)')
            .run(pick(articles), pick(towns)),
      ],
      [
        'a mention deleted',
        () =>
          db
            .prepare(
              'DELETE FROM mentions WHERE id = (SELECT id FROM mentions WHERE place_id IS NOT NULL ORDER BY id LIMIT 1 OFFSET ?)',
            )
            .run(int(500)),
      ],
      [
        'a mention moved to another place',
        () =>
          db
            .prepare(
              'UPDATE mentions SET place_id = ? WHERE id = (SELECT id FROM mentions WHERE place_id IS NOT NULL ORDER BY id LIMIT 1 OFFSET ?)',
            )
            .run(pick([...towns, ...regions]), int(500)),
      ],
      [
        'a mention moved to another article',
        () =>
          db
            .prepare(
              'UPDATE mentions SET article_id = ? WHERE id = (SELECT id FROM mentions WHERE place_id IS NOT NULL ORDER BY id LIMIT 1 OFFSET ?)',
            )
            .run(pick(articles), int(500)),
      ],
      [
        'an article unpublished or republished',
        () =>
          db
            .prepare(
              "UPDATE articles SET status = CASE status WHEN 'published' THEN 'draft' ELSE 'published' END WHERE id = ?",
            )
            .run(pick(articles)),
      ],
      [
        'a publication date corrected',
        () =>
          db
            .prepare('UPDATE articles SET published_at = ? WHERE id = ?')
            .run(`2022-0${1 + int(9)}-01T00:00:00.000Z`, pick(articles)),
      ],
      [
        'a town moved to another region',
        () => db.prepare('UPDATE places SET parent_id = ? WHERE id = ?').run(pick(regions), pick(towns)),
      ],
      [
        'a region moved to another country',
        () => db.prepare('UPDATE places SET parent_id = ? WHERE id = ?').run(pick(countries), pick(regions)),
      ],
      [
        'an article deleted',
        () => db.prepare('DELETE FROM articles WHERE id = ?').run(articles.splice(int(articles.length), 1)[0]),
      ],
    ];
    for (let round = 0; round < 4; round += 1) {
      for (const [what, write] of writes) {
        write();
        expect(stored(), `after ${what}`).toEqual(derived());
      }
    }
    // A place with no children and nothing else pointing at it can go, and its rows with it.
    const leaf = ids(
      `SELECT id FROM places p WHERE kind IN ('city', 'village') AND slug LIKE 'gen-%'
         AND NOT EXISTS (SELECT 1 FROM places c WHERE c.parent_id = p.id)
         AND NOT EXISTS (SELECT 1 FROM organisations o WHERE o.country_id = p.id)
         AND NOT EXISTS (SELECT 1 FROM person_roles r WHERE r.country_id = p.id)
         AND EXISTS (SELECT 1 FROM mentions m WHERE m.place_id = p.id) LIMIT 1`,
    )[0];
    expect(leaf).toBeDefined();
    db.prepare('DELETE FROM places WHERE id = ?').run(leaf);
    expect(stored()).toEqual(derived());
  });
});
