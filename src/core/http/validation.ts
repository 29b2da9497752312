import { AjvCompiler } from '@fastify/ajv-compiler';
import type { FastifyServerOptions } from 'fastify';
import { isAcceptedDateTime } from '../../lib/instants.ts';

/**
 * Fastify validates every part of a request with one Ajv that coerces types: right for the query
 * string and path, where everything arrives as text, and wrong for JSON bodies, where it would
 * turn `null` into `""` or `0` and `"5"` into 5 behind the client's back. Bodies get an Ajv that
 * coerces nothing; the other parts keep coercion, with the finite-number check Ajv forgets.
 */

type Compilers = ReturnType<typeof AjvCompiler>;
type CompilerOptions = Parameters<Compilers>[1];
type Validate = ReturnType<ReturnType<Compilers>>;

interface NumberError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message: string;
}

/** Paths of numbers that are not finite, in a request part (an object of values or arrays of them). */
function nonFiniteNumbers(data: unknown): string[] {
  if (data === null || typeof data !== 'object') return [];
  const found: string[] = [];
  for (const [name, value] of Object.entries(data)) {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    values.forEach((item, index) => {
      if (typeof item === 'number' && !Number.isFinite(item)) {
        found.push(Array.isArray(value) ? `/${name}/${index}` : `/${name}`);
      }
    });
  }
  return found;
}

/**
 * Ajv coerces `Infinity`, `-Infinity` and `1e309` from text to ±Infinity and then skips `minimum`,
 * `maximum` and the integer check for them (its own finite test runs before coercion only), so
 * `limit=Infinity` would reach the database. No parameter of this API is meant to be infinite:
 * any coerced number that is not finite fails validation like any other bad value.
 */
function rejectingNonFinite(validate: Validate): Validate {
  const checked = ((data: unknown) => {
    const valid = validate(data);
    const problems: NumberError[] = nonFiniteNumbers(data).map((instancePath) => ({
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'number' },
      message: 'must be a finite number',
    }));
    const errors = [...((valid === true ? [] : validate.errors) ?? []), ...problems];
    checked.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  }) as Validate;
  return checked;
}

/** `date-time` means what `isAcceptedDateTime` says, for every date-time input (ajv-formats allows leap seconds). */
function withDateTimeRule(options: CompilerOptions): CompilerOptions {
  return {
    ...options,
    onCreate: (ajv) => {
      options?.onCreate?.(ajv);
      ajv.addFormat('date-time', isAcceptedDateTime);
    },
  };
}

export function strictBodyValidation(): NonNullable<FastifyServerOptions['schemaController']> {
  const compilers = AjvCompiler();
  return {
    compilersFactory: {
      buildValidator(externalSchemas, options) {
        const coercing = compilers(externalSchemas, withDateTimeRule(options));
        // The app configures Ajv for JSON Schema (never JTD), where `coerceTypes` exists.
        const strictOptions = {
          ...withDateTimeRule(options),
          customOptions: { ...options?.customOptions, coerceTypes: false },
        } as CompilerOptions;
        const strict = compilers(externalSchemas, strictOptions);
        return (route) => (route.httpPart === 'body' ? strict(route) : rejectingNonFinite(coercing(route)));
      },
    },
  };
}
