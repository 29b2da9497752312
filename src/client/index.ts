import createClient, { type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './openapi-types.ts';

/**
 * A typed client for frontends: every path, parameter and response body is typed from the
 * committed OpenAPI document.
 *
 *   const api = createDatelineClient({ baseUrl: 'http://127.0.0.1:3000' });
 *   const { data, error } = await api.GET('/people/{idOrSlug}', { params: { path: { idOrSlug: 'andrii-sybiha' } } });
 */
export function createDatelineClient(options: ClientOptions & { baseUrl: string }) {
  return createClient<paths>(options);
}

export type DatelineClient = ReturnType<typeof createDatelineClient>;
export type Schemas = components['schemas'];
export type { paths };
