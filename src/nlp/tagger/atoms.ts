/**
 * Interned strings: every word, affix, shape and ambiguity class a tagger
 * model knows gets a small integer id, so features are built from integers.
 */
import { COMPONENT_LIMIT } from "./templates.js";

/**
 * A string ↔ id table. Training interns strings as it meets them; a loaded
 * model only looks them up, and a string it does not know has id -1 (no
 * feature of the model can mention it).
 */
export class AtomTable {
  readonly #ids = new Map<string, number>();
  readonly #strings: string[] = [];

  /** Number of atoms. */
  get size(): number {
    return this.#strings.length;
  }

  /** The id of `s`, or -1 when the table does not hold it. */
  id(s: string): number {
    return this.#ids.get(s) ?? -1;
  }

  /** The id of `s`, adding it when new. */
  intern(s: string): number {
    let id = this.#ids.get(s);
    if (id === undefined) {
      id = this.#strings.length;
      if (id >= COMPONENT_LIMIT) throw new RangeError(`AtomTable: more than ${COMPONENT_LIMIT} atoms`);
      this.#ids.set(s, id);
      this.#strings.push(s);
    }
    return id;
  }

  /** The string of an id. */
  string(id: number): string {
    const s = this.#strings[id];
    if (s === undefined) throw new RangeError(`AtomTable: no atom ${id}`);
    return s;
  }
}

/** How a feature function turns a string into an atom: interning (training) or looking up (tagging). */
export type AtomLookup = (s: string) => number;
