import { MappedText } from "../mapped.js";

/** Where the JSON-LD body starts in the input (its first characters), or 0. */
export function jsonLdOffset(html: string, body: string): number {
  const probe = body.slice(0, 40);
  const at = html.indexOf(probe);
  return at >= 0 ? at : 0;
}

/** Split a JSON-LD body into paragraphs (it may carry HTML tags or entities). Offsets map to the script block. */
export function jsonBodyParagraphs(body: string, start: number): MappedText[] {
  const hasMarkup = /<\/?(p|br|div)\b/i.test(body);
  const text = hasMarkup ? body.replace(/<\/?(p|br|div)\b[^>]*>/gi, "\n").replace(/<[^>]+>/g, "") : body;
  return text
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p.length > 0)
    .map((p) => {
      const origin = new Int32Array(p.length + 1).fill(start);
      return new MappedText(p, origin);
    });
}
