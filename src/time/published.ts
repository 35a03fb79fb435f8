import * as chrono from "chrono-node";
import type { Doc } from "../doc/doc.js";
import { normalizePublishedAt } from "../util/dates.js";
import { daysIn } from "./calendar.js";

/** A publication date found by a fallback, and where it was read. */
export interface FoundDate {
  /** ISO date (`YYYY-MM-DD`), or `YYYY-MM` when only the month is known. */
  value: string;
  /** Provenance label: `html-itemprop`, `json-ld`, `time-text`, `dateline`, `url`. */
  from: string;
}

const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/**
 * Fallback 1 — HTML the markup stage does not read: `itemprop="datePublished"`
 * on any element (`content` or `datetime`), `"datePublished"`/`"dateCreated"`
 * anywhere in JSON-LD, and the text of a `<time>` element without `datetime`.
 */
export function htmlPublishedDate(html: string): FoundDate | null {
  const itemprop = /<[a-z]+\b[^>]*\bitemprop=["']?datePublished["']?[^>]*>/i.exec(html)?.[0] ?? null;
  if (itemprop) {
    const attr = /\b(?:content|datetime)=["']([^"']+)["']/i.exec(itemprop)?.[1];
    const value = normalizePublishedAt(attr);
    if (value) return { value, from: "html-itemprop" };
  }
  const ld = /"(datePublished|dateCreated)"\s*:\s*"([^"]+)"/.exec(html);
  if (ld) {
    const value = normalizePublishedAt(ld[2]);
    if (value) return { value, from: `json-ld:${ld[1]}` };
  }
  const time = /<time\b[^>]*>([^<]{6,60})<\/time>/i.exec(html);
  if (time) {
    const r = chrono.strict.parse(time[1] as string)[0];
    if (r && r.start.isCertain("year") && r.start.isCertain("month") && r.start.isCertain("day")) {
      return {
        value: iso(
          r.start.get("year") as number,
          r.start.get("month") as number,
          r.start.get("day") as number,
        ),
        from: "time-text",
      };
    }
  }
  return null;
}

const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * Fallback 2 — a dateline opening the text: `BEIJING, March 3, 2021 (Reuters) –`,
 * `WASHINGTON (AP) — March 3, 2021`, `date 2024-04-26`, `Published: 3 March 2021`.
 * A dateline without a year (`BEIJING, March 3 (Reuters) –`) takes the year
 * from `yearHint` (e.g. the URL's), and is not used without one.
 */
export function datelineDate(text: string, yearHint: number | null = null): FoundDate | null {
  const head = text.slice(0, 400);
  const isoLine =
    /^\s*(?:date[d:]?|published:?|posted:?|updated:?)?\s*(\d{4})[-/.](\d{2})[-/.](\d{2})\b/im.exec(head);
  if (isoLine) {
    const [y, m, d] = [Number(isoLine[1]), Number(isoLine[2]), Number(isoLine[3])];
    if (validDay(y, m, d)) return { value: iso(y, m, d), from: "dateline" };
  }
  const dateline =
    /^\s*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?(?:\s*\([A-Za-z .]{1,20}\))?\s*[,:]?\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:([A-Z][a-z]{2,8})\.?\s+(\d{1,2})|(\d{1,2})\s+([A-Z][a-z]{2,8}))(?:,?\s+(\d{4}))?\s*(?:\([A-Za-z .]{1,20}\))?\s*[-–—:]/m.exec(
      head,
    );
  const published = /^\s*(?:published|posted|updated|date)\s*:?\s*(?:on\s+)?(.{6,40})$/im.exec(head);
  if (dateline) {
    const monthWord = (dateline[1] ?? dateline[4] ?? "") as string;
    const day = Number(dateline[2] ?? dateline[3]);
    if (MONTH.test(monthWord)) {
      const month = MONTHS.indexOf(monthWord.slice(0, 3).toLowerCase()) + 1;
      const year = dateline[5] ? Number(dateline[5]) : yearHint;
      if (year !== null && validDay(year, month, day))
        return { value: iso(year, month, day), from: "dateline" };
    }
  }
  if (published) {
    const r = chrono.strict.parse(published[1] as string)[0];
    if (r && r.start.isCertain("year") && r.start.isCertain("month") && r.start.isCertain("day"))
      return {
        value: iso(
          r.start.get("year") as number,
          r.start.get("month") as number,
          r.start.get("day") as number,
        ),
        from: "dateline",
      };
  }
  return null;
}

/**
 * Fallback 3 — the URL path: `/2023/06/18/`, `/2023-06-18/`, `/20230618/`,
 * or `/2023/06/` (month only).
 */
export function urlDate(url: string | null): FoundDate | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const full = /(?:^|[/_-])((?:19|20)\d\d)[/_-]?(\d{2})[/_-]?(\d{2})(?=[/_.-]|$)/.exec(path);
  if (full) {
    const [y, m, d] = [Number(full[1]), Number(full[2]), Number(full[3])];
    if (validDay(y, m, d)) return { value: iso(y, m, d), from: "url" };
  }
  const month = /\/((?:19|20)\d\d)\/(\d{2})\//.exec(path);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12)
    return { value: `${month[1]}-${month[2]}`, from: "url" };
  return null;
}

/**
 * Fill a missing publication date from the numbered fallbacks — (1) HTML
 * markup the markup stage does not read, (2) a dateline, (3) the URL path —
 * recording the source in `doc.provenance.published_at`. A date the input
 * or the page metadata already gave is never replaced. Returns what was used.
 */
export function detectPublishedAt(doc: Doc): FoundDate | null {
  if (doc.published_at) return null;
  const fromUrl = urlDate(doc.url);
  const found =
    (doc.rawKind === "html" ? htmlPublishedDate(doc.raw) : null) ??
    datelineDate(doc.text, fromUrl ? Number(fromUrl.value.slice(0, 4)) : null) ??
    fromUrl;
  if (!found) return null;
  doc.published_at = found.value;
  doc.provenance["published_at"] = found.from;
  return found;
}
