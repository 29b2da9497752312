import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { getJson, useSeededApp } from '../../support/app.ts';

const ctx = useSeededApp();

/** A validator for the OpenAPI document's own component schemas (OpenAPI 3.1 is JSON Schema 2020-12). */
async function componentValidator() {
  const { body: spec } = await getJson(ctx.app, '/openapi.json');
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  // ajv-formats is CommonJS: its default export arrives as the module object.
  (formats as unknown as { default: (ajv: Ajv2020) => void }).default(ajv);
  ajv.addSchema({ $id: 'openapi', components: spec.components }, 'openapi');
  return {
    spec,
    validate: (schema: object, value: unknown) => {
      const check = ajv.compile({ $id: `check-${Math.random()}`, ...schema });
      return check(value) ? [] : check.errors;
    },
  };
}

const resolve = (spec: any, schema: any) =>
  schema?.$ref ? spec.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : schema;

describe('examples in the API reference', () => {
  it('every component example is valid against its own schema', async () => {
    const { spec, validate } = await componentValidator();
    let checked = 0;
    for (const [name, schema] of Object.entries<any>(spec.components.schemas)) {
      for (const example of schema.examples ?? []) {
        const errors = validate({ $ref: `openapi#/components/schemas/${name}` }, example);
        expect(errors, `${name}: ${JSON.stringify(errors)}`).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('every response of every operation shows an example', async () => {
    const { spec } = await componentValidator();
    for (const [path, item] of Object.entries<any>(spec.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        for (const [status, response] of Object.entries<any>(operation.responses)) {
          for (const [media, content] of Object.entries<any>(response.content ?? {})) {
            const schema = resolve(spec, content.schema);
            const examples = schema?.examples ?? (schema?.example === undefined ? [] : [schema.example]);
            expect(examples.length, `${method.toUpperCase()} ${path} ${status} ${media}`).toBeGreaterThan(0);
          }
        }
      }
    }
  });
});
