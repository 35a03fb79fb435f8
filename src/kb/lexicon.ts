/**
 * One-line lexicon statements:
 * `term <SECTOR> <person|body|group> [office=<key>] [country=<ISO3>] [inherit] : text | text`,
 * `nonactor <head|phrase> : text | text` and
 * `ambiguous <text> : <kind>[=<ref>] [note] | …`.
 */
import { COUNTRY_CODE, IssueSink, OFFICE_KEY, readSector } from "./context.js";
import { normalizeName } from "./normalize.js";
import { splitList, splitWord, type RawStatement } from "./syntax.js";
import {
  SENSE_KINDS,
  type Ambiguity,
  type NonActor,
  type Sense,
  type SenseKind,
  type Term,
} from "./types.js";

/** Split a one-line statement at its first colon into the part before and the list after. */
function colonSplit(st: RawStatement, sink: IssueSink): [string, string[]] | null {
  if (st.fields.length > 0) sink.error(st.fields[0]?.line ?? st.line, `${st.type} takes no fields`);
  const at = st.rest.indexOf(":");
  if (at < 0) {
    sink.error(st.line, `${st.type} needs a ":" before its list`);
    return null;
  }
  const list = splitList(st.rest.slice(at + 1));
  if (list.length === 0) {
    sink.error(st.line, `${st.type} has an empty list after ":"`);
    return null;
  }
  return [st.rest.slice(0, at).trim(), list];
}

/** Terms from a `term` statement, one per listed text. */
export function newTerms(st: RawStatement, sink: IssueSink): Term[] {
  const split = colonSplit(st, sink);
  if (split === null) return [];
  const [head, texts] = split;
  const [sectorText, r1] = splitWord(head);
  const [kind, r2] = splitWord(r1);
  const sector = readSector(sectorText, sink, st.line);
  let ok = sector !== null;
  if (kind !== "person" && kind !== "body" && kind !== "group") {
    sink.error(st.line, `term kind must be person, body or group, got "${kind}"`);
    ok = false;
  }
  let office: string | null = null;
  let country: string | null = null;
  let inherit = false;
  for (const opt of r2 === "" ? [] : r2.split(/\s+/)) {
    const [k, v = ""] = opt.split("=", 2);
    if (k === "office" && OFFICE_KEY.test(v)) office = v;
    else if (k === "country" && COUNTRY_CODE.test(v)) country = v;
    else if (opt === "inherit") inherit = true;
    else {
      sink.error(st.line, `bad term option "${opt}" (want office=<key>, country=<ISO3> or inherit)`);
      ok = false;
    }
  }
  if (!ok || sector === null) return [];
  return texts.map((text) => ({
    text,
    key: normalizeName(text),
    sector,
    kind: kind as Term["kind"],
    office,
    country,
    inherit,
    source: sink.at(st.line),
  }));
}

/** Non-actor heads or phrases from a `nonactor` statement. */
export function newNonActors(st: RawStatement, sink: IssueSink): NonActor[] {
  const split = colonSplit(st, sink);
  if (split === null) return [];
  const [kind, texts] = split;
  if (kind !== "head" && kind !== "phrase") {
    sink.error(st.line, `nonactor kind must be head or phrase, got "${kind}"`);
    return [];
  }
  return texts.map((text) => ({ kind, text, key: normalizeName(text), source: sink.at(st.line) }));
}

/** Kinds of sense that must name a record. */
const REF_KINDS: readonly SenseKind[] = ["country", "igo", "org", "person", "confusable"];

/** An ambiguity from an `ambiguous` statement. */
export function newAmbiguity(st: RawStatement, sink: IssueSink): Ambiguity | null {
  const split = colonSplit(st, sink);
  if (split === null) return null;
  const [text, list] = split;
  if (text === "") {
    sink.error(st.line, "ambiguous needs a name before the colon");
    return null;
  }
  const senses: Sense[] = [];
  for (const item of list) {
    const [head, note] = splitWord(item);
    const [kind = "", ref] = head.split("=", 2);
    if (!(SENSE_KINDS as readonly string[]).includes(kind)) {
      sink.error(st.line, `unknown sense kind "${kind}" (want one of ${SENSE_KINDS.join(", ")})`);
      continue;
    }
    const k = kind as SenseKind;
    if (REF_KINDS.includes(k) !== (ref !== undefined && ref !== "")) {
      const why = REF_KINDS.includes(k) ? "needs =<code or id>" : "takes no =<ref>";
      sink.error(st.line, `sense "${kind}" ${why}`);
      continue;
    }
    senses.push({ kind: k, ref: ref ?? null, note: note === "" ? null : note });
  }
  if (senses.length < 2) sink.warn(st.line, `ambiguous "${text}" lists fewer than two senses`);
  return { text, key: normalizeName(text), senses, source: sink.at(st.line) };
}
