/**
 * Gazetteers: lists of names (countries, cities, organisations, first
 * names …) that give the recogniser knowledge the training data lacks. Each
 * list is a UTF-8 file `data/nlp/ner/<class>.txt` (the file name is the
 * class): one name a line, written as tokens separated by spaces the way the
 * tokenizer splits them (`Bosnia and Herzegovina`, `U.S.`), `#` comments and
 * blank lines ignored. Matching ignores case. A user can add a list by
 * dropping a file in a copy of the folder and loading it with
 * {@link loadGazetteer}; a model records the classes it was trained with and
 * ignores others.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ChanceryError } from "../../errors.js";
import { packageRoot } from "../../util/paths.js";

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Indices of the classes whose lists hold the name ending here. */
  classes: number[];
}

/** A match of a listed name over tokens `[start, end)`. */
export interface GazetteerMatch {
  start: number;
  end: number;
  /** Class index (into {@link Gazetteer.classes}). */
  cls: number;
}

/** Names by class, matched over token sequences. */
export class Gazetteer {
  readonly #root: TrieNode = { next: new Map(), classes: [] };
  readonly #classes: string[] = [];
  #longest = 0;
  #size = 0;

  /** The class names, in the order they were added. */
  get classes(): readonly string[] {
    return this.#classes;
  }

  /** Number of (name, class) entries. */
  get size(): number {
    return this.#size;
  }

  /** Index of class `name`, adding it if new. */
  classIndex(name: string): number {
    let k = this.#classes.indexOf(name);
    if (k < 0) {
      k = this.#classes.length;
      this.#classes.push(name);
    }
    return k;
  }

  /** Add a name (tokens separated by spaces) to class `cls`. */
  add(cls: string, name: string): void {
    const tokens = name.trim().toLowerCase().split(/\s+/);
    if (tokens.length === 0 || tokens[0] === "") return;
    const k = this.classIndex(cls);
    let node = this.#root;
    for (const t of tokens) {
      let child = node.next.get(t);
      if (child === undefined) {
        child = { next: new Map(), classes: [] };
        node.next.set(t, child);
      }
      node = child;
    }
    if (!node.classes.includes(k)) {
      node.classes.push(k);
      this.#size++;
    }
    this.#longest = Math.max(this.#longest, tokens.length);
  }

  /** Whether the (space-separated) name is listed under class `cls`. */
  has(cls: string, name: string): boolean {
    const k = this.#classes.indexOf(cls);
    let node: TrieNode | undefined = this.#root;
    for (const t of name.trim().toLowerCase().split(/\s+/)) node = node?.next.get(t);
    return k >= 0 && node !== undefined && node.classes.includes(k);
  }

  /**
   * Every listed name in a sentence (given as lower-case tokens), of every
   * length and class; matches may overlap.
   */
  matches(lowerTokens: readonly string[]): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    for (let start = 0; start < lowerTokens.length; start++) {
      let node = this.#root.next.get(lowerTokens[start]!);
      let end = start + 1;
      while (node !== undefined) {
        for (const cls of node.classes) out.push({ start, end, cls });
        if (end >= lowerTokens.length || end - start >= this.#longest) break;
        node = node.next.get(lowerTokens[end]!);
        end++;
      }
    }
    return out;
  }
}

/** The folder holding the default lists. */
export function defaultGazetteerDir(): string {
  return join(packageRoot(), "data", "nlp", "ner");
}

/** Add the names of one list file's text to `gazetteer` under class `cls`. */
export function addGazetteerList(gazetteer: Gazetteer, cls: string, text: string): void {
  for (const line of text.split(/\r?\n/)) {
    const name = line.trim();
    if (name === "" || name.startsWith("#")) continue;
    gazetteer.add(cls, name);
  }
}

/**
 * Load every `<class>.txt` list in `dir` (default: `data/nlp/ner/`), in file
 * name order so that class indices are stable.
 */
export function loadGazetteer(dir: string = defaultGazetteerDir()): Gazetteer {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort();
  } catch (err) {
    throw new ChanceryError("CH_DATA_INVALID", `cannot read gazetteer folder ${dir}`, { cause: err });
  }
  const gazetteer = new Gazetteer();
  for (const file of files) {
    const cls = file.slice(0, -4);
    if (!/^[a-z][a-z0-9-]*$/.test(cls)) {
      throw new ChanceryError(
        "CH_DATA_INVALID",
        `gazetteer file name "${file}" must be <lower-case class>.txt`,
      );
    }
    addGazetteerList(gazetteer, cls, readFileSync(join(dir, file), "utf8"));
  }
  return gazetteer;
}

let cached: Gazetteer | null = null;

/** The default gazetteer, loaded once per process. */
export function defaultGazetteer(): Gazetteer {
  cached ??= loadGazetteer();
  return cached;
}
