import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './openapi-types.ts';

/** A media type, as openapi-fetch narrows responses by it (`application/json`, `application/geo+json` …). */
export type MediaType = `${string}/${string}`;

/**
 * A typed client for frontends: every path, parameter and response body is typed from the
 * committed OpenAPI document.
 *
 *   const api = createDatelineClient({ baseUrl: 'http://127.0.0.1:3000' });
 *   const { data, error } = await api.GET('/people/{idOrSlug}', { params: { path: { idOrSlug: 'andrii-sybiha' } } });
 *
 * Routes that answer in several formats (JSON-LD, GeoJSON, feeds) type `data` as any of them; a
 * client for one format says which: `createDatelineClient<'application/json'>(…)`.
 */
export function createDatelineClient<Media extends MediaType = MediaType>(
  options: ClientOptions & { baseUrl: string },
): Client<paths, Media> {
  return createClient<paths, Media>(options);
}

export type DatelineClient<Media extends MediaType = MediaType> = Client<paths, Media>;
export type Schemas = components['schemas'];
export type { paths };
