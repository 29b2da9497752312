/**
 * The date-times the API accepts: RFC 3339 (`2025-04-08T09:30:00Z`, `…+02:00`), naming a real
 * instant between years 0000 and 9999 in UTC. A leap second (`23:59:60`) is refused rather than
 * rounded: JavaScript dates cannot hold one, and quietly moving a publication time is worse than
 * asking for `23:59:59`. Every date-time input is checked by this one rule (the `date-time` format).
 */

const RFC_3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

export const DATE_TIME_RULE =
  'must be an RFC 3339 date-time (e.g. 2025-04-08T09:30:00Z) of a real instant between years 0000 and 9999; a leap second (:60) is not accepted, use :59';

export function isAcceptedDateTime(value: string): boolean {
  const parts = RFC_3339.exec(value);
  if (!parts) return false;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = parts
    .slice(1)
    .map((part) => Number(part ?? 0)) as [number, number, number, number, number, number, number, number];
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return false;
  // Date rolls 2025-02-30 over into March: the calendar date as written must exist.
  const calendar = new Date(Date.UTC(2000, month - 1, day));
  calendar.setUTCFullYear(year);
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return false;
  const instant = new Date(value);
  const utcYear = instant.getUTCFullYear();
  // Stored timestamps are four-digit-year ISO strings that compare as text.
  return !Number.isNaN(instant.getTime()) && utcYear >= 0 && utcYear <= 9999;
}
