import { descendants, type HtmlPage, textOf } from "./dom.js";

/** A metadata value and where it was read (`og:title`, `json-ld`, `meta:author`, …). */
export interface Sourced {
  value: string;
  from: string;
}

/** Metadata found in an HTML page, each with where it came from. */
export interface HtmlMetadata {
  title: Sourced | null;
  publishedAt: Sourced | null;
  canonicalUrl: Sourced | null;
  language: Sourced | null;
  siteName: Sourced | null;
  byline: Sourced | null;
  /** The `articleBody` of a JSON-LD article, when the page has one. */
  articleBody: Sourced | null;
  /** Every title the page states (og:title, twitter:title, JSON-LD headline, `<title>`), to recognise the headline in the body. */
  titles: string[];
}

/** Meta tags that state a publication date, in order of trust. */
const DATE_META = [
  "article:published_time",
  "og:published_time",
  "datepublished",
  "pubdate",
  "publishdate",
  "date",
  "dc.date",
  "dc.date.issued",
  "sailthru.date",
  "parsely-pub-date",
];

/** JSON-LD `@type`s that describe an article. */
const ARTICLE_TYPE = /Article|Posting|Report|BlogPosting|NewsArticle|WebPage/i;

const clean = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * Read the page's metadata from `<meta>`, `<link rel=canonical>`, `<html lang>`,
 * `<time datetime>`, bylines marked `rel=author`/`itemprop=author`, JSON-LD
 * and `<title>`. Each field keeps the first value found in order of trust.
 */
export function readMetadata(page: HtmlPage): HtmlMetadata {
  const meta: HtmlMetadata = {
    title: null,
    publishedAt: null,
    canonicalUrl: null,
    language: null,
    siteName: null,
    byline: null,
    articleBody: null,
    titles: [],
  };
  const dates: { key: string; value: string }[] = [];
  let firstTime: string | null = null;
  let authorLink: string | null = null;
  for (const el of descendants(page.root)) {
    const a = el.attrs;
    if (el.tag === "html" && a["lang"] && !meta.language)
      meta.language = { value: a["lang"], from: "html-lang" };
    else if (el.tag === "meta") {
      const key = (a["property"] ?? a["name"] ?? a["itemprop"] ?? a["http-equiv"] ?? "").toLowerCase();
      const content = clean(a["content"] ?? "");
      if (!content) continue;
      if (DATE_META.includes(key)) dates.push({ key, value: content });
      else if (key === "og:title" || key === "twitter:title" || key === "title" || key === "headline") {
        meta.titles.push(content);
        if (key === "og:title" && !meta.title) meta.title = { value: content, from: "og:title" };
      } else if (key === "og:site_name" && !meta.siteName)
        meta.siteName = { value: content, from: "og:site_name" };
      else if (
        (key === "author" || key === "article:author" || key === "dc.creator") &&
        !meta.byline &&
        !/^https?:/.test(content)
      ) {
        meta.byline = { value: content, from: `meta:${key}` };
      } else if (key === "og:url" && !meta.canonicalUrl)
        meta.canonicalUrl = { value: content, from: "og:url" };
      else if ((key === "og:locale" || key === "language" || key === "content-language") && !meta.language) {
        meta.language = { value: content, from: key };
      }
    } else if (el.tag === "link" && /(^|\s)canonical(\s|$)/i.test(a["rel"] ?? "") && a["href"]) {
      meta.canonicalUrl = { value: a["href"], from: "link-canonical" };
    } else if (el.tag === "time" && a["datetime"] && firstTime === null) firstTime = a["datetime"];
    else if (authorLink === null && (a["rel"] === "author" || a["itemprop"] === "author")) {
      const name = clean(textOf(el));
      if (name && name.length < 80) authorLink = name;
    }
  }
  readJsonLd(page.jsonLd, meta);
  const title = clean(page.titleText);
  if (title) meta.titles.push(title);
  if (!meta.title && title) meta.title = { value: title, from: "title-tag" };
  if (!meta.publishedAt) {
    dates.sort((x, y) => DATE_META.indexOf(x.key) - DATE_META.indexOf(y.key));
    const first = dates[0];
    if (first) meta.publishedAt = { value: first.value, from: `meta:${first.key}` };
    else if (firstTime) meta.publishedAt = { value: firstTime, from: "time-element" };
  }
  if (!meta.byline && authorLink) meta.byline = { value: authorLink, from: "rel-author" };
  return meta;
}

/** Every object in a parsed JSON-LD value, `@graph` members included. */
function jsonLdItems(parsed: unknown): Record<string, unknown>[] {
  const items: Record<string, unknown>[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 6) return;
    if (Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else if (v && typeof v === "object") {
      const rec = v as Record<string, unknown>;
      items.push(rec);
      if (rec["@graph"]) visit(rec["@graph"], depth + 1);
      if (rec["mainEntity"]) visit(rec["mainEntity"], depth + 1);
    }
  };
  visit(parsed, 0);
  return items;
}

/** A name from a JSON-LD person/organisation value (string, object or array of them). */
function nameOf(v: unknown): string | null {
  if (typeof v === "string") return clean(v) || null;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(", ") : null;
  }
  if (v && typeof v === "object") {
    const n = (v as Record<string, unknown>)["name"];
    return typeof n === "string" ? clean(n) || null : null;
  }
  return null;
}

function readJsonLd(blocks: readonly string[], meta: HtmlMetadata): void {
  for (const block of blocks) {
    let parsed: unknown;
    try {
      // Some sites wrap JSON-LD in CDATA or HTML comments.
      parsed = JSON.parse(
        block.replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)/, "").replace(/(-->|\/\/\s*\]\]>)\s*$/, ""),
      );
    } catch {
      continue;
    }
    for (const rec of jsonLdItems(parsed)) {
      const type = String(rec["@type"] ?? "");
      if (!ARTICLE_TYPE.test(type)) continue;
      const isArticle = !/^WebPage$/i.test(type);
      if (isArticle && typeof rec["datePublished"] === "string" && !meta.publishedAt) {
        meta.publishedAt = { value: rec["datePublished"], from: "json-ld" };
      }
      if (isArticle && typeof rec["headline"] === "string") {
        meta.titles.push(clean(rec["headline"]));
        if (!meta.title) meta.title = { value: clean(rec["headline"]), from: "json-ld" };
      }
      const author = isArticle ? nameOf(rec["author"]) : null;
      if (author && !meta.byline) meta.byline = { value: author, from: "json-ld" };
      const publisher = nameOf(rec["publisher"]);
      if (publisher && !meta.siteName) meta.siteName = { value: publisher, from: "json-ld" };
      if (typeof rec["inLanguage"] === "string" && !meta.language)
        meta.language = { value: rec["inLanguage"], from: "json-ld" };
      const body = rec["articleBody"] ?? rec["text"];
      if (
        isArticle &&
        typeof body === "string" &&
        body.trim() &&
        (!meta.articleBody || body.length > meta.articleBody.value.length)
      ) {
        meta.articleBody = { value: body, from: "json-ld" };
      }
    }
  }
}
