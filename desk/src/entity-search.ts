import { api, must } from './api.ts';
import type { Option } from './components/combobox.tsx';

export type EntityType = 'person' | 'organisation' | 'place';
export interface EntityRef {
  type: EntityType;
  id: string;
  slug: string;
  name: string;
  suggested: boolean;
}

/** Name searches are prefix searches; quotes, stars and operators would change their meaning. */
export const searchWords = (query: string) => query.replace(/[^\p{L}\p{N}\s]/gu, ' ').trim();

const LIMIT = 8;

async function find(type: EntityType, q: string, suggested: boolean): Promise<EntityRef[]> {
  const query = { q, limit: LIMIT, ...(suggested && { suggested: true }) };
  const toRef = (entity: { id: string; slug: string; name: string; suggested: boolean }): EntityRef => ({
    type,
    id: entity.id,
    slug: entity.slug,
    name: entity.name,
    suggested: entity.suggested,
  });
  if (type === 'person') return (await must(api.GET('/people', { params: { query } }))).data.data.map(toRef);
  if (type === 'organisation') {
    return (await must(api.GET('/organisations', { params: { query } }))).data.data.map(toRef);
  }
  return (await must(api.GET('/places', { params: { query } }))).data.data.map(toRef);
}

/**
 * People, organisations or places whose name or alias starts with the words typed: confirmed ones,
 * and (for keys that may see them) those still awaiting review, marked so.
 */
export async function searchEntities(
  types: EntityType[],
  query: string,
  { suggested = false }: { suggested?: boolean } = {},
): Promise<EntityRef[]> {
  const q = searchWords(query);
  if (!q) return [];
  const lists = await Promise.all(
    types.flatMap((type) => [find(type, q, false), ...(suggested ? [find(type, q, true)] : [])]),
  );
  return lists.flat();
}

export const TYPE_LABEL: Record<EntityType, string> = {
  person: 'person',
  organisation: 'organisation',
  place: 'place',
};

export function entityOption(entity: EntityRef): Option<EntityRef> {
  return {
    key: entity.id,
    label: entity.name,
    hint: `${TYPE_LABEL[entity.type]}${entity.suggested ? ' · awaiting review' : ''}`,
    value: entity,
  };
}

export const PLURAL: Record<EntityType, 'people' | 'organisations' | 'places'> = {
  person: 'people',
  organisation: 'organisations',
  place: 'places',
};
