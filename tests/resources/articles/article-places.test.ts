import { describe, expect, it } from 'vitest';
import { random } from '../../../seed/generate.ts';
import { useSeededApp } from '../../support/app.ts';
import { sqlOf } from '../../support/sql-stores.ts';

/**
 * `article_places` is a copy kept by triggers (migration 0014): after any write it must hold
 * exactly what the recursive query over mentions and the place hierarchy finds.
 */
const ctx = useSeededApp({ generate: { articles: 300, people: 60, places: 200, organisations: 10, seed: 9 } });

const store = () => sqlOf(ctx.app.db);

function stored() {
  return store().all(
    'SELECT article_id, place_id, status, published_at FROM article_places ORDER BY article_id, place_id',
  );
}

/** What the table should hold, from the source tables alone. */
function derived() {
  return store().all(
    `WITH RECURSIVE up(article_id, place_id) AS (
         SELECT article_id, place_id FROM mentions WHERE place_id IS NOT NULL
         UNION SELECT up.article_id, p.parent_id FROM places p JOIN up ON p.id = up.place_id WHERE p.parent_id IS NOT NULL
       )
       SELECT up.article_id, up.place_id, a.status, a.published_at
       FROM up JOIN articles a ON a.id = up.article_id ORDER BY 1, 2`,
  );
}

const ids = async (sql: string) => (await store().all<{ id: string }>(sql)).map((row) => row.id);

describe('article_places', () => {
  it('starts equal to the mentions and the hierarchy', async () => {
    expect((await stored()).length).toBeGreaterThan(1000);
    expect(await stored()).toEqual(await derived());
  });

  it('stays equal through every kind of write that changes it', async () => {
    const { pick, int } = random(17);
    // In id order, so the same random picks land on the same rows on either store.
    const articles = await ids("SELECT id FROM articles WHERE slug LIKE 'gen-%' ORDER BY id");
    const towns = await ids(
      "SELECT id FROM places WHERE kind IN ('city', 'village') AND slug LIKE 'gen-%' ORDER BY id",
    );
    const regions = await ids("SELECT id FROM places WHERE kind = 'region' AND slug LIKE 'gen-%' ORDER BY id");
    const countries = await ids("SELECT id FROM places WHERE kind = 'country' AND slug LIKE 'gen-%' ORDER BY id");
    const db = store();
    const writes: [string, () => Promise<void>][] = [
      [
        'a new mention',
        () =>
          db.run(
            'INSERT INTO mentions (article_id, place_id, start_offset, end_offset) VALUES ($1, $2, 0, 1)',
            pick(articles),
            pick(towns),
          ),
      ],
      [
        'a mention deleted',
        () =>
          db.run(
            'DELETE FROM mentions WHERE id = (SELECT id FROM mentions WHERE place_id IS NOT NULL ORDER BY id LIMIT 1 OFFSET $1)',
            int(500),
          ),
      ],
      [
        'a mention moved to another place',
        () =>
          db.run(
            'UPDATE mentions SET place_id = $1 WHERE id = (SELECT id FROM mentions WHERE place_id IS NOT NULL ORDER BY id LIMIT 1 OFFSET $2)',
            pick([...towns, ...regions]),
            int(500),
          ),
      ],
      [
        'a mention moved to another article',
        () =>
          db.run(
            'UPDATE mentions SET article_id = $1 WHERE id = (SELECT id FROM mentions WHERE place_id IS NOT NULL ORDER BY id LIMIT 1 OFFSET $2)',
            pick(articles),
            int(500),
          ),
      ],
      [
        'an article unpublished or republished',
        () =>
          db.run(
            "UPDATE articles SET status = CASE status WHEN 'published' THEN 'draft' ELSE 'published' END WHERE id = $1",
            pick(articles),
          ),
      ],
      [
        'a publication date corrected',
        () =>
          db.run(
            'UPDATE articles SET published_at = $1 WHERE id = $2',
            `2022-0${1 + int(9)}-01T00:00:00.000Z`,
            pick(articles),
          ),
      ],
      [
        'a town moved to another region',
        () => db.run('UPDATE places SET parent_id = $1 WHERE id = $2', pick(regions), pick(towns)),
      ],
      [
        'a region moved to another country',
        () => db.run('UPDATE places SET parent_id = $1 WHERE id = $2', pick(countries), pick(regions)),
      ],
      [
        'an article deleted',
        () => db.run('DELETE FROM articles WHERE id = $1', articles.splice(int(articles.length), 1)[0]),
      ],
    ];
    for (let round = 0; round < 4; round += 1) {
      for (const [what, write] of writes) {
        await write();
        expect(await stored(), `after ${what}`).toEqual(await derived());
      }
    }
    // A place with no children and nothing else pointing at it can go, and its rows with it.
    const leaf = (
      await ids(
        `SELECT id FROM places p WHERE kind IN ('city', 'village') AND slug LIKE 'gen-%'
         AND NOT EXISTS (SELECT 1 FROM places c WHERE c.parent_id = p.id)
         AND NOT EXISTS (SELECT 1 FROM organisations o WHERE o.country_id = p.id)
         AND NOT EXISTS (SELECT 1 FROM person_roles r WHERE r.country_id = p.id)
         AND EXISTS (SELECT 1 FROM mentions m WHERE m.place_id = p.id) ORDER BY id LIMIT 1`,
      )
    )[0];
    expect(leaf).toBeDefined();
    await db.run('DELETE FROM places WHERE id = $1', leaf);
    expect(await stored()).toEqual(await derived());
  });
});
