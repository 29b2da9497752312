/**
 * The errors the API raises on purpose, each with its problem type. Routes and repositories throw
 * these; the error plugin turns them (and Fastify's own errors) into problem+json.
 */

export type ParameterLocation = 'query' | 'path' | 'body' | 'header';

export interface InvalidParameter {
  location: ParameterLocation;
  name: string;
  detail: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    detail: string,
    readonly errors?: InvalidParameter[],
  ) {
    super(detail);
  }
}

export class NotFoundError extends ApiError {
  constructor(
    readonly resource: string,
    readonly key: string,
  ) {
    super(404, 'not-found', 'Not found', `No ${resource} has the id or slug "${key}"`);
  }
}

export class InvalidParameterError extends ApiError {
  constructor(parameter: InvalidParameter) {
    super(
      400,
      'invalid-request',
      'Invalid request',
      `${parameter.location} parameter "${parameter.name}" ${parameter.detail}`,
      [parameter],
    );
  }
}

/** A search (`q`) that does not parse, in the words of the store's parser (FTS5's, or search_query()'s alike). */
export function invalidSearch(reason: string): InvalidParameterError {
  return new InvalidParameterError({
    location: 'query',
    name: 'q',
    detail: `is not a valid search (${reason.replace(/^fts5: /, '')}); quote phrases with "…", end a prefix with *`,
  });
}

/** The body is well-formed but says something that cannot be (offsets off the text, an unknown speaker). */
export class UnprocessableError extends ApiError {
  constructor(errors: InvalidParameter[]) {
    super(
      422,
      'unprocessable',
      'Unprocessable content',
      errors.map((e) => `${e.location} field "${e.name}" ${e.detail}`).join('; '),
      errors,
    );
  }
}

/** The request clashes with what is stored: a taken slug, a reference that would break. */
export class ConflictError extends ApiError {
  constructor(code: string, detail: string, errors?: InvalidParameter[]) {
    super(409, code, 'Conflict', detail, errors);
  }
}

/** The one wording for ids or slugs that name nothing, wherever they were given: `names no place ("atlantis")`. */
export function namesNothing(what: string, keys: readonly string[]): string {
  return `names no ${what} (${keys.map((key) => `"${key}"`).join(', ')})`;
}

/** `value`, or a 404 naming what was looked for when there is none. */
export function orNotFound<T>(value: T | undefined, resource: string, key: string): T {
  if (value === undefined) throw new NotFoundError(resource, key);
  return value;
}
