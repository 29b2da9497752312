import { getTableName, is, Table, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as sqliteSchema from '../../../src/core/db/schema.ts';
import * as postgresSchema from '../../../src/core/db/postgres/schema.ts';

/**
 * Repository code is to be written once for both stores, so each PostgreSQL table must read and
 * write exactly the rows its SQLite twin does. The type checks run in `tsc --noEmit` (npm test's
 * typecheck), not at run time: a mismatch names the table and column in the compiler's error.
 */

type Tables<Schema> = { [K in keyof Schema as Schema[K] extends Table ? K : never]: Schema[K] };
type Selects<Schema> = {
  [K in keyof Tables<Schema>]: Tables<Schema>[K] extends { $inferSelect: infer Row } ? Row : never;
};
type Inserts<Schema> = {
  [K in keyof Tables<Schema>]: Tables<Schema>[K] extends { $inferInsert: infer Row } ? Row : never;
};

type Sqlite = typeof sqliteSchema;
type Postgres = typeof postgresSchema;

const tableNames = (schema: Record<string, unknown>) =>
  Object.entries(schema)
    .filter(([, value]) => is(value, Table))
    .map(([key, value]) => `${key}:${getTableName(value as Table)}`)
    .sort();

describe('the PostgreSQL schema mirrors the SQLite one', () => {
  it('has the same tables under the same export names', () => {
    expectTypeOf<keyof Tables<Postgres>>().toEqualTypeOf<keyof Tables<Sqlite>>();
    expect(tableNames(postgresSchema)).toEqual(tableNames(sqliteSchema));
    expect(tableNames(sqliteSchema)).toHaveLength(19);
  });

  it('reads the same rows ($inferSelect) from every table', () => {
    expectTypeOf<Selects<Postgres>>().toEqualTypeOf<Selects<Sqlite>>();
    // One table spelled out, so a broken mapped type above cannot make the check vacuous.
    expectTypeOf<InferSelectModel<typeof postgresSchema.articles>>().toEqualTypeOf<
      InferSelectModel<typeof sqliteSchema.articles>
    >();
    expectTypeOf<Selects<Postgres>['changes']['seq']>().toEqualTypeOf<number>();
  });

  it('writes the same rows ($inferInsert) to every table', () => {
    expectTypeOf<Inserts<Postgres>>().toEqualTypeOf<Inserts<Sqlite>>();
    expectTypeOf<InferInsertModel<typeof postgresSchema.mentions>>().toEqualTypeOf<
      InferInsertModel<typeof sqliteSchema.mentions>
    >();
    expectTypeOf<Inserts<Postgres>['mentions']['id']>().toEqualTypeOf<number | undefined>();
  });
});
