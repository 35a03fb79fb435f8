/**
 * The web app (built by `scripts/build-web.mjs` into `dist/web/`), served at
 * `/` next to the API with its own strict Content-Security-Policy.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";

/** Answers a GET for a path of the app that is no file (the SPA fallback). */
export type AppShell = (reply: FastifyReply) => FastifyReply;
import { packageRoot } from "../util/paths.js";

/**
 * The Content-Security-Policy of the web app: its own bundled script and
 * stylesheet only (no inline code or styles, no eval), data from its own
 * origin only, nothing from the network.
 */
export const APP_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; " +
  "connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; " +
  "object-src 'none'";

/** Where `npm run build` puts the web app: `dist/web` of the package. */
export function defaultWebRoot(): string {
  return join(packageRoot(), "dist", "web");
}

/** True when `dir` holds a built web app. */
export function isWebAppBuilt(dir: string): boolean {
  return existsSync(join(dir, "index.html"));
}

/**
 * Serve the built app from `dir` at `/` (files only: no directory listings,
 * no dotfiles), each response with {@link APP_CSP}. Returns false, serving
 * nothing, when `dir` holds no build; else the SPA fallback, which sends
 * `index.html` for any other path outside `/api`.
 */
export async function registerWebApp(app: FastifyInstance, dir: string): Promise<AppShell | null> {
  if (!isWebAppBuilt(dir)) return null;
  const shell = readFileSync(join(dir, "index.html"), "utf8");
  await app.register(async (scope) => {
    scope.addHook("onSend", async (_request, reply, payload) => {
      reply.header("content-security-policy", APP_CSP);
      return payload;
    });
    await scope.register(fastifyStatic, {
      root: dir,
      prefix: "/",
      index: ["index.html"],
      list: false,
      dotfiles: "deny",
      wildcard: false,
      cacheControl: true,
      maxAge: 0,
    });
  });
  return (reply) =>
    reply
      .code(200)
      .header("content-security-policy", APP_CSP)
      .header("cache-control", "no-cache")
      .type("text/html; charset=utf-8")
      .send(shell);
}
