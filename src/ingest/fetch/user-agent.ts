import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cachedVersion: string | undefined;

/**
 * Chancery's version, read once from the package's own `package.json`
 * (found by walking up from this module), or `0.0.0` when it cannot be found.
 */
export function chanceryVersion(): string {
  if (cachedVersion !== undefined) return cachedVersion;
  cachedVersion = "0.0.0";
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 8; depth++) {
    try {
      const pkg: unknown = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      if (isChanceryPackage(pkg)) {
        cachedVersion = pkg.version;
        break;
      }
    } catch {
      // No package.json here: keep walking up.
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return cachedVersion;
}

function isChanceryPackage(pkg: unknown): pkg is { name: string; version: string } {
  if (typeof pkg !== "object" || pkg === null) return false;
  const { name, version } = pkg as Record<string, unknown>;
  return name === "chancery" && typeof version === "string";
}

/** The default User-Agent header: `Chancery/<version> (+https://github.com/chancery-events/chancery)`. */
export function defaultUserAgent(): string {
  return `Chancery/${chanceryVersion()} (+https://github.com/chancery-events/chancery)`;
}
