/**
 * The origin a document's source label belongs to, used as the `sources`
 * row it is filed under: the host of a web address (`https://www.bbc.co.uk/news/x`
 * → `www.bbc.co.uk`), the file of a `file:line` label
 * (`examples/corpus/a.jsonl:3` → `examples/corpus/a.jsonl`), otherwise the
 * label itself. Documents from one feed, site or input file share one source.
 *
 * @example
 * sourceOrigin("examples/corpus/a.jsonl:3"); // "examples/corpus/a.jsonl"
 */
export function sourceOrigin(label: string): string {
  const trimmed = label.trim();
  if (/^https?:\/\//i.test(trimmed)) {
    try {
      const host = new URL(trimmed).host;
      if (host !== "") return host.toLowerCase();
    } catch {
      // not a parseable URL: fall through and use the label
    }
  }
  const fileLine = /^(.+?):\d+(?::\d+)?$/.exec(trimmed);
  if (fileLine?.[1] && !/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return fileLine[1];
  return trimmed === "" ? "(unknown)" : trimmed;
}
