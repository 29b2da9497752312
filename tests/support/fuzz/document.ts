import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';

/**
 * The live OpenAPI document, read as the fuzzer needs it: every operation with its parameters,
 * body and documented answers, and a validator of answers against the documented schemas.
 */

export type Schema = Record<string, any>;

export interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required: boolean;
  schema: Schema;
}

export interface Operation {
  /** `GET /articles/{idOrSlug}` */
  key: string;
  method: string;
  path: string;
  parameters: Parameter[];
  body?: { schema: Schema; media: string[]; required: boolean };
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
  /** The operation needs a key (`security` is set). */
  secured: boolean;
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

export function operationsOf(document: any): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<any>(document.paths)) {
    for (const [method, operation] of Object.entries<any>(item)) {
      if (!METHODS.includes(method)) continue;
      const content = operation.requestBody?.content as Record<string, { schema: Schema }> | undefined;
      const [firstMedia] = Object.keys(content ?? {});
      operations.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        parameters: (operation.parameters ?? []).map((p: any) => ({ ...p, required: p.required === true })),
        ...(content &&
          firstMedia && {
            body: {
              schema: content[firstMedia]?.schema ?? {},
              media: Object.keys(content),
              required: operation.requestBody.required === true,
            },
          }),
        // Answers every operation shares are `$ref`s to components.responses.
        responses: Object.fromEntries(
          Object.entries<any>(operation.responses).map(([status, response]) => [
            status,
            typeof response.$ref === 'string'
              ? document.components.responses[response.$ref.replace('#/components/responses/', '')]
              : response,
          ]),
        ),
        secured: Array.isArray(operation.security) && operation.security.length > 0,
      });
    }
  }
  return operations;
}

/** `application/json; charset=utf-8` → `application/json`. */
export const mediaOf = (contentType: string | undefined) =>
  (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

export class DocumentValidator {
  readonly #ajv = new Ajv2020({ strict: false, allErrors: false });
  readonly #compiled = new Map<string, ValidateFunction>();

  constructor(readonly document: any) {
    (formats as unknown as { default: (ajv: Ajv2020) => void }).default(this.#ajv);
    this.#ajv.addSchema({ $id: 'openapi', components: document.components });
  }

  /** Resolves a `#/components/schemas/X` reference. */
  resolve(ref: string): Schema {
    const name = ref.replace('#/components/schemas/', '');
    return this.document.components.schemas[name];
  }

  /** Why `body` does not match `schema` (at most a few reasons), or [] when it does. */
  check(cacheKey: string, schema: Schema, body: unknown): string[] {
    let validate = this.#compiled.get(cacheKey);
    if (!validate) {
      const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'));
      validate = this.#ajv.compile(rewritten);
      this.#compiled.set(cacheKey, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  }
}
