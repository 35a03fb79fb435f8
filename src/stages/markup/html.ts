import { Parser } from "htmlparser2";
import type { RemovedSpan } from "../../doc/types.js";

/** Metadata found in an HTML page, each with where it came from. */
export interface HtmlMetadata {
  title: { value: string; from: string } | null;
  publishedAt: { value: string; from: string } | null;
  canonicalUrl: { value: string; from: string } | null;
  language: { value: string; from: string } | null;
  siteName: { value: string; from: string } | null;
  byline: { value: string; from: string } | null;
}

/** The result of reading an HTML page: paragraphs of body text, metadata and what was left out. */
export interface HtmlReading {
  paragraphs: string[];
  metadata: HtmlMetadata;
  removed: RemovedSpan[];
  /** Which container the paragraphs were taken from (`article`, `main`, `body`). */
  container: "article" | "main" | "body";
}

/** Elements whose content is never article text. */
const SKIP_CONTENT = new Set(["script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "head"]);
/** Structural elements that hold page chrome rather than the story. */
const CHROME = new Set(["nav", "header", "footer", "aside", "form", "button", "select", "dialog", "menu"]);
/** Elements that end a paragraph of text. */
const BLOCK = new Set([
  "p", "div", "section", "article", "main", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
  "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "dd", "dt", "dl", "hr", "address",
  "header", "footer", "nav", "aside", "form", "title",
]);
/** class/id words that mark page chrome (share bars, comments, cookie notices …). */
const CHROME_HINT =
  /(^|[\s_-])(comments?|share|sharing|social|cookie|consent|newsletter|subscribe|related|promo|advert|ads?|sidebar|breadcrumbs?|menu|navbar|footer|masthead|popup|modal|signup|author-bio|byline-bio)([\s_-]|$)/i;

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

interface Frame {
  tag: string;
  skip: boolean;
  chrome: boolean;
  article: boolean;
  main: boolean;
  reason: string;
}

/**
 * Read an HTML page in one streaming pass: collect paragraphs of visible text
 * (tagged with whether they sit inside `<article>`/`<main>` or page chrome),
 * and the page's metadata (title, publication date, canonical URL, language,
 * site name, byline) from meta tags, JSON-LD and `<time>`.
 */
export function readHtml(html: string): HtmlReading {
  const meta: HtmlMetadata = {
    title: null,
    publishedAt: null,
    canonicalUrl: null,
    language: null,
    siteName: null,
    byline: null,
  };
  const stack: Frame[] = [];
  type Para = { text: string; article: boolean; main: boolean };
  const paras: Para[] = [];
  const removed: RemovedSpan[] = [];
  let buf = "";
  let removedBuf = "";
  let removedReason = "";
  let titleText = "";
  let inTitle = false;
  let jsonLd = "";
  let inJsonLd = false;
  const jsonLdBlocks: string[] = [];
  let metaDates: { key: string; value: string }[] = [];
  let firstTime: string | null = null;

  const top = (): Frame | undefined => stack[stack.length - 1];
  const flush = () => {
    const t = buf.replace(/\s+/g, " ").trim();
    const f = top();
    if (t) paras.push({ text: t, article: f?.article ?? false, main: f?.main ?? false });
    buf = "";
  };
  const flushRemoved = () => {
    const t = removedBuf.replace(/\s+/g, " ").trim();
    if (t) removed.push({ text: t, reason: removedReason });
    removedBuf = "";
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const parent = top();
        const hint = `${attrs["class"] ?? ""} ${attrs["id"] ?? ""} ${attrs["role"] ?? ""}`;
        const isJsonLd = name === "script" && (attrs["type"] ?? "").toLowerCase() === "application/ld+json";
        const skip = (parent?.skip ?? false) || SKIP_CONTENT.has(name);
        const chromeHere =
          CHROME.has(name) ||
          attrs["hidden"] !== undefined ||
          attrs["aria-hidden"] === "true" ||
          /^(navigation|banner|contentinfo|complementary)$/.test(attrs["role"] ?? "") ||
          CHROME_HINT.test(hint);
        const chrome = (parent?.chrome ?? false) || chromeHere;
        const article =
          (parent?.article ?? false) || name === "article" || /articlebody/i.test(attrs["itemprop"] ?? "");
        const main = (parent?.main ?? false) || name === "main" || attrs["role"] === "main";
        let reason = parent?.reason ?? "";
        if (!parent?.skip && skip) reason = `${name}-element`;
        else if (!parent?.chrome && chrome && !skip) reason = CHROME.has(name) ? `${name}-element` : "chrome-class";
        if (BLOCK.has(name)) flush();
        // A new removed span starts at the outermost chrome element and at every script/style-like element.
        if ((skip || chrome) && (!(parent?.skip || parent?.chrome) || SKIP_CONTENT.has(name))) {
          flushRemoved();
          removedReason = SKIP_CONTENT.has(name) ? `${name}-element` : reason;
        }
        stack.push({ tag: name, skip, chrome, article, main, reason });
        if (name === "html" && attrs["lang"]) meta.language = { value: attrs["lang"], from: "html-lang" };
        if (name === "title") inTitle = true;
        if (isJsonLd) {
          inJsonLd = true;
          jsonLd = "";
        }
        if (name === "meta") {
          const key = (attrs["property"] ?? attrs["name"] ?? attrs["itemprop"] ?? "").toLowerCase();
          const content = attrs["content"] ?? "";
          if (content) {
            if (DATE_META.includes(key)) metaDates.push({ key, value: content });
            if (key === "og:title" && !meta.title) meta.title = { value: content, from: "og:title" };
            if (key === "og:site_name") meta.siteName = { value: content, from: "og:site_name" };
            if (key === "author" && !meta.byline) meta.byline = { value: content, from: "meta-author" };
            if (key === "og:url" && !meta.canonicalUrl) meta.canonicalUrl = { value: content, from: "og:url" };
            if ((key === "og:locale" || key === "language" || key === "content-language") && !meta.language) {
              meta.language = { value: content.slice(0, 2).toLowerCase(), from: key };
            }
          }
        }
        if (name === "link" && (attrs["rel"] ?? "").toLowerCase() === "canonical" && attrs["href"]) {
          meta.canonicalUrl = { value: attrs["href"], from: "link-canonical" };
        }
        if (name === "time" && attrs["datetime"] && firstTime === null) firstTime = attrs["datetime"];
        if (name === "br") buf += "\n";
      },
      ontext(data) {
        const f = top();
        if (inTitle) titleText += data;
        if (inJsonLd) jsonLd += data;
        if (!f) {
          buf += data;
          return;
        }
        if (f.skip || f.chrome) {
          if (!inJsonLd && !inTitle) removedBuf += data;
          return;
        }
        buf += data;
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (name === "script" && inJsonLd) {
          inJsonLd = false;
          jsonLdBlocks.push(jsonLd);
        }
        if (BLOCK.has(name)) flush();
        // Pop to the matching open tag (tolerates misnested HTML).
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i]?.tag === name) {
            const f = stack[i];
            const wasRemoving =
              (f?.skip || f?.chrome) && (!(stack[i - 1]?.skip || stack[i - 1]?.chrome) || SKIP_CONTENT.has(name));
            stack.length = i;
            if (wasRemoving) {
              flushRemoved();
              removedReason = stack[i - 1]?.reason ?? "";
            }
            break;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  flushRemoved();

  readJsonLd(jsonLdBlocks, meta);
  if (!meta.title && titleText.trim()) meta.title = { value: titleText.replace(/\s+/g, " ").trim(), from: "title-tag" };
  if (!meta.publishedAt) {
    metaDates = metaDates.sort((a, b) => DATE_META.indexOf(a.key) - DATE_META.indexOf(b.key));
    const first = metaDates[0];
    if (first) meta.publishedAt = { value: first.value, from: `meta:${first.key}` };
    else if (firstTime) meta.publishedAt = { value: firstTime, from: "time-element" };
  }

  const inArticle = paras.filter((p) => p.article);
  const inMain = paras.filter((p) => p.main);
  const chars = (ps: Para[]) => ps.reduce((n, p) => n + p.text.length, 0);
  const total = chars(paras);
  // A container wins when it holds a real story: 200+ characters or half the page's text.
  const holdsStory = (n: number) => n > 0 && (n >= 200 || n >= total / 2);
  let chosen: Para[] = paras;
  let container: HtmlReading["container"] = "body";
  if (holdsStory(chars(inArticle))) {
    chosen = inArticle;
    container = "article";
  } else if (holdsStory(chars(inMain))) {
    chosen = inMain;
    container = "main";
  }
  if (container !== "body") {
    for (const p of paras) if (!chosen.includes(p)) removed.push({ text: p.text, reason: `outside-${container}` });
  }
  return { paragraphs: chosen.map((p) => p.text), metadata: meta, removed, container };
}

function readJsonLd(blocks: string[], meta: HtmlMetadata): void {
  for (const block of blocks) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(block);
    } catch {
      continue;
    }
    const items: unknown[] = [];
    const visit = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === "object") {
        items.push(v);
        const graph = (v as Record<string, unknown>)["@graph"];
        if (graph) visit(graph);
      }
    };
    visit(parsed);
    for (const item of items) {
      const rec = item as Record<string, unknown>;
      const type = String(rec["@type"] ?? "");
      if (!/Article|Posting|Report/i.test(type)) continue;
      if (typeof rec["datePublished"] === "string" && !meta.publishedAt) {
        meta.publishedAt = { value: rec["datePublished"], from: "json-ld" };
      }
      if (typeof rec["headline"] === "string" && !meta.title) meta.title = { value: rec["headline"], from: "json-ld" };
      const author = rec["author"];
      const authorName =
        typeof author === "string"
          ? author
          : author && typeof author === "object" && !Array.isArray(author)
            ? (author as Record<string, unknown>)["name"]
            : undefined;
      if (typeof authorName === "string" && !meta.byline) meta.byline = { value: authorName, from: "json-ld" };
    }
  }
}
