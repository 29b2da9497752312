/** The current time as the ISO-8601 UTC string every table stores. */
export const nowIso = () => new Date().toISOString();

/**
 * A timestamp for a row changing now that is later than its previous one. `updatedAt` is the
 * row's version (ETags and `If-Match` compare it), so two writes in the same millisecond must
 * still give two different versions.
 */
export function nextVersion(previous: string | undefined): string {
  const now = Date.now();
  const last = previous === undefined ? Number.NaN : Date.parse(previous);
  return new Date(Number.isNaN(last) || now > last ? now : last + 1).toISOString();
}
