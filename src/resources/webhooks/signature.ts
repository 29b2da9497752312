import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com): the signed content is
 * `${webhook-id}.${webhook-timestamp}.${body}`, the key is the base64 part of the `whsec_…` secret,
 * and `webhook-signature` holds `v1,<base64 HMAC-SHA256>` (several, space-separated, while a
 * secret is being rotated). Receivers can verify with this module or any Standard Webhooks library.
 */

const SECRET_PREFIX = 'whsec_';
/** How far a timestamp may be from the receiver's clock before the message counts as a replay. */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

export interface SignatureHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
}

/** `v1,<base64 HMAC-SHA256>` of one message. `timestamp` is in unix seconds. */
export function sign(secret: string, id: string, timestamp: number, body: string): string {
  const digest = createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');
  return `v1,${digest}`;
}

/** The three headers a delivery carries, signed at `now` (milliseconds). */
export function signatureHeaders(secret: string, id: string, body: string, now = Date.now()): SignatureHeaders {
  const timestamp = Math.floor(now / 1000);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': sign(secret, id, timestamp, body),
  };
}

type HeaderBag = Record<string, string | string[] | undefined>;

const header = (headers: HeaderBag, name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * What a receiver runs on each request: true when one of the `v1` signatures matches the raw body
 * (exactly as received, before any JSON parsing) and the timestamp is within `toleranceSeconds` of
 * now. Header names are expected in lower case, as Node delivers them.
 */
export function verifySignature(
  secret: string,
  headers: HeaderBag,
  body: string,
  { toleranceSeconds = DEFAULT_TOLERANCE_SECONDS, now = Date.now() } = {},
): boolean {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (!id || !timestamp || !signatures || !/^\d{1,15}$/.test(timestamp)) return false;
  const seconds = Number(timestamp);
  if (Math.abs(now / 1000 - seconds) > toleranceSeconds) return false;
  const expected = Buffer.from(sign(secret, id, seconds, body));
  return signatures.split(' ').some((candidate) => {
    const presented = Buffer.from(candidate);
    return presented.length === expected.length && timingSafeEqual(presented, expected);
  });
}
