import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../../core/http/schemas.ts';

/*
 * The fields every entity shows (Person, Place, Organisation), written once; each schema places
 * them among its own fields, in the order its documents have always had.
 */

/** Its id, slug, name and other names, with examples of its own. */
export function entityNames(
  examples: { id: string; slug: string; name: string; aliases: string[] },
  options: { describeAliases: boolean } = { describeAliases: true },
) {
  return {
    id: Type.String({ maxLength: 1000, examples: [examples.id] }),
    slug: Type.String({ maxLength: 1000, examples: [examples.slug] }),
    name: Type.String({ maxLength: 1000, examples: [examples.name] }),
    aliases: Type.Array(Type.String({ maxLength: 1000 }), {
      maxItems: 10_000,
      ...(options.describeAliases && { description: 'Other names and spellings' }),
      examples: [examples.aliases],
    }),
  };
}

export const EntitySameAs = Type.Array(Type.String({ maxLength: 1000, format: 'uri' }), {
  maxItems: 10_000,
  description: 'The same entity in other datasets (Wikidata, GeoNames)',
  examples: [['https://www.wikidata.org/wiki/Q1899']],
});

export const EntitySuggested = Type.Boolean({
  description: 'Proposed by ingest and not yet confirmed by an editor (confirm with PATCH `{"suggested": false}`)',
});

export const entityTimestamps = { createdAt: Timestamp, updatedAt: Timestamp };

/** With `include=`: one related place, or null (by reference: Place refers to itself). */
export const embeddedPlace = (description: string) =>
  Type.Optional(Nullable(Type.Unsafe<Record<string, unknown>>(Type.Ref('Place')), { description }));

/** The body of `POST /{people|places|organisations}/{idOrSlug}/merge`, sent to the entity that goes away. */
export const EntityMerge = Type.Object(
  {
    into: Type.String({
      pattern: '^[A-Za-z0-9_-]+$',
      minLength: 1,
      maxLength: 200,
      description: 'The entity that stays (id or slug), of the same type as the one merged into it',
    }),
  },
  {
    additionalProperties: false,
    $id: 'EntityMerge',
    description: 'Which entity the one named in the path is merged into',
    examples: [{ into: 'volodymyr-zelensky' }],
  },
);
export type EntityMerge = Static<typeof EntityMerge>;

export const entityMergeSchemas = [EntityMerge];
