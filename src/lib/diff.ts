/**
 * What changed between two versions of an article: each field that differs, and for the body
 * the blocks added, removed or changed, found by a longest-common-subsequence match of blocks.
 */

export interface BlockChange {
  change: 'added' | 'removed' | 'changed';
  /** Position of the block in the older body (removed, changed) or the newer one (added). */
  index: number;
  from?: { type: string; text: string };
  to?: { type: string; text: string };
}

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

interface Block {
  type: string;
  text: string;
}

const same = (a: Block, b: Block) => a.type === b.type && a.text === b.text;
/** Beyond this many block pairs the body is reported as replaced whole, to bound the work. */
const MAX_LCS_CELLS = 4_000_000;

export function diffBlocks(before: readonly Block[], after: readonly Block[]): BlockChange[] {
  const n = before.length;
  const m = after.length;
  if (n * m > MAX_LCS_CELLS) {
    return [
      ...before.map((block, index) => ({ change: 'removed' as const, index, from: block })),
      ...after.map((block, index) => ({ change: 'added' as const, index, to: block })),
    ];
  }
  // lcs[i][j]: length of the longest common subsequence of before[i..] and after[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = lcs[i] as Uint32Array;
      const below = lcs[i + 1] as Uint32Array;
      row[j] = same(before[i] as Block, after[j] as Block)
        ? (below[j + 1] as number) + 1
        : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  const changes: BlockChange[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const a = before[i];
    const b = after[j];
    if (a && b && same(a, b)) {
      i++;
      j++;
    } else if (a && b && lcs[i + 1]?.[j + 1] === lcs[i]?.[j] && a.type === b.type) {
      // Neither block is part of the common sequence: the one became the other.
      changes.push({ change: 'changed', index: i, from: a, to: b });
      i++;
      j++;
    } else if (b && (!a || (lcs[i]?.[j + 1] ?? 0) >= (lcs[i + 1]?.[j] ?? 0))) {
      changes.push({ change: 'added', index: j, to: b });
      j++;
    } else if (a) {
      changes.push({ change: 'removed', index: i, from: a });
      i++;
    }
  }
  return changes;
}

/** The fields whose values differ (compared as JSON), in the order of `fields`. */
export function diffFields<T extends Record<string, unknown>>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): FieldChange[] {
  return fields
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, from: before[field], to: after[field] }));
}
