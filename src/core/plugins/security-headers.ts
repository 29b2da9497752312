import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The security headers of every answer, defined once. Most answers get them from @fastify/helmet
 * and an onSend hook; answers written before any hook can run (a URL the router cannot read, a
 * request line or headers Node cannot parse) take the same list from `securityHeaders()`.
 */

export const HELMET_OPTIONS = {
  contentSecurityPolicy: false,
  crossOriginResourcePolicy: { policy: 'cross-origin' },
} satisfies HelmetOptions;

/** The API serves JSON only: nothing it sends may load or embed anything. The docs UI sets its own policy. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

let computed: Readonly<Record<string, string>> | undefined;

/** What helmet (with HELMET_OPTIONS) sets, plus the API's CSP, as plain lower-case header pairs. */
export function securityHeaders(): Readonly<Record<string, string>> {
  if (computed) return computed;
  const headers: Record<string, string> = {};
  // Helmet only ever sets and removes headers on the response it is given: record what it sets.
  const recorder = {
    setHeader: (name: string, value: string | number) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet(HELMET_OPTIONS)({} as IncomingMessage, recorder as unknown as ServerResponse, () => undefined);
  computed = Object.freeze({ ...headers, 'content-security-policy': API_CSP });
  return computed;
}
