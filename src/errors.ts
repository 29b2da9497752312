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
  constructor(resource: string, key: string) {
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
