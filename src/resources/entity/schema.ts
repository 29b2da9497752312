import { Type, type Static } from '@sinclair/typebox';

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
