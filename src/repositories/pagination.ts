import { and, asc, desc, eq, gt, lt, or, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { InvalidParameterError } from '../errors.ts';

/**
 * Keyset pagination: a page starts strictly after the last row of the previous one, so rows
 * inserted meanwhile never shift or repeat items, and deep pages cost the same as the first.
 */

export interface SortKey {
  column: SQLiteColumn;
  direction: 'asc' | 'desc';
}

type CursorValue = string | number;

export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

function invalidCursor(): InvalidParameterError {
  return new InvalidParameterError({
    location: 'query',
    name: 'cursor',
    detail: 'is not a cursor this list issued; use meta.nextCursor from the previous page',
  });
}

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): CursorValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const valid =
    Array.isArray(values) &&
    values.length === arity &&
    values.every((value) => typeof value === 'string' || typeof value === 'number');
  if (!valid) throw invalidCursor();
  return values as CursorValue[];
}

/** Rows that sort after `values`: (k1 > v1) OR (k1 = v1 AND k2 > v2) OR … */
export function afterKeys(keys: SortKey[], values: CursorValue[]): SQL {
  const branches = keys.map((key, index) => {
    const beyond = key.direction === 'asc' ? gt : lt;
    const equalPrefix = keys.slice(0, index).map((prior, i) => eq(prior.column, values[i]));
    return and(...equalPrefix, beyond(key.column, values[index]));
  });
  return or(...branches) as SQL;
}

export function orderByKeys(keys: SortKey[]): SQL[] {
  return keys.map((key) => (key.direction === 'asc' ? asc(key.column) : desc(key.column)));
}

/** The keyset condition for a request, or undefined on the first page. */
export function cursorCondition(keys: SortKey[], request: PageRequest): SQL | undefined {
  return request.cursor === undefined ? undefined : afterKeys(keys, decodeCursor(request.cursor, keys.length));
}

/**
 * Turns `limit + 1` fetched rows into a page: the extra row only tells that a next page exists.
 */
export function toPage<Row, Item>(
  rows: Row[],
  request: PageRequest,
  keyValues: (row: Row) => CursorValue[],
  toItem: (row: Row) => Item,
): Page<Item> {
  const pageRows = rows.slice(0, request.limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(toItem),
    nextCursor: rows.length > request.limit && last !== undefined ? encodeCursor(keyValues(last)) : null,
  };
}
