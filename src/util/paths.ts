import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | null = null;

/**
 * The package root (the folder holding package.json), found from this
 * module's location, so data files resolve the same from `src/` (tests via a
 * loader), `dist/src/` or an installed package, whatever the working directory.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "package.json"))) {
      root = dir;
      return dir;
    }
    dir = dirname(dir);
  }
  throw new Error("package root not found above " + fileURLToPath(import.meta.url));
}

/** The `../shared` folder beside the repository, or null when absent. */
export function sharedDir(): string | null {
  const fromEnv = process.env["CHANCERY_SHARED"];
  const p = fromEnv ?? join(packageRoot(), "..", "shared");
  return existsSync(p) ? p : null;
}
