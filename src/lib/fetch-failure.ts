/**
 * Why an outgoing request (a webhook delivery, a cache purge) never got an answer, in words for a
 * log or a delivery record: a timeout, else the network error's code ("ECONNREFUSED") where
 * fetch() hides it in `cause`.
 */
export function describeFetchFailure(error: unknown, timeoutMs: number, whom: string): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `No answer within ${timeoutMs} ms`;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const reason = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `Could not reach the ${whom}: ${reason}`;
}
