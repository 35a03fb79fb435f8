import type { ElementTable, TextBlock } from "./blocks.js";
import { type HtmlElement, textOf } from "./dom.js";
import { type ClassHints, classKey, dropReason } from "./hints.js";

/** Tags that hold page furniture rather than the story. */
const FURNITURE_TAGS: Record<string, string> = {
  nav: "nav-element",
  aside: "aside-element",
  footer: "footer-element",
  header: "header-element",
  menu: "nav-element",
  dialog: "popup",
  figcaption: "caption",
};

/** ARIA roles of page furniture. */
const FURNITURE_ROLES: Record<string, string> = {
  navigation: "nav-element",
  banner: "header-element",
  contentinfo: "footer-element",
  complementary: "aside-element",
  search: "nav-element",
  dialog: "popup",
  alertdialog: "popup",
  menu: "nav-element",
  menubar: "nav-element",
  toolbar: "share",
  tablist: "nav-element",
};

/** Share of the page's prose above which an element is never dropped, whatever its name says. */
const PROTECT_SHARE = 0.6;

/**
 * Why an element is page furniture (its own reason, not inherited), or null:
 * 1. hidden (`hidden`, `aria-hidden="true"`, inline `display:none`/`visibility:hidden`);
 * 2. a furniture tag (nav, aside, footer, header, menu, dialog, figcaption) or a form with inputs;
 * 3. a furniture ARIA role;
 * 4. a class/id drop hint (share, comments, related, newsletter, …).
 * ({@link markFurniture} adds a structural recogniser: teaser lists.)
 */
export function furnitureReason(el: HtmlElement, hints: ClassHints): string | null {
  const a = el.attrs;
  if (a["hidden"] !== undefined || a["aria-hidden"] === "true") return "hidden";
  const style = a["style"];
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return "hidden";
  const byTag = FURNITURE_TAGS[el.tag];
  if (byTag) return byTag;
  if (el.tag === "form") return "form";
  const role = (a["role"] ?? "").toLowerCase();
  const byRole = FURNITURE_ROLES[role];
  if (byRole) return byRole;
  if (el.tag === "body" || el.tag === "html" || el.tag === "main" || el.tag === "article") return null;
  if (role === "main" || role === "article" || /articlebody/i.test(a["itemprop"] ?? "")) return null;
  return dropReason(hints, classKey(el));
}

/** Which elements of a page are dropped as furniture, and which the protection rule kept. */
export interface FurnitureMap {
  /** Own reason per element index (null when not furniture). */
  own: (string | null)[];
  /** Reason per element index, inherited from the nearest dropped ancestor. */
  inherited: (string | null)[];
  /** Elements named like furniture but kept because they hold most of the page's prose. */
  protectedElements: { index: number; reason: string }[];
}

/** Fewest sibling cards that make a teaser list. */
const MIN_CARDS = 3;
/** Longest text of one card. */
const MAX_CARD_CHARS = 300;

/** The first non-blank text of a subtree and whether it sits inside a link. */
function leadsWithLink(el: HtmlElement, inLink = false, depth = 0): { text: string; link: boolean } | null {
  if (depth > MAX_DEPTH) return null;
  for (const c of el.children) {
    if (c.kind === "text") {
      if (c.text.trim()) return { text: c.text, link: inLink };
      continue;
    }
    const found = leadsWithLink(c, inLink || c.tag === "a", depth + 1);
    if (found) return found;
  }
  return null;
}

/** How deep the card recognisers look (cards are shallow; adversarial nesting is not). */
const MAX_DEPTH = 50;

/**
 * Recogniser: a list of teaser cards (related stories, "more from", card
 * grids): at least three sibling block elements with the same tag and class,
 * most of them short and opening with a link of at least 15 characters (a
 * headline), so the snippets under each headline go with it.
 */
export function isTeaserList(el: HtmlElement): boolean {
  const groups = new Map<string, HtmlElement[]>();
  for (const c of el.children) {
    if (c.kind !== "element" || c.tag === "p" || c.tag === "a" || c.tag === "span") continue;
    const key = `${c.tag}.${c.attrs["class"] ?? ""}`;
    const list = groups.get(key) ?? [];
    list.push(c);
    groups.set(key, list);
  }
  for (const cards of groups.values()) {
    if (cards.length < MIN_CARDS) continue;
    let teasers = 0;
    for (const card of cards) {
      const lead = leadsWithLink(card);
      if (!lead?.link) continue;
      const text = textOf(card);
      const linkText = lead.text.trim();
      if (text.length <= MAX_CARD_CHARS && (linkText.length >= 15 || linkTextOf(card).length >= 15))
        teasers++;
    }
    if (teasers >= MIN_CARDS && teasers >= 0.75 * cards.length) return true;
  }
  return false;
}

/** The text of the first link of a subtree. */
function linkTextOf(el: HtmlElement, depth = 0): string {
  if (depth > MAX_DEPTH) return "";
  for (const c of el.children) {
    if (c.kind !== "element") continue;
    if (c.tag === "a") return textOf(c);
    const t = linkTextOf(c, depth + 1);
    if (t) return t;
  }
  return "";
}

/**
 * Mark furniture over a page. An element is dropped for its own reason
 * unless it holds more than {@link PROTECT_SHARE} of the page's prose
 * characters (so a wrapper called `main-with-sidebar` or an article under a
 * `<form>` survives), in which case it is listed as protected.
 */
export function markFurniture(
  table: ElementTable,
  blocks: readonly TextBlock[],
  hints: ClassHints,
  isProse: (b: TextBlock) => boolean,
): FurnitureMap {
  const n = table.elements.length;
  const prose = new Float64Array(n);
  let total = 0;
  for (const b of blocks) {
    if (!isProse(b)) continue;
    total += b.chars;
    for (let e = b.owner; e >= 0; e = table.parent[e] as number) prose[e] = (prose[e] ?? 0) + b.chars;
  }
  const own: (string | null)[] = new Array(n).fill(null);
  const inherited: (string | null)[] = new Array(n).fill(null);
  const protectedElements: FurnitureMap["protectedElements"] = [];
  for (let i = 0; i < n; i++) {
    const p = table.parent[i] as number;
    const fromParent = p >= 0 ? (inherited[p] ?? null) : null;
    if (fromParent) {
      inherited[i] = fromParent;
      continue;
    }
    const el = table.elements[i] as HtmlElement;
    const reason = furnitureReason(el, hints) ?? (isTeaserList(el) ? "teaser-list" : null);
    if (reason === null) continue;
    if (total > 0 && (prose[i] ?? 0) > PROTECT_SHARE * total) {
      protectedElements.push({ index: i, reason });
      continue;
    }
    own[i] = reason;
    inherited[i] = reason;
  }
  return { own, inherited, protectedElements };
}
