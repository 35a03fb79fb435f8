/**
 * The knowledge-base validator, as a function and as a command:
 * `node dist/src/kb/validate.js [--strict] [FILE…]` checks the shipped files
 * plus each FILE as an override layer and prints every issue as
 * `file:line: error|warning: reason`. Exit status 0 when there is no error
 * (and, with `--strict`, no warning), 1 otherwise, 2 on bad arguments.
 */
import { pathToFileURL } from "node:url";
import { issueLocation, readKnowledgeBase } from "./load.js";
import type { KbIssue } from "./types.js";

/** Every issue in the shipped knowledge base plus `extraFiles`, errors and warnings alike. */
export function validateKnowledgeBase(extraFiles: readonly string[] = []): KbIssue[] {
  return readKnowledgeBase(extraFiles).issues;
}

/** One issue as a line of validator output. */
export function formatIssue(i: KbIssue): string {
  return `${issueLocation(i)}: ${i.severity}: ${i.message}`;
}

/** Run the validator command with `args`; returns the exit status. */
export function runValidator(args: readonly string[], print: (line: string) => void = console.log): number {
  const strict = args.includes("--strict");
  const files = args.filter((a) => a !== "--strict");
  const unknown = files.find((a) => a.startsWith("--"));
  if (unknown !== undefined) {
    print(`usage: validate [--strict] [FILE…] (unknown option ${unknown})`);
    return 2;
  }
  const { issues, files: read, records } = readKnowledgeBase(files);
  for (const i of issues) print(formatIssue(i));
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  let roles = 0;
  for (const p of records.people.values()) roles += p.roles.length;
  print(
    `${read.length} files: ${records.countries.size} countries and territories, ${records.igos.size} IGOs, ` +
      `${records.orgs.size} orgs, ${records.people.size} people (${roles} roles), ${records.terms.size} terms, ` +
      `${records.nonActors.size} non-actors, ${records.ambiguities.size} ambiguous names; ` +
      `${errors} errors, ${warnings} warnings`,
  );
  return errors > 0 || (strict && warnings > 0) ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runValidator(process.argv.slice(2));
}
