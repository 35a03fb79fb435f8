/**
 * Normalise a publication date string to ISO 8601. ISO-looking input keeps
 * its own calendar date and offset (a page's local date is what it states);
 * other parseable forms (RFC 822 `Tue, 02 May 2019 08:00:00 GMT`, …) become
 * a UTC timestamp. Returns null when the value cannot be read as a date.
 *
 * @example
 * normalizePublishedAt("2019-05-02T08:00:00+09:00") // "2019-05-02T08:00:00+09:00"
 * normalizePublishedAt("Thu, 02 May 2019 08:00:00 GMT") // "2019-05-02T08:00:00.000Z"
 */
export function normalizePublishedAt(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (iso) {
    const [, , m, d] = iso;
    const month = Number(m);
    const day = Number(d);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return v.replace(" ", "T");
  }
  if (/^\d{4}-\d{2}$/.test(v) || /^\d{4}$/.test(v)) return v;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString();
}

/** The calendar date (`YYYY-MM-DD`) of a normalised publication date, or null. */
export function calendarDate(published: string | null): string | null {
  if (!published) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(published);
  return m?.[1] ?? null;
}
