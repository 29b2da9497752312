import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { InvalidParameterError, type ParameterLocation } from '../http/errors.ts';

/**
 * U+0000 is refused wherever a client can put text: PostgreSQL's text cannot hold it (the write would fail
 * as the server's error), and no news copy needs it. Refusing it on both stores, before validation, keeps
 * their answers the same: a 400 naming the field (`body.0.text`, as validation names fields) or parameter.
 */

const NUL = '\u0000';

/** The dotted path of the first string (or object key) holding U+0000, or undefined. */
function pathToNul(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const itemPath = path ? `${path}.${key}` : key;
    if (key.includes(NUL)) return itemPath;
    const found = pathToNul(item, itemPath);
    if (found !== undefined) return found;
  }
  return undefined;
}

const LOCATIONS: [ParameterLocation, (request: FastifyRequest) => unknown][] = [
  ['path', (request) => request.params],
  ['query', (request) => request.query],
  ['body', (request) => request.body],
];

async function nulCharacters(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    for (const [location, read] of LOCATIONS) {
      const path = pathToNul(read(request), '');
      if (path === undefined) continue;
      // A repeated query parameter is an array: its name, not `kind.1`, is what the client typed.
      const name = (location === 'query' ? path.split('.')[0] : path) || '(root)';
      throw new InvalidParameterError({ location, name, detail: 'contains the character U+0000' });
    }
  });
}

export default fp(nulCharacters, { name: 'nul-characters' });
