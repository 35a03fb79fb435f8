/**
 * Provisional entities: people named with a role and a country but absent
 * from the knowledge base ("Ghana's foreign minister Kofi Mensah"). Each
 * gets a stable id from its normalised name, so later documents processed
 * by the same registry reuse it, and the store keeps it in `entities.key`.
 */
import { normalizeName } from "../kb/index.js";

/** A person known only from the documents. */
export interface ProvisionalEntity {
  /** `prov:` plus the normalised name with `-` for spaces. */
  id: string;
  name: string;
  country: string | null;
  sector: string | null;
  /** The lexicon term that introduced the person ("foreign minister"). */
  role: string;
  /** Office key of that term, when it has one. */
  office: string | null;
}

/** The provisional entities of one process (or one test), by id. */
export class ProvisionalRegistry {
  readonly #byId = new Map<string, ProvisionalEntity>();

  /** The id a provisional person named `name` gets. */
  static idFor(name: string): string {
    return `prov:${normalizeName(name).replace(/ /g, "-")}`;
  }

  /** The entity named `name`, if one was registered. */
  get(name: string): ProvisionalEntity | undefined {
    return this.#byId.get(ProvisionalRegistry.idFor(name));
  }

  /**
   * Register `entity` under its name, or return the one already registered
   * (the first reading wins, so an id keeps its country and sector).
   */
  register(entity: Omit<ProvisionalEntity, "id">): ProvisionalEntity {
    const id = ProvisionalRegistry.idFor(entity.name);
    const hit = this.#byId.get(id);
    if (hit) return hit;
    const made = { ...entity, id };
    this.#byId.set(id, made);
    return made;
  }

  /** How many provisional entities are known. */
  get size(): number {
    return this.#byId.size;
  }
}

/** The registry the `link` stage uses for the whole process. */
export const processRegistry = new ProvisionalRegistry();
