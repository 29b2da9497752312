import { InvalidParameterError } from '../../core/http/errors.ts';

/** The 400 for a search that does not parse, on either store: `reason` is the parser's words (FTS5's on both). */
export function invalidSearch(reason: string): InvalidParameterError {
  return new InvalidParameterError({
    location: 'query',
    name: 'q',
    detail: `is not a valid search (${reason.replace(/^fts5: /, '')}); quote phrases with "…", end a prefix with *`,
  });
}
