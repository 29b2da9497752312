import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clientTypes, openapiYaml } from '../../../src/core/plugins/openapi-document.ts';
import { getJson, useSeededApp } from '../../support/app.ts';

const ctx = useSeededApp();

describe('the OpenAPI document', () => {
  it('is committed as openapi.yaml exactly as the routes generate it (run `npm run openapi` after changing a route)', async () => {
    const committed = readFileSync(new URL('../../../openapi.yaml', import.meta.url), 'utf8');
    expect(committed).toBe(await openapiYaml());
  });

  it('and the typed client is generated from exactly that document', async () => {
    const yaml = readFileSync(new URL('../../../openapi.yaml', import.meta.url), 'utf8');
    const committed = readFileSync(new URL('../../../src/client/openapi-types.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await clientTypes(yaml));
  });

  it('is served live at /openapi.json as OpenAPI 3.1', async () => {
    const { status, body } = await getJson(ctx.app, '/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/articles',
        '/articles/{idOrSlug}',
        '/quotes',
        '/quotes/{id}',
        '/people',
        '/people/{idOrSlug}',
        '/people/{idOrSlug}/quotes',
        '/people/{idOrSlug}/articles',
        '/places',
        '/places/{idOrSlug}',
        '/places/{idOrSlug}/articles',
        '/organisations',
        '/organisations/{idOrSlug}',
        '/organisations/{idOrSlug}/quotes',
        '/organisations/{idOrSlug}/articles',
      ]),
    );
  });

  it('gives every operation a summary, tags, an operation id and documented responses', async () => {
    const { body } = await getJson(ctx.app, '/openapi.json');
    const operationIds = new Set<string>();
    for (const [path, item] of Object.entries<any>(body.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        expect(operation.summary, `${method} ${path}`).toEqual(expect.any(String));
        expect(operation.tags?.length, `${method} ${path}`).toBeGreaterThan(0);
        expect(operationIds.has(operation.operationId), operation.operationId).toBe(false);
        operationIds.add(operation.operationId);
        for (const [code, response] of Object.entries<any>(operation.responses)) {
          expect(response.description, `${method} ${path} ${code}`).not.toBe('Default Response');
        }
        for (const parameter of operation.parameters ?? []) {
          expect(parameter.description, `${method} ${path} ${parameter.name}`).toEqual(expect.any(String));
        }
      }
    }
    expect(body.components.schemas).toHaveProperty('Article');
    expect(body.components.schemas).toHaveProperty('Problem');
  });
});

describe('/docs', () => {
  it('serves the browsable reference', async () => {
    const page = await ctx.app.inject({ method: 'GET', url: '/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('swagger-ui');
    const spec = await getJson(ctx.app, '/docs/json');
    expect(spec.body.info.title).toBe('Dateline API');
  });
});
