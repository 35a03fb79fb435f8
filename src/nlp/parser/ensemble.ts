/**
 * A parser ensemble: several parsers (left-to-right and right-to-left,
 * trained on predicted or gold tags) parse each sentence and their trees are
 * combined into one (`combine.ts`). The ensemble is described by a small JSON
 * file next to the models (`models/parse-ensemble.json`):
 *
 * ```json
 * {
 *   "members": [{ "model": "parse.bin.gz", "weight": 1.01 }, { "model": "parse-r2l.bin.gz", "weight": 1 }],
 *   "prior": 20,
 *   "confidenceCap": 50
 * }
 * ```
 *
 * `model` paths are relative to the JSON file. Every member must have the
 * same relation labels, in the same order.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ChanceryError } from "../../errors.js";
import { modelPath } from "../model-io.js";
import { type CombineSettings, TreeCombiner, type VotingTree } from "./combine.js";
import { loadParser } from "./io.js";
import type { DependencyParser, ParseInput } from "./parser.js";
import type { TransitionSet } from "./system.js";

/** File name of the committed ensemble description under `models/`. */
export const PARSER_ENSEMBLE_FILE = "parse-ensemble.json";

/** What parses a sentence into heads and label ids: one parser or an ensemble. */
export interface SentenceParser {
  /** The relation labels the label ids index. */
  readonly transitions: Pick<TransitionSet, "labels">;
  /** Parse one sentence into `heads` (-1 for the root) and label ids. */
  parseInto(input: ParseInput, heads: Int32Array, labels: Int32Array): void;
}

/** Several parsers whose trees are combined by weighted voting. */
export class ParserEnsemble implements SentenceParser {
  readonly members: readonly DependencyParser[];
  /** The model files of the members, when loaded from an ensemble file (else empty). */
  readonly files: readonly string[];
  readonly settings: CombineSettings;
  readonly transitions: Pick<TransitionSet, "labels">;
  readonly #combiner = new TreeCombiner();
  readonly #trees: VotingTree[] = [];
  readonly #fallbackLabel: number;

  constructor(
    members: readonly DependencyParser[],
    settings: CombineSettings,
    files: readonly string[] = [],
  ) {
    if (members.length === 0) throw new RangeError("an ensemble needs at least one parser");
    if (settings.weights.length !== members.length) {
      throw new RangeError(`${members.length} parsers but ${settings.weights.length} weights`);
    }
    const labels = members[0]!.transitions.labels;
    for (const m of members) {
      if (m.transitions.labels.join("\n") !== labels.join("\n")) {
        throw new RangeError("the parsers of an ensemble must have the same relation labels");
      }
    }
    this.members = members;
    this.settings = settings;
    this.files = files;
    this.transitions = members[0]!.transitions;
    this.#fallbackLabel = Math.max(labels.indexOf("dep"), 0);
  }

  /** {@inheritDoc SentenceParser.parseInto} */
  parseInto(input: ParseInput, heads: Int32Array, labels: Int32Array): void {
    const n = input.forms.length;
    if (n === 0) return;
    const trees = this.#trees;
    for (let m = 0; m < this.members.length; m++) {
      let tree = trees[m];
      if (tree === undefined || tree.heads.length < n) {
        const size = Math.max(n, 64);
        tree = {
          heads: new Int32Array(size),
          labels: new Int32Array(size),
          confidence: new Float64Array(size),
        };
        trees[m] = tree;
      }
      this.members[m]!.parseInto(input, tree.heads, tree.labels, tree.confidence);
    }
    this.#combiner.combine(n, trees, this.settings, heads, labels, this.#fallbackLabel);
  }
}

const ensembles = new Map<string, ParserEnsemble>();

/**
 * The ensemble an ensemble file describes (default: the committed
 * `models/parse-ensemble.json`), read once per process. A missing or
 * malformed file is refused with `CH_DATA_INVALID`, naming the file and the fault.
 */
export function loadParserEnsemble(path: string = modelPath(PARSER_ENSEMBLE_FILE)): ParserEnsemble {
  const file = resolve(path);
  const cached = ensembles.get(file);
  if (cached !== undefined) return cached;
  const fail = (why: string): never => {
    throw new ChanceryError("CH_DATA_INVALID", `parser ensemble ${file}: ${why}`);
  };
  if (!existsSync(file)) fail("file not found");
  let spec: unknown;
  try {
    spec = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    fail(`not JSON (${(err as Error).message})`);
  }
  const record = (spec ?? {}) as Record<string, unknown>;
  const members = record["members"];
  if (!Array.isArray(members) || members.length === 0) fail('"members" must be a non-empty list');
  const prior = record["prior"] ?? 0;
  const cap = record["confidenceCap"] ?? Number.POSITIVE_INFINITY;
  if (typeof prior !== "number" || !(prior >= 0)) fail('"prior" must be a number ≥ 0');
  if (typeof cap !== "number" || !(cap >= 0)) fail('"confidenceCap" must be a number ≥ 0');
  const parsers: DependencyParser[] = [];
  const weights: number[] = [];
  const files: string[] = [];
  for (const [i, m] of (members as unknown[]).entries()) {
    const member = (m ?? {}) as Record<string, unknown>;
    const model = member["model"];
    const weight = member["weight"] ?? 1;
    if (typeof model !== "string" || model === "") fail(`member ${i + 1} has no "model" path`);
    if (typeof weight !== "number" || !(weight > 0)) fail(`member ${i + 1} needs a positive "weight"`);
    files.push(resolve(dirname(file), model as string));
    parsers.push(loadParser(files[files.length - 1]));
    weights.push(weight as number);
  }
  let ensemble: ParserEnsemble;
  try {
    ensemble = new ParserEnsemble(
      parsers,
      { weights, prior: prior as number, confidenceCap: cap as number },
      files,
    );
  } catch (err) {
    throw new ChanceryError("CH_DATA_INVALID", `parser ensemble ${file}: ${(err as Error).message}`, {
      cause: err,
    });
  }
  ensembles.set(file, ensemble);
  return ensemble;
}
