import { ChanceryError } from "../../errors.js";
import { normaliseDate } from "../dates.js";
import { visibleText } from "../html-text.js";
import type { FeedKind } from "../sniff.js";
import {
  childrenNamed,
  firstChild,
  innerMarkup,
  localName,
  parseXml,
  textContent,
  type XmlElement,
} from "../xml-tree.js";

/** What an item carries inline: HTML, or plain text. */
export type FeedBody = { kind: "html"; value: string } | { kind: "text"; value: string };

/** One feed item (RSS `item` or Atom `entry`), with fields normalised. */
export interface FeedItem {
  /** 1-based position in the feed. */
  number: number;
  /** guid / Atom id / rdf:about, else the link; null when there is neither. */
  id: string | null;
  /** The item's page (absolute when it could be resolved). */
  link: string | null;
  title: string | null;
  /** ISO 8601, from pubDate / published / updated / dc:date. */
  published: string | null;
  /** The richest inline content: content:encoded or Atom content, else description/summary. */
  body: FeedBody | null;
  /** The visible text length of {@link body}. */
  bodyChars: number;
}

/** A parsed feed. */
export interface Feed {
  kind: FeedKind;
  title: string | null;
  items: FeedItem[];
}

function clean(text: string): string | null {
  const collapsed = text.replace(/\s+/g, " ").trim();
  return collapsed === "" ? null : collapsed;
}

/** Resolve `link` against `base` when possible; keep it as given otherwise. */
function resolveLink(link: string | null, base: string | null): string | null {
  if (!link) return null;
  try {
    return new URL(link, base ?? undefined).href;
  } catch {
    return link;
  }
}

/** The first child with a namespaced local name (`content:encoded`, `dc:date`), any prefix. */
function namespacedChild(el: XmlElement, conventional: string): XmlElement | undefined {
  const local = localName(conventional);
  return (
    firstChild(el, conventional) ??
    el.children.find(
      (c): c is XmlElement => typeof c !== "string" && c.name.includes(":") && localName(c.name) === local,
    )
  );
}

function htmlBody(value: string): FeedBody | null {
  return value.trim() === "" ? null : { kind: "html", value };
}

/** An Atom text construct (`content`, `summary`, `title`) as a body, by its `type`. */
function atomBody(el: XmlElement | undefined): FeedBody | null {
  if (!el || el.attrs.src) return null;
  const type = (el.attrs.type ?? "text").toLowerCase();
  if (type === "xhtml") {
    const wrapper = el.children.find((c): c is XmlElement => typeof c !== "string");
    return htmlBody(wrapper && localName(wrapper.name) === "div" ? innerMarkup(wrapper) : innerMarkup(el));
  }
  const text = textContent(el);
  if (type === "html" || type === "text/html") return htmlBody(text);
  if (type === "text" || type.startsWith("text/"))
    return text.trim() === "" ? null : { kind: "text", value: text.trim() };
  return null;
}

function bodyChars(body: FeedBody | null): number {
  if (!body) return 0;
  return body.kind === "html" ? visibleText(body.value).length : (clean(body.value)?.length ?? 0);
}

function finishItem(fields: Omit<FeedItem, "bodyChars">): FeedItem {
  return { ...fields, bodyChars: bodyChars(fields.body) };
}

function rssItem(el: XmlElement, number: number, base: string | null): FeedItem {
  const guid = firstChild(el, "guid");
  const guidText = clean(textContent(guid));
  const permalink = guid && guid.attrs.isPermaLink !== "false" && guidText && /^https?:\/\//i.test(guidText);
  const link = resolveLink(clean(textContent(firstChild(el, "link"))) ?? (permalink ? guidText : null), base);
  const encoded = namespacedChild(el, "content:encoded");
  const body = htmlBody(textContent(encoded)) ?? htmlBody(textContent(firstChild(el, "description")));
  const date =
    clean(textContent(firstChild(el, "pubDate"))) ?? clean(textContent(namespacedChild(el, "dc:date")));
  return finishItem({
    number,
    id: guidText ?? clean(el.attrs["rdf:about"] ?? "") ?? link,
    link,
    title: clean(textContent(firstChild(el, "title"))),
    published: normaliseDate(date),
    body,
  });
}

function atomLink(entry: XmlElement, base: string | null): string | null {
  const links = childrenNamed(entry, "link", "atom:link");
  const alternate =
    links.find((l) => (l.attrs.rel ?? "alternate") === "alternate" && /html/i.test(l.attrs.type ?? "html")) ??
    links.find((l) => (l.attrs.rel ?? "alternate") === "alternate");
  return resolveLink(
    clean(alternate?.attrs.href ?? ""),
    entry.attrs["xml:base"] ? resolveLink(entry.attrs["xml:base"], base) : base,
  );
}

function atomTitle(el: XmlElement | undefined): string | null {
  const body = atomBody(el);
  if (!body) return null;
  return clean(body.kind === "html" ? visibleText(body.value) : body.value);
}

function atomEntry(el: XmlElement, number: number, base: string | null): FeedItem {
  const pick = (name: string) => firstChild(el, name, `atom:${name}`);
  const date =
    clean(textContent(pick("published"))) ??
    clean(textContent(pick("updated"))) ??
    clean(textContent(namespacedChild(el, "dc:date")));
  const link = atomLink(el, base);
  return finishItem({
    number,
    id: clean(textContent(pick("id"))) ?? link,
    link,
    title: atomTitle(pick("title")),
    published: normaliseDate(date),
    body: atomBody(pick("content")) ?? atomBody(pick("summary")),
  });
}

/**
 * Parse RSS 2.0, RSS 1.0 (RDF) or Atom text into items. Relative links are
 * resolved against `baseUrl` (the feed's own URL) when given.
 *
 * @throws ChanceryError `CH_FEED_INVALID` for XML that is not well-formed or whose root is not a feed.
 */
export function parseFeed(text: string, item: string, baseUrl: string | null = null): Feed {
  const root = parseXml(text, item);
  const rootName = localName(root.name).toLowerCase();
  const base = root.attrs["xml:base"] ? resolveLink(root.attrs["xml:base"], baseUrl) : baseUrl;
  if (rootName === "rss") {
    const channel = firstChild(root, "channel");
    if (!channel) throw new ChanceryError("CH_FEED_INVALID", "the RSS feed has no <channel>", { item });
    const items = childrenNamed(channel, "item").map((el, i) => rssItem(el, i + 1, base));
    return { kind: "rss", title: clean(textContent(firstChild(channel, "title"))), items };
  }
  if (rootName === "rdf") {
    const channel = firstChild(root, "channel", "rss:channel");
    const items = childrenNamed(root, "item", "rss:item").map((el, i) => rssItem(el, i + 1, base));
    return { kind: "rdf", title: channel ? clean(textContent(firstChild(channel, "title"))) : null, items };
  }
  if (rootName === "feed") {
    const items = childrenNamed(root, "entry", "atom:entry").map((el, i) => atomEntry(el, i + 1, base));
    return { kind: "atom", title: atomTitle(firstChild(root, "title", "atom:title")), items };
  }
  throw new ChanceryError(
    "CH_FEED_INVALID",
    `the root element <${root.name}> is not <rss>, <feed> or <rdf:RDF>`,
    {
      item,
    },
  );
}
