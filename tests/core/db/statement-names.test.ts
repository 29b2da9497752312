import { describe, expect, it } from 'vitest';
import { statementNames } from '../../../src/core/db/postgres/statement-names.ts';

describe('statementNames', () => {
  it('names a text once it has been run often enough, and keeps its name', () => {
    const nameOf = statementNames({ usesBeforeNaming: 3, most: 10 });
    expect(nameOf('SELECT 1')).toBeUndefined();
    expect(nameOf('SELECT 1')).toBeUndefined();
    const name = nameOf('SELECT 1');
    expect(name).toEqual(expect.any(String));
    expect(nameOf('SELECT 1')).toBe(name);
    // Another text, another name.
    for (let i = 0; i < 2; i++) nameOf('SELECT 2');
    expect(nameOf('SELECT 2')).not.toBe(name);
  });

  it('names at most `most` texts: the rest run unnamed', () => {
    const nameOf = statementNames({ usesBeforeNaming: 1, most: 2 });
    const names = ['a', 'b', 'c', 'd'].map((text) => nameOf(text));
    expect(names.slice(0, 2)).toEqual([expect.any(String), expect.any(String)]);
    expect(names.slice(2)).toEqual([undefined, undefined]);
    expect(nameOf('a')).toBe(names[0]);
  });
});
