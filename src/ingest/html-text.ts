import { Parser } from "htmlparser2";

/** How much HTML {@link hasVisibleText} parses at a time. */
const SLICE = 4096;

/** Elements whose content is never shown as body text. */
const HIDDEN = new Set(["script", "style", "template", "title", "noscript", "svg"]);

/** Elements that may stand in `<head>`; any other element (or text) there starts the body, as browsers do. */
const HEAD_CONTENT = new Set(["title", "meta", "link", "style", "script", "base", "noscript", "template"]);

/** Parse `html` in slices, passing visible text to `onText` until it returns true. */
function scanVisibleText(html: string, onText: (text: string) => boolean): void {
  let inHead = false;
  let hiddenDepth = 0;
  let done = false;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === "head") inHead = true;
        else if (name === "body" || (inHead && hiddenDepth === 0 && !HEAD_CONTENT.has(name))) inHead = false;
        if (HIDDEN.has(name)) hiddenDepth++;
      },
      onclosetag(name) {
        if (name === "head") inHead = false;
        if (HIDDEN.has(name) && hiddenDepth > 0) hiddenDepth--;
      },
      ontext(text) {
        if (done || hiddenDepth > 0) return;
        if (inHead) {
          if (!/\S/.test(text)) return;
          inHead = false;
        }
        done = onText(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  for (let at = 0; at < html.length && !done; at += SLICE) parser.write(html.slice(at, at + SLICE));
  if (!done) parser.end();
}

/**
 * The visible text of an HTML document or fragment: text outside `head`,
 * `script`, `style`, `template`, `title`, `noscript` and `svg`, with
 * whitespace runs collapsed to single spaces.
 *
 * @example
 * visibleText("<p>Talks <b>resumed</b></p><script>x()</script>") // "Talks resumed"
 */
export function visibleText(html: string): string {
  const pieces: string[] = [];
  scanVisibleText(html, (text) => {
    pieces.push(text);
    return false;
  });
  return pieces.join(" ").replace(/\s+/g, " ").trim();
}

/** Whether an HTML document has any visible body text (see {@link visibleText}); stops at the first. */
export function hasVisibleText(html: string): boolean {
  let found = false;
  scanVisibleText(html, (text) => {
    found = /\S/.test(text);
    return found;
  });
  return found;
}
