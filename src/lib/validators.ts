import { AjvCompiler } from '@fastify/ajv-compiler';
import type { FastifyServerOptions } from 'fastify';

/**
 * Fastify validates every part of a request with one Ajv that coerces types: right for the query
 * string and path, where everything arrives as text, and wrong for JSON bodies, where it would
 * turn `null` into `""` or `0` and `"5"` into 5 behind the client's back. Bodies get an Ajv that
 * coerces nothing; the other parts keep coercion.
 */
export function strictBodyValidation(): NonNullable<FastifyServerOptions['schemaController']> {
  const compilers = AjvCompiler();
  return {
    compilersFactory: {
      buildValidator(externalSchemas, options) {
        const coercing = compilers(externalSchemas, options);
        // The app configures Ajv for JSON Schema (never JTD), where `coerceTypes` exists.
        const strictOptions = {
          ...options,
          customOptions: { ...options?.customOptions, coerceTypes: false },
        } as Parameters<typeof compilers>[1];
        const strict = compilers(externalSchemas, strictOptions);
        return (route) => (route.httpPart === 'body' ? strict(route) : coercing(route));
      },
    },
  };
}
