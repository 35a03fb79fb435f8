import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** A gold TIMEX3 of a TimeML document, with offsets into the plain text. */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

/** A TimeML document: the plain text of `<TEXT>`, its creation time and gold expressions. */
export interface TimeMlDoc {
  id: string;
  /** Document creation time (the DCT TIMEX3's value). */
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? "");
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? "";

/**
 * Read a TimeML file: tags are stripped from `<TEXT>`, entities decoded, and
 * each `<TIMEX3>` inside it is kept with offsets into the resulting text.
 */
export function parseTimeMl(xml: string, id: string): TimeMlDoc {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dct = dctTag ? attr(dctTag[1] as string, "value") : "";
  const open = xml.indexOf("<TEXT>");
  const close = xml.indexOf("</TEXT>");
  const body = open >= 0 && close > open ? xml.slice(open + "<TEXT>".length, close) : "";
  let text = "";
  const timexes: GoldTimex[] = [];
  let current: { start: number; attrs: string } | null = null;
  const tag = /<(\/?)([A-Za-z0-9]+)([^>]*)>/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    text += decode(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== "TIMEX3") continue;
    if (!m[1]) current = { start: text.length, attrs: m[3] as string };
    else if (current) {
      timexes.push({
        start: current.start,
        end: text.length,
        text: text.slice(current.start, text.length),
        type: attr(current.attrs, "type"),
        value: attr(current.attrs, "value"),
      });
      current = null;
    }
  }
  text += decode(body.slice(last));
  return { id, dct, text, timexes };
}

/** Every `*.tml` under the given folders, parsed, in name order. */
export function readTimeMlDirs(dirs: readonly string[]): TimeMlDoc[] {
  const out: TimeMlDoc[] = [];
  for (const dir of dirs) {
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith(".tml"))
      .sort())
      out.push(parseTimeMl(readFileSync(join(dir, f), "utf8"), f));
  }
  return out;
}
