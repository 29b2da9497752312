/** `application/json` and every `application/…+json` (problem, ld, geo, feed, ninjs). */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

export function isJsonMediaType(contentType: unknown): boolean {
  return typeof contentType === 'string' && JSON_MEDIA_TYPE.test(contentType);
}

/**
 * JSON that can be pasted into an HTML `<script>` element as it is, the way JSON-LD is embedded
 * (`<script type="application/ld+json">`): a `</script>` or `<!--` inside a string would end or
 * change the element. In JSON `<` only ever stands inside strings, where `\u003c` is the same
 * character to every parser, so escaping each one changes no value.
 */
export function scriptSafeJson(json: string): string {
  return json.includes('<') ? json.replaceAll('<', '\\u003c') : json;
}
