/**
 * Mozilla Readability.js run the standard way — `new JSDOM(html, {url})`,
 * `new Readability(document).parse()`, `textContent` — as the baseline of
 * the cleaning evaluation (this is how the article-extraction benchmark ran
 * it). jsdom is a development dependency, so it is loaded on first use.
 */

/** Readability's text for one page, or the error it threw. */
export interface BaselineResult {
  text: string;
  /** The error message when Readability (or jsdom) threw; the text is then empty. */
  error: string | null;
  /** Milliseconds spent, parsing included. */
  ms: number;
}

/** A loaded baseline: a function from a page to Readability's text. */
export type Baseline = (html: string, url: string) => BaselineResult;

/** Load jsdom and Readability and return the baseline runner. */
export async function loadReadabilityBaseline(): Promise<Baseline> {
  const { JSDOM, VirtualConsole } = await import("jsdom");
  const { Readability } = await import("@mozilla/readability");
  // jsdom reports unparsable style sheets on the console; the baseline is measured, not debugged.
  const quiet = new VirtualConsole();
  return (html, url) => {
    const t0 = performance.now();
    try {
      const dom = new JSDOM(html, { url: url || "https://example.org/", virtualConsole: quiet });
      const article = new Readability(dom.window.document as never).parse();
      const text = article?.textContent ?? "";
      dom.window.close();
      return { text, error: null, ms: performance.now() - t0 };
    } catch (err) {
      return {
        text: "",
        error: err instanceof Error ? err.message : String(err),
        ms: performance.now() - t0,
      };
    }
  };
}
