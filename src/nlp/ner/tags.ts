/**
 * Entity types and the tag schemes that mark entity spans on tokens:
 * IOB1 (CoNLL-2003 files), BIO (what the pipeline writes on tokens) and
 * BILOU (what the recogniser predicts internally: Begin, Inside, Last,
 * Outside, Unit-length). Every scheme converts to and from a list of
 * {@link TokenSpan}s, the neutral form.
 */

/** The four CoNLL entity types. */
export const ENTITY_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;

/** A CoNLL entity type: person, organisation, location or miscellaneous. */
export type EntityType = (typeof ENTITY_TYPES)[number];

/** An entity span over token indices `[start, end)` of one sentence. */
export interface TokenSpan {
  start: number;
  end: number;
  type: EntityType;
}

/** Whether `s` names one of the four entity types. */
export function isEntityType(s: string): s is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(s);
}

function splitTag(tag: string): { prefix: string; type: EntityType | null } {
  if (tag === "O" || tag.length < 3 || tag[1] !== "-") return { prefix: "O", type: null };
  const type = tag.slice(2);
  return isEntityType(type) ? { prefix: tag[0]!, type } : { prefix: "O", type: null };
}

/**
 * Spans of a BIO or IOB1 tag sequence, read the way conlleval reads chunks:
 * an entity starts at `B-X`, at `I-X` after `O` or after a different type,
 * and ends before `O`, `B-*` or a change of type. Tags that name no known
 * type count as `O`.
 *
 * @example
 * spansFromBio(["B-PER", "I-PER", "O", "I-LOC"]) // [{start:0,end:2,type:"PER"},{start:3,end:4,type:"LOC"}]
 */
export function spansFromBio(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const { prefix, type } = splitTag(tags[i]!);
    const continues = open !== null && prefix === "I" && type === open.type;
    if (continues) continue;
    if (open !== null) {
      open.end = i;
      spans.push(open);
      open = null;
    }
    if (type !== null) open = { start: i, end: i + 1, type };
  }
  if (open !== null) {
    open.end = tags.length;
    spans.push(open);
  }
  return spans;
}

/** IOB1 (CoNLL-2003) is read exactly like BIO: `B-` only separates adjacent entities of one type. */
export const spansFromIob1 = spansFromBio;

function outsideTags(length: number): string[] {
  return Array.from({ length }, () => "O");
}

/**
 * BIO tags for `length` tokens with the given (non-overlapping) spans.
 *
 * @example
 * bioFromSpans(3, [{ start: 1, end: 3, type: "ORG" }]) // ["O", "B-ORG", "I-ORG"]
 */
export function bioFromSpans(length: number, spans: readonly TokenSpan[]): string[] {
  const tags = outsideTags(length);
  for (const s of spans) {
    for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? "B" : "I"}-${s.type}`;
  }
  return tags;
}

/**
 * BILOU tags for `length` tokens with the given (non-overlapping) spans.
 *
 * @example
 * bilouFromSpans(4, [{ start: 0, end: 1, type: "LOC" }, { start: 1, end: 4, type: "PER" }])
 * // ["U-LOC", "B-PER", "I-PER", "L-PER"]
 */
export function bilouFromSpans(length: number, spans: readonly TokenSpan[]): string[] {
  const tags = outsideTags(length);
  for (const s of spans) {
    if (s.end - s.start === 1) {
      tags[s.start] = `U-${s.type}`;
      continue;
    }
    for (let i = s.start; i < s.end; i++) {
      const prefix = i === s.start ? "B" : i === s.end - 1 ? "L" : "I";
      tags[i] = `${prefix}-${s.type}`;
    }
  }
  return tags;
}

/**
 * Spans of a BILOU tag sequence. Ill-formed sequences are read leniently:
 * `U-X` is always a whole entity; `B-X` or an `I-X`/`L-X` that does not
 * continue an open entity of type X opens one; `L-X` closes it; `O`, `B`
 * and `U` close an open entity where they stand.
 *
 * @example
 * spansFromBilou(["B-ORG", "L-ORG", "U-LOC"]) // [{start:0,end:2,type:"ORG"},{start:2,end:3,type:"LOC"}]
 */
export function spansFromBilou(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  const close = (end: number) => {
    if (open !== null) {
      open.end = end;
      spans.push(open);
      open = null;
    }
  };
  for (let i = 0; i < tags.length; i++) {
    const { prefix, type } = splitTag(tags[i]!);
    if (type === null) {
      close(i);
      continue;
    }
    const current = open as TokenSpan | null;
    const continues = current !== null && current.type === type && (prefix === "I" || prefix === "L");
    if (!continues) {
      close(i);
      if (prefix === "U") {
        spans.push({ start: i, end: i + 1, type });
        continue;
      }
      open = { start: i, end: i + 1, type };
    }
    if (prefix === "L") close(i + 1);
  }
  close(tags.length);
  return spans;
}
