/**
 * Recognise lines of program code, style sheets and JSON that scrapes leave
 * inside article text (tracking snippets, the Facebook SDK loader, inline
 * CSS, embedded state). Quotes may have been curled by the scraper, so
 * string literals are recognised with “ ” ‘ ’ too.
 */

/** What kind of code a line looks like, or null for text. */
export type CodeKind = "script" | "css" | "json" | "markup";

/** Line endings code has and sentences do not. */
const CODE_END = /(?:[;{}]|\)\s*[;,]?|,)$/;
/** Tokens of JavaScript. */
const JS_TOKEN =
  /\bfunction\s*\(|=>|\b(?:var|let|const)\s+[\w$]+|\breturn\b[^.]*;|[\w$)\]]\.[\w$]+\s*\(|[\w$\]]\s*(?:=|\+=|-=)\s*[^=\s]|[{}]|===|!==|&&|\|\||\b(?:document|window|navigator)\.[\w$]/;
/** A sentence: a capitalised word followed by several lower-case words separated by single spaces. */
const PROSE = /\b[A-Z][a-z]+(?: [a-z]{2,}){4,}/;
/** A CSS rule or declaration. */
const CSS_SELECTOR = String.raw`[.#]?[\w-]+(?:\[[^\]]*\])?(?::{1,2}[\w-]+(?:\([^)]*\))?)?`;
const CSS_RULE = new RegExp(
  String.raw`^(?:@media\b.*\{|@font-face\s*\{|@import\b.*;|${CSS_SELECTOR}(?:(?:\s*[,>+~]\s*|\s+)${CSS_SELECTOR})*\s*\{.*)$`,
);
const CSS_DECLARATION =
  /^-?[a-z]+(?:-[a-z]+)*\s*:\s*(?!\/\/)[^;]{0,80}(?:px|em|rem|%|#[0-9a-f]{3,8}|rgba?\(|none|auto|inherit|bold|solid|url\(|!important|\d)[^;]{0,40};\s*\}?$/;
/** JSON object or array members. */
const JSON_LINE = /^(?:[{[]\s*)?["“][\w@$.:-]+["”]\s*:\s*(?:["“{[\d-]|true|false|null)/;
/** Markup left as text. */
const TAG = String.raw`(?:a|abbr|article|aside|audio|b|blockquote|body|br|button|center|div|em|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|li|link|main|meta|nav|noscript|ol|p|path|picture|script|section|source|span|strong|style|svg|table|tbody|td|th|tr|u|ul|video)`;
const MARKUP = new RegExp(String.raw`^(?:<\/?${TAG}(?:\s[^<>]*)?\/?>\s*)+$|^<!--.*-->$|^<\/?script\b`, "i");
const SYMBOLS = /[{}[\]();=<>$&|\\]/g;

/**
 * The kind of code a line is, or null when it reads as text. A line is code
 * when it ends the way code lines end (`;`, `{`, `}`, `)`, `,`) and holds a
 * JavaScript token, or is a CSS rule or declaration, a JSON member, an HTML
 * tag line, or a long run with a high density of code symbols. Lines that
 * contain a sentence (a capitalised word and four lower-case words) are text,
 * unless they are markup or a lone closing bracket.
 */
export function codeKind(line: string): CodeKind | null {
  const t = line.trim();
  if (t.length === 0) return null;
  if (MARKUP.test(t)) return "markup";
  if (/^[}\])]+[);,]*$/.test(t)) return "script";
  if (PROSE.test(t)) return null;
  if (JSON_LINE.test(t)) return "json";
  // A rule with declarations (`.a { color: red; }`) or an at-rule is CSS; a bare `else {` is script.
  if (
    /^@(?:media|font-face|import|keyframes|supports)\b/.test(t) ||
    (CSS_RULE.test(t) && /\{[^}]*[\w-]\s*:[^}]*;/.test(t))
  )
    return "css";
  if (CSS_DECLARATION.test(t)) return "css";
  if (CODE_END.test(t) && JS_TOKEN.test(t)) return "script";
  if (CSS_RULE.test(t)) return "css";
  const symbols = (t.match(SYMBOLS) ?? []).length;
  if (t.length >= 80 && symbols / t.length > 0.08 && t.split(" ").length < t.length / 12) return "script";
  return null;
}
