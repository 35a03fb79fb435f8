/**
 * From recognised spans to the document's annotations: a BIO tag on every
 * token and one {@link Entity} per distinct (normalised name, type), with all
 * its mentions as character spans of the clean text.
 */
import type { Entity, Token } from "../../doc/types.js";
import type { TokenSpan } from "../../nlp/ner/tags.js";
import type { NerSentenceWords } from "./words.js";

/** A recognised mention over document tokens `[first, last]`. */
export interface TokenMention {
  first: number;
  last: number;
  type: TokenSpan["type"];
}

/** Map each sentence's word spans back to document tokens. */
export function tokenMentions(
  words: readonly NerSentenceWords[],
  spans: readonly TokenSpan[][],
): TokenMention[] {
  const out: TokenMention[] = [];
  words.forEach((sentence, k) => {
    for (const s of spans[k] ?? []) {
      out.push({ first: sentence[s.start]!.first, last: sentence[s.end - 1]!.last, type: s.type });
    }
  });
  return out;
}

/** Set `token.ner` to a BIO tag on every token (`O` outside mentions). */
export function tagTokens(tokens: Token[], mentions: readonly TokenMention[]): void {
  for (const t of tokens) t.ner = "O";
  for (const m of mentions) {
    for (let k = m.first; k <= m.last; k++) tokens[k]!.ner = `${k === m.first ? "B" : "I"}-${m.type}`;
  }
}

/**
 * The normalised form of a name, used to decide that two mentions name the
 * same entity: spaces collapsed, typographic apostrophes and dashes made
 * plain, lower case.
 *
 * @example
 * normalizeEntityName("Foreign  Ministry") // "foreign ministry"
 */
export function normalizeEntityName(name: string): string {
  return name
    .replace(/\s+/g, " ")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2010-\u2015]/g, "-")
    .trim()
    .toLowerCase();
}

/**
 * One entity per distinct (normalised name, type), in order of first
 * mention, with ids `e1`, `e2`, … local to the document. The name is the
 * first mention's text with spaces collapsed.
 */
export function buildEntities(
  text: string,
  tokens: readonly Token[],
  mentions: readonly TokenMention[],
): Entity[] {
  const byKey = new Map<string, Entity>();
  const sorted = [...mentions].sort((a, b) => a.first - b.first);
  for (const m of sorted) {
    const start = tokens[m.first]!.start;
    const end = tokens[m.last]!.end;
    const surface = text.slice(start, end);
    const key = `${m.type}\u0000${normalizeEntityName(surface)}`;
    let entity = byKey.get(key);
    if (entity === undefined) {
      entity = {
        id: `e${byKey.size + 1}`,
        name: surface.replace(/\s+/g, " ").trim(),
        type: m.type,
        mentions: [],
      };
      byKey.set(key, entity);
    }
    entity.mentions.push({ start, end, text: surface });
  }
  return [...byKey.values()];
}
