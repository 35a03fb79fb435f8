/**
 * Normalising feed and record dates to ISO 8601.
 *
 * RFC 822/2822 dates (`Tue, 10 Jun 2003 04:00:00 GMT`, RSS `pubDate`) and
 * W3C/RFC 3339 dates (`2003-06-10T04:00:00+02:00`, Atom and `dc:date`) keep
 * their stated UTC offset: `2003-06-10T04:00:00+02:00`. UTC is written `Z`;
 * a time without any zone stays without one (local time, zone unknown).
 * A date without a time stays a date (`2003-06-10`). Fractional seconds are
 * dropped. Anything else is not guessed at.
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** North American zone names allowed by RFC 822, in minutes east of UTC. */
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};

const RFC822 =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{2}:?\d{2}|[a-z]{1,5}))?)?$/i;

const ISO =
  /^(\d{4})-(\d{2})(?:-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?$/i;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function validTime(hour: number, minute: number, second: number): boolean {
  return hour <= 23 && minute <= 59 && second <= 60;
}

/** `+0200`, `-05:00`, `+02` or a zone name → minutes east of UTC; null when unknown. */
function parseOffset(zone: string): number | null {
  const named = ZONES[zone.toLowerCase()];
  if (named !== undefined) return named;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? "0");
  if (minutes > 14 * 60) return null;
  return match[1] === "-" ? -minutes : minutes;
}

function formatOffset(minutes: number | undefined): string {
  if (minutes === undefined) return "";
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function formatDateTime(
  year: number,
  month: number,
  day: number,
  time: { hour: number; minute: number; second: number; offset: number | undefined } | null,
): string | null {
  if (!validDate(year, month, day)) return null;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!time) return date;
  if (!validTime(time.hour, time.minute, time.second)) return null;
  return `${date}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}${formatOffset(time.offset)}`;
}

function fromRfc822(value: string): string | null {
  const m = RFC822.exec(value);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
  else if (m[3]!.length === 3) year += 1900;
  if (m[4] === undefined) return formatDateTime(year, month, Number(m[1]), null);
  // Unknown (e.g. military) zone letters are read as UTC, as RFC 2822 advises.
  const offset = m[7] === undefined ? undefined : (parseOffset(m[7]) ?? 0);
  return formatDateTime(year, month, Number(m[1]), {
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6] ?? "0"),
    offset,
  });
}

function fromIso(value: string): string | null {
  const m = ISO.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (m[3] === undefined) {
    return month >= 1 && month <= 12 ? `${pad(year, 4)}-${pad(month)}` : null;
  }
  if (m[4] === undefined) return formatDateTime(year, month, Number(m[3]), null);
  const offset = m[7] === undefined ? undefined : parseOffset(m[7]);
  if (offset === null) return null;
  return formatDateTime(year, month, Number(m[3]), {
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6] ?? "0"),
    offset,
  });
}

/**
 * Normalise a date as found in feeds and records to ISO 8601, or null when
 * it cannot be read.
 *
 * @example
 * normaliseDate("Tue, 10 Jun 2003 04:00:00 GMT")   // "2003-06-10T04:00:00Z"
 * normaliseDate("Tue, 10 Jun 2003 09:30:00 +0530") // "2003-06-10T09:30:00+05:30"
 * normaliseDate("2003-12-13T18:30:02.25+01:00")    // "2003-12-13T18:30:02+01:00"
 */
export function normaliseDate(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim().replace(/\s+/g, " ");
  if (trimmed === "") return null;
  return fromIso(trimmed) ?? fromRfc822(trimmed);
}
