/**
 * Which statements PostgreSQL should keep prepared. A named statement is parsed and planned once per
 * connection; an unnamed one on every run, and planning a filtered list took 0.3–0.6 ms at 100k
 * articles (EXPLAIN ANALYZE), as long as running it. A text earns its name by being run `usesBeforeNaming`
 * times, so one-off shapes (an unusual filter, a long list of ids) stay unnamed; at most `most` texts are
 * named, which bounds what each connection (and the server, per connection) holds.
 */
export function statementNames(options: {
  usesBeforeNaming: number;
  most: number;
}): (text: string) => string | undefined {
  const names = new Map<string, string>();
  const uses = new Map<string, number>();
  return (text) => {
    const named = names.get(text);
    if (named !== undefined || names.size >= options.most) return named;
    const count = (uses.get(text) ?? 0) + 1;
    if (count < options.usesBeforeNaming) {
      // Counting is bounded too: past the cap, a new text waits for room.
      if (uses.has(text) || uses.size < options.most * 16) uses.set(text, count);
      return undefined;
    }
    uses.delete(text);
    const name = `dateline_${names.size + 1}`;
    names.set(text, name);
    return name;
  };
}
