/**
 * The map from the clean text back to the input, kept beside each document.
 *
 * `Doc` has no field for it yet, so the cleaning stages keep a
 * {@link MappedText} per document in a WeakMap (it goes away with the
 * document). The map is only trusted while its text equals `doc.text`: a
 * stage that edits `doc.text` without going through these functions makes
 * {@link textMap} return null rather than wrong offsets.
 */
import type { Doc } from "../doc/doc.js";
import { MappedText } from "./mapped.js";

const maps = new WeakMap<Doc, MappedText>();

/** Set `doc.text` from a mapped text and remember its map. */
export function setMappedText(doc: Doc, text: MappedText): void {
  doc.text = text.text;
  maps.set(doc, text);
}

/**
 * The mapped clean text of a document: the stored map when it still matches
 * `doc.text`; for plain-text documents whose text is still the raw input, the
 * identity map; otherwise null.
 */
export function textMap(doc: Doc): MappedText | null {
  const m = maps.get(doc);
  if (m && m.text === doc.text) return m;
  if (doc.rawKind === "text" && doc.text === doc.raw) return MappedText.identity(doc.text);
  return null;
}

/** A paragraph of the clean text and the input range it came from. */
export interface SourceSpan {
  /** Offsets of the paragraph in `doc.text`. */
  start: number;
  end: number;
  /** Offsets in `doc.raw` (the HTML or text as received) it was made from. */
  inputStart: number;
  inputEnd: number;
}

/**
 * Every paragraph (text between blank lines) of the clean text with the
 * range of the input it came from, or null when the document has no map.
 *
 * @example
 * for (const p of paragraphSources(doc) ?? []) console.log(doc.raw.slice(p.inputStart, p.inputEnd));
 */
export function paragraphSources(doc: Doc): SourceSpan[] | null {
  const map = textMap(doc);
  if (!map) return null;
  const spans: SourceSpan[] = [];
  const re = /[^\n]+(?:\n[^\n]+)*/g;
  for (let m = re.exec(map.text); m !== null; m = re.exec(map.text)) {
    const start = m.index;
    const end = start + m[0].length;
    const input = map.inputRange(start, end);
    spans.push({ start, end, inputStart: input.start, inputEnd: input.end });
  }
  return spans;
}

/** The input offset of a clean-text offset, or null when the document has no map. */
export function inputOffsetOf(doc: Doc, offset: number): number | null {
  const map = textMap(doc);
  return map ? map.inputOffset(offset) : null;
}
