/** Dates as an editor reads them: in their own time zone, which the desk names where it matters. */

export const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function localTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return dateTime.format(new Date(iso));
}

/** "UTC+03:00" for the editor's zone at that moment. */
export function utcOffset(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The value of an `<input type="datetime-local">` for a moment, in the editor's zone. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** An `<input type="datetime-local">` value, read in the editor's zone, as the UTC instant the API stores. */
export function fromLocalInput(value: string): string | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The words around a span of a text, for showing where something appears. */
export function contextOf(text: string, start: number, end: number, width = 70) {
  let from = Math.max(0, start - width);
  let to = Math.min(text.length, end + width);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  return {
    before: `${from > 0 ? '…' : ''}${text.slice(from, start).replace(/\s+/g, ' ')}`,
    words: text.slice(start, end),
    after: `${text.slice(end, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`,
  };
}
