import { ChanceryError } from "../../errors.js";
import { concatBytes } from "../bytes.js";
import type { FetchOptions } from "../options.js";
import { type RobotsFetchOutcome, type RobotsPolicy, robotsPolicy } from "./robots.js";
import { HostScheduler } from "./scheduler.js";

/** A successfully fetched resource. */
export interface FetchedResource {
  /** The URL asked for. */
  requestedUrl: string;
  /** The URL the body came from, after redirects. */
  url: string;
  status: number;
  /** The Content-Type header, if any. */
  contentType: string | null;
  body: Uint8Array;
  /** How many redirects were followed. */
  redirects: number;
}

/** The outcome of following a URL: a body, or an error status. */
type Followed =
  | { ok: true; resource: FetchedResource }
  | { ok: false; status: number; statusText: string; url: string; redirects: number };

/** The outcome of one request. */
type Hop =
  | { kind: "redirect"; status: number; location: string | null }
  | { kind: "status"; status: number; statusText: string }
  | { kind: "body"; status: number; contentType: string | null; body: Uint8Array };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** The most of a robots.txt that is read (RFC 9309 asks for at least 500 KiB). */
const ROBOTS_MAX_BYTES = 512 * 1024;

const ACCEPT =
  "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

/** A plain sentence for a network error thrown by `fetch` (its cause, e.g. `connect ECONNREFUSED …`). */
function networkReason(err: unknown): string {
  const cause = (err as { cause?: unknown } | null)?.cause;
  if (cause instanceof Error && cause.message) return cause.message;
  if (err instanceof Error) return err.message;
  return String(err);
}

/**
 * Fetches HTTP(S) URLs politely and defensively: robots.txt honoured once
 * per origin, per-host and global concurrency limits with a delay between
 * requests to a host, manual redirects up to a limit, a timeout per request
 * and a cap on body size. Every failure is a coded {@link ChanceryError}
 * naming the requested URL.
 */
export class Fetcher {
  private readonly scheduler: HostScheduler;
  private readonly robots = new Map<string, Promise<RobotsPolicy>>();

  constructor(private readonly options: FetchOptions) {
    this.scheduler = new HostScheduler(options);
  }

  /**
   * Fetch `url`, following redirects.
   *
   * @throws ChanceryError `CH_FETCH_FAILED` (bad URL, network error), `CH_FETCH_TIMEOUT`,
   *   `CH_FETCH_REDIRECTS`, `CH_FETCH_TOO_LARGE`, `CH_FETCH_ROBOTS`, `CH_FETCH_HTTP` (4xx/5xx).
   */
  async fetch(url: string): Promise<FetchedResource> {
    const start = parseHttpUrl(url, url);
    const result = await this.follow(start, url, this.options.respectRobots, this.options.maxBytes);
    if (result.ok) return result.resource;
    const where = result.redirects > 0 ? ` (at ${result.url})` : "";
    const text = result.statusText ? ` ${result.statusText}` : "";
    throw new ChanceryError("CH_FETCH_HTTP", `the server answered HTTP ${result.status}${text}${where}`, {
      item: url,
    });
  }

  private async follow(start: URL, item: string, checkRobots: boolean, maxBytes: number): Promise<Followed> {
    let current = start;
    for (let redirects = 0; ; redirects++) {
      if (checkRobots) await this.assertAllowed(current, item);
      const hop = await this.scheduler.run(current.host, () => this.request(current, item, maxBytes));
      if (hop.kind === "body") {
        const resource: FetchedResource = {
          requestedUrl: item,
          url: current.href,
          status: hop.status,
          contentType: hop.contentType,
          body: hop.body,
          redirects,
        };
        return { ok: true, resource };
      }
      if (hop.kind === "status") {
        return { ok: false, status: hop.status, statusText: hop.statusText, url: current.href, redirects };
      }
      if (hop.location === null) {
        return {
          ok: false,
          status: hop.status,
          statusText: "redirect without a Location",
          url: current.href,
          redirects,
        };
      }
      if (redirects >= this.options.maxRedirects) {
        throw new ChanceryError(
          "CH_FETCH_REDIRECTS",
          `more than ${this.options.maxRedirects} redirects (maxRedirects); the last one pointed to ${hop.location}`,
          { item },
        );
      }
      current = parseHttpUrl(hop.location, item, current);
    }
  }

  /** One request, without following redirects; runs inside a scheduler slot. */
  private async request(url: URL, item: string, maxBytes: number): Promise<Hop> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.timeoutMs);
    try {
      const response = await fetch(url, {
        redirect: "manual",
        signal: controller.signal,
        headers: { "user-agent": this.options.userAgent, accept: ACCEPT },
      });
      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel();
        return { kind: "redirect", status: response.status, location: response.headers.get("location") };
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel();
        return { kind: "status", status: response.status, statusText: response.statusText };
      }
      const declared = Number(response.headers.get("content-length") ?? Number.NaN);
      if (declared > maxBytes) {
        await response.body?.cancel();
        throw tooLarge(item, maxBytes, `declares ${declared} bytes`);
      }
      const body = await readBody(response, maxBytes, item);
      return {
        kind: "body",
        status: response.status,
        contentType: response.headers.get("content-type"),
        body,
      };
    } catch (err) {
      if (timedOut) {
        throw new ChanceryError(
          "CH_FETCH_TIMEOUT",
          `no complete answer from ${url.href} within ${this.options.timeoutMs} ms`,
          {
            item,
            cause: err,
          },
        );
      }
      if (err instanceof ChanceryError) throw err;
      throw new ChanceryError("CH_FETCH_FAILED", `request to ${url.href} failed: ${networkReason(err)}`, {
        item,
        cause: err,
      });
    } finally {
      clearTimeout(timer);
    }
  }

  /** Throw `CH_FETCH_ROBOTS` when the origin's robots.txt disallows `url`. */
  private async assertAllowed(url: URL, item: string): Promise<void> {
    let policy = this.robots.get(url.origin);
    if (!policy) {
      policy = this.loadRobots(url.origin);
      this.robots.set(url.origin, policy);
    }
    const verdict = await policy;
    if (verdict.kind === "disallow-all") {
      throw new ChanceryError(
        "CH_FETCH_ROBOTS",
        `${verdict.reason}, so the whole site is treated as disallowed`,
        {
          item,
        },
      );
    }
    if (verdict.kind === "rules" && !verdict.isAllowed(url.href)) {
      throw new ChanceryError("CH_FETCH_ROBOTS", `${url.origin}/robots.txt disallows ${url.href}`, { item });
    }
  }

  private async loadRobots(origin: string): Promise<RobotsPolicy> {
    const robotsUrl = `${origin}/robots.txt`;
    let outcome: RobotsFetchOutcome;
    try {
      const result = await this.follow(new URL(robotsUrl), robotsUrl, false, ROBOTS_MAX_BYTES);
      outcome = result.ok
        ? {
            kind: "body",
            status: result.resource.status,
            text: new TextDecoder().decode(result.resource.body),
          }
        : { kind: "status", status: result.status };
    } catch (err) {
      outcome = { kind: "unreachable", reason: err instanceof Error ? err.message : String(err) };
    }
    return robotsPolicy(robotsUrl, outcome, this.options.userAgent);
  }
}

function tooLarge(item: string, maxBytes: number, detail: string): ChanceryError {
  return new ChanceryError(
    "CH_FETCH_TOO_LARGE",
    `the response ${detail}, more than the limit of ${maxBytes} bytes (fetch.maxBytes)`,
    { item },
  );
}

/** Read a response body, cancelling it as soon as it exceeds `maxBytes`. */
async function readBody(response: Response, maxBytes: number, item: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(item, maxBytes, "is larger");
    }
    chunks.push(value);
  }
  return concatBytes(chunks, total);
}

/**
 * Parse an http(s) URL (relative to `base` when given).
 *
 * @throws ChanceryError `CH_FETCH_FAILED` for an invalid URL or another scheme.
 */
export function parseHttpUrl(url: string, item: string, base?: URL): URL {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    throw new ChanceryError("CH_FETCH_FAILED", `${JSON.stringify(url)} is not a valid URL`, { item });
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new ChanceryError(
      "CH_FETCH_FAILED",
      `only http and https URLs can be fetched, not ${parsed.protocol}`,
      {
        item,
      },
    );
  }
  parsed.hash = "";
  return parsed;
}
