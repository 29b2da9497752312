import { describe, expect, it } from 'vitest';
import { ENTITY_TABLES, SLUGGED_TABLES, isSluggedType } from '../../../src/core/db/named-tables.ts';
import { STORES } from '../../../src/resources/entity/stores.ts';

describe('the entity registry', () => {
  it('has one store per entity type, each naming the type and table the registry gives it', () => {
    expect(Object.keys(STORES).sort()).toEqual(Object.keys(ENTITY_TABLES).sort());
    for (const [type, store] of Object.entries(STORES)) {
      expect(store.type).toBe(type);
      expect(store.table).toBe(ENTITY_TABLES[store.type]);
    }
  });

  it('knows the slugged types, and nothing else, as slugged', () => {
    expect(Object.keys(SLUGGED_TABLES).sort()).toEqual(['article', 'organisation', 'person', 'place']);
    expect(isSluggedType('person')).toBe(true);
    expect(isSluggedType('quote')).toBe(false);
    expect(isSluggedType('toString')).toBe(false);
  });
});
