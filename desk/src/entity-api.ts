import type { Schemas } from '../../src/client/index.ts';
import { api, must } from './api.ts';
import type { EntityType } from './entity-search.ts';

/**
 * People, places and organisations through their three typed paths, for screens that treat them
 * alike (the review queue). Each call names its path literally, so the client checks it.
 */

export type Entity = Schemas['Person'] | Schemas['Place'] | Schemas['Organisation'];
export type EntityPatch = {
  name?: string;
  aliases?: string[];
  suggested?: boolean;
  kind?: string;
  nationality?: string | null;
};

export async function listSuggested(type: EntityType): Promise<Entity[]> {
  const query = { suggested: true, limit: 100 } as const;
  if (type === 'person') return (await must(api.GET('/people', { params: { query } }))).data.data;
  if (type === 'place') return (await must(api.GET('/places', { params: { query } }))).data.data;
  return (await must(api.GET('/organisations', { params: { query } }))).data.data;
}

export async function getEntity(type: EntityType, idOrSlug: string): Promise<{ entity: Entity; etag: string | null }> {
  const path = { idOrSlug };
  const result =
    type === 'person'
      ? await must(api.GET('/people/{idOrSlug}', { params: { path } }))
      : type === 'place'
        ? await must(api.GET('/places/{idOrSlug}', { params: { path } }))
        : await must(api.GET('/organisations/{idOrSlug}', { params: { path } }));
  return { entity: result.data.data, etag: result.etag };
}

export async function patchEntity(type: EntityType, id: string, etag: string, patch: EntityPatch) {
  const params = { path: { idOrSlug: id }, header: { 'if-match': etag } };
  if (type === 'person') {
    const { kind: _kind, ...body } = patch;
    return must(api.PATCH('/people/{idOrSlug}', { params, body }));
  }
  const { nationality: _nationality, ...body } = patch;
  if (type === 'place') {
    return must(api.PATCH('/places/{idOrSlug}', { params, body: body as Schemas['PlacePatch'] }));
  }
  return must(api.PATCH('/organisations/{idOrSlug}', { params, body }));
}

export async function deleteEntity(type: EntityType, id: string, etag: string, cascade: boolean) {
  const params = { path: { idOrSlug: id }, header: { 'if-match': etag }, query: { cascade } };
  const call =
    type === 'person'
      ? api.DELETE('/people/{idOrSlug}', { params })
      : type === 'place'
        ? api.DELETE('/places/{idOrSlug}', { params })
        : api.DELETE('/organisations/{idOrSlug}', { params });
  const { error, response } = await call;
  if (!response.ok) {
    // must() wants data; a 204 has none, so a failure is unpacked here.
    await must(Promise.resolve({ error, response }));
  }
}

export async function mergeEntity(type: EntityType, id: string, etag: string, into: string): Promise<Entity> {
  const params = { path: { idOrSlug: id }, header: { 'if-match': etag } };
  const body = { into };
  const result =
    type === 'person'
      ? await must(api.POST('/people/{idOrSlug}/merge', { params, body }))
      : type === 'place'
        ? await must(api.POST('/places/{idOrSlug}/merge', { params, body }))
        : await must(api.POST('/organisations/{idOrSlug}/merge', { params, body }));
  return result.data.data;
}

/** Articles (of any status) that name the entity, newest first. */
export async function articlesNaming(type: EntityType, id: string) {
  const filter = type === 'person' ? { person: [id] } : type === 'place' ? { place: [id] } : { organisation: [id] };
  const { data } = await must(
    api.GET('/articles', {
      params: {
        query: { ...filter, status: ['draft', 'scheduled', 'published', 'archived'], sort: '-updatedAt', limit: 5 },
      },
    }),
  );
  return data.data;
}

/** One article with its text, mentions and quotes, read once per screen however many entities it names. */
export function articleReader() {
  const cache = new Map<string, ReturnType<typeof read>>();
  const read = async (id: string) =>
    (
      await must(
        api.GET('/articles/{idOrSlug}', { params: { path: { idOrSlug: id }, query: { include: 'mentions,quotes' } } }),
      )
    ).data.data;
  return (id: string) => {
    let found = cache.get(id);
    if (!found) {
      found = read(id);
      cache.set(id, found);
    }
    return found;
  };
}
