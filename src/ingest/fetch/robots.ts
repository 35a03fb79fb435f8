import robotsModule from "robots-parser";

/** The parsed rules of one robots.txt, as far as Chancery uses them. */
interface RobotsRules {
  isAllowed(url: string, ua?: string): boolean | undefined;
}

/**
 * robots-parser is a CommonJS module whose `module.exports` is the parser
 * function, while its typings declare it as an ES default export; under
 * NodeNext the default import is `module.exports` itself.
 */
const robotsParser = robotsModule as unknown as (url: string, contents: string) => RobotsRules;

/** What an origin's robots.txt says about fetching from it. */
export type RobotsPolicy =
  | { kind: "rules"; isAllowed: (url: string) => boolean }
  | { kind: "allow-all"; reason: string }
  | { kind: "disallow-all"; reason: string };

/** What fetching `/robots.txt` gave: a body, an HTTP status without one, or nothing at all. */
export type RobotsFetchOutcome =
  | { kind: "body"; status: number; text: string }
  | { kind: "status"; status: number }
  | { kind: "unreachable"; reason: string };

/**
 * Turn the outcome of fetching `robotsUrl` into a policy, following RFC 9309:
 * a 2xx body is parsed; 4xx means no restrictions; 5xx means everything is
 * disallowed. A robots.txt that cannot be reached at all (network error,
 * timeout) is treated as absent, so the page request reports its own error.
 */
export function robotsPolicy(
  robotsUrl: string,
  outcome: RobotsFetchOutcome,
  userAgent: string,
): RobotsPolicy {
  if (outcome.kind === "unreachable") return { kind: "allow-all", reason: outcome.reason };
  if (outcome.kind === "body" && outcome.status >= 200 && outcome.status < 300) {
    const robot = robotsParser(robotsUrl, outcome.text);
    return { kind: "rules", isAllowed: (url) => robot.isAllowed(url, userAgent) !== false };
  }
  if (outcome.status >= 500) {
    return { kind: "disallow-all", reason: `robots.txt answered HTTP ${outcome.status}` };
  }
  return { kind: "allow-all", reason: `robots.txt answered HTTP ${outcome.status}` };
}
