import { readFileSync } from "node:fs";

/** One syntactic word of a CoNLL-U sentence (multiword-token ranges and empty nodes are skipped). */
export interface ConlluWord {
  /** 1-based index in the sentence. */
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 1-based head index, 0 for the root. */
  head: number;
  deprel: string;
  misc: string;
}

/** A multiword token such as "don't" → "do" + "n't" (`1-2` lines). */
export interface ConlluMultiword {
  first: number;
  last: number;
  form: string;
  misc: string;
}

/** One sentence of a CoNLL-U file. */
export interface ConlluSentence {
  /** Comment lines keyed by name (`sent_id`, `text`, `newdoc id`, …). */
  meta: Record<string, string>;
  words: ConlluWord[];
  multiwords: ConlluMultiword[];
}

/**
 * Parse CoNLL-U text into sentences.
 *
 * @example
 * const sents = parseConllu(readFileSync("en_ewt-ud-dev.conllu", "utf8"));
 */
export function parseConllu(source: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence = { meta: {}, words: [], multiwords: [] };
  const flush = () => {
    if (cur.words.length > 0) out.push(cur);
    cur = { meta: {}, words: [], multiwords: [] };
  };
  for (const line of source.split(/\r?\n/)) {
    if (line.trim() === "") {
      flush();
      continue;
    }
    if (line.startsWith("#")) {
      const m = /^#\s*([^=]+?)\s*=\s?(.*)$/.exec(line);
      if (m?.[1] !== undefined) cur.meta[m[1]] = m[2] ?? "";
      else if (line.startsWith("# newdoc")) cur.meta["newdoc"] = "";
      else if (line.startsWith("# newpar")) cur.meta["newpar"] = "";
      continue;
    }
    const cols = line.split("\t");
    if (cols.length < 10) continue;
    const idCol = cols[0] ?? "";
    if (idCol.includes(".")) continue;
    if (idCol.includes("-")) {
      const [a, b] = idCol.split("-");
      cur.multiwords.push({ first: Number(a), last: Number(b), form: cols[1] ?? "", misc: cols[9] ?? "_" });
      continue;
    }
    cur.words.push({
      id: Number(idCol),
      form: cols[1] ?? "",
      lemma: cols[2] ?? "_",
      upos: cols[3] ?? "_",
      xpos: cols[4] ?? "_",
      feats: cols[5] ?? "_",
      head: Number(cols[6]),
      deprel: cols[7] ?? "_",
      misc: cols[9] ?? "_",
    });
  }
  flush();
  return out;
}

/** Read and parse a CoNLL-U file. */
export function readConllu(path: string): ConlluSentence[] {
  return parseConllu(readFileSync(path, "utf8"));
}
