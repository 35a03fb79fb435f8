import type { ElementTable, TextBlock } from "./blocks.js";
import type { HtmlElement } from "./dom.js";
import type { FurnitureMap } from "./furniture.js";
import { type ClassHints, classKey } from "./hints.js";

/** Sentence punctuation of the major scripts (Latin, CJK, Arabic, Devanagari …). */
const PUNCT = /[.!?,;:。！？，、؟،।]/;

/** Share of a block's characters that sit inside links. */
export function linkDensity(b: TextBlock): number {
  return b.chars === 0 ? 0 : b.linkChars / b.chars;
}

/**
 * Whether a block reads like running text: not a heading, at least 40
 * characters, at most 40% link text, and punctuated (or long).
 */
export function isProse(b: TextBlock): boolean {
  if (b.heading > 0 || b.chars < 40 || linkDensity(b) > 0.4) return false;
  return b.chars >= 100 || PUNCT.test(b.text.text);
}

/** Weight of the text a container would wrongly bring along, against the prose it brings. */
const BAD_WEIGHT = 1.0;

/** The figures behind a container choice, per element. */
export interface ContainerScores {
  /** Prose characters (link text discounted) under each element, furniture excluded. */
  good: Float64Array;
  /** Link-heavy and stray short text under each element, furniture excluded. */
  bad: Float64Array;
  /** good − weighted bad, adjusted by class hints. */
  score: Float64Array;
}

/**
 * Score every element as the article container: the prose it holds minus
 * the junk it holds (link lists, stray short lines), furniture left out, with
 * a bonus for article-body class names and itemprop=articleBody and a malus
 * for unlikely names. The best container is the element that gathers the
 * article's paragraphs while bringing the least else.
 */
export function scoreContainers(
  table: ElementTable,
  blocks: readonly TextBlock[],
  furniture: FurnitureMap,
  hints: ClassHints,
): ContainerScores {
  const n = table.elements.length;
  const good = new Float64Array(n);
  const bad = new Float64Array(n);
  for (const b of blocks) {
    if (furniture.inherited[b.owner]) continue;
    let g = 0;
    let j = 0;
    if (isProse(b)) g = b.chars * (1 - linkDensity(b));
    else if (b.heading > 0) g = 0;
    else if (linkDensity(b) > 0.5) j = b.chars;
    else if (b.chars < 40 && !PUNCT.test(b.text.text)) j = b.chars * 0.5;
    if (g === 0 && j === 0) continue;
    for (let e = b.owner; e >= 0; e = table.parent[e] as number) {
      good[e] = (good[e] ?? 0) + g;
      bad[e] = (bad[e] ?? 0) + j;
    }
  }
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = (good[i] ?? 0) - BAD_WEIGHT * (bad[i] ?? 0);
    const el = table.elements[i] as HtmlElement;
    const key = classKey(el);
    if (/articlebody/i.test(el.attrs["itemprop"] ?? "") || (hints.body && key && hints.body.test(key)))
      s *= 1.1;
    score[i] = s;
  }
  return { good, bad, score };
}

/**
 * The index of the best container: the highest score, the deeper element on
 * ties (same content, less markup). Returns 0 (the root) for pages without prose.
 */
export function bestContainer(table: ElementTable, scores: ContainerScores, furniture: FurnitureMap): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let i = 0; i < table.elements.length; i++) {
    if (furniture.inherited[i]) continue;
    const s = scores.score[i] as number;
    if (s >= bestScore) {
      best = i;
      bestScore = s;
    }
  }
  // No prose anywhere: the whole body (the cascade falls back from here).
  if (bestScore <= 0) {
    const body = table.elements.findIndex((e) => e.tag === "body");
    return body >= 0 ? body : 0;
  }
  // Narrow down while one child keeps nearly all the prose: stray prose elsewhere on the
  // page (teasers, blurbs) should not pull the container up to the whole page.
  const target = (scores.good[best] as number) * NARROW_SHARE;
  for (;;) {
    let next = -1;
    for (let c = best + 1; c < (table.subtreeEnd[best] as number); c = table.subtreeEnd[c] as number) {
      const tag = (table.elements[c] as HtmlElement).tag;
      if ((scores.good[c] as number) >= target && !furniture.inherited[c] && !TEXT_LEAF.has(tag)) next = c;
    }
    if (next < 0) return best;
    best = next;
  }
}

/** Paragraph-level elements: the container never narrows into one (that would drop the paragraphs beside it). */
const TEXT_LEAF = new Set([
  "p",
  "li",
  "td",
  "th",
  "blockquote",
  "pre",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "dd",
  "dt",
  "figcaption",
]);

/** Share of the best container's prose a child must hold for the choice to narrow to it. */
export const NARROW_SHARE = 0.8;

/** A short CSS-like description of an element (`div#main.article-body`). */
export function describeElement(el: HtmlElement): string {
  const id = el.attrs["id"] ? `#${el.attrs["id"].trim().split(/\s+/)[0]}` : "";
  const cls = (el.attrs["class"] ?? "")
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((c) => `.${c}`)
    .join("");
  return `${el.tag === "#root" ? "document" : el.tag}${id}${cls}`;
}
