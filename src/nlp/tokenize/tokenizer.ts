import { codePointAt, isSeparator, isWordAt, width } from "./chars.js";
import { defaultTokenizerLexicon } from "./lexicon.js";
import type { Scanner } from "./scanner.js";
import { scanSymbol } from "./symbols.js";
import type { TokenizeOptions, TokenSpan } from "./types.js";
import { scanWord } from "./words.js";

/**
 * Split `text[start, end)` into tokens following UD English EWT conventions:
 * clitics split (`do n't`, `ca n't`, `Russia 's`, `can not`, `gon na`),
 * hyphenated compounds split (`long - term`) except after prefixes EWT keeps
 * (`e-mail`, `non-human`); abbreviations (`U.S.`, `Mr.`, `e.g.`), numbers
 * (`3.5`, `1,000`, `2024-04-26`, `5:00`), URLs, e-mail addresses, @mentions,
 * #hashtags, emoticons and emoji one token each; currency signs and `%`
 * separate (`$ 5`, `5 %`); quotes, brackets and dashes separate; `...`, `…`,
 * `!!!` and `--` one token.
 *
 * The text is never changed: every token is `{start, end, text}` with
 * `text === source.slice(start, end)`, tokens in order and not overlapping.
 * White space, control characters, zero-width spaces and lone surrogates
 * separate tokens and belong to none. Time and memory grow linearly with the
 * length of the range whatever it holds (no backtracking search).
 *
 * @example
 * tokenize("Lavrov won't go.").map((t) => t.text); // ["Lavrov", "wo", "n't", "go", "."]
 */
export function tokenize(
  text: string,
  start = 0,
  end: number = text.length,
  options: TokenizeOptions = {},
): TokenSpan[] {
  const from = clampOffset(start, text.length);
  const to = Math.max(from, clampOffset(end, text.length));
  const s: Scanner = {
    text,
    start: from,
    end: to,
    lexicon: options.lexicon ?? defaultTokenizerLexicon(),
    out: [],
    stats: options.stats ?? { steps: 0 },
  };
  let i = from;
  while (i < to) {
    s.stats.steps++;
    const cp = codePointAt(text, i, to);
    if (isSeparator(cp)) i += width(cp);
    else if (isWordAt(text, i, cp)) i = scanWord(s, i);
    else i = scanSymbol(s, i, cp);
  }
  return s.out;
}

function clampOffset(offset: number, length: number): number {
  if (!Number.isFinite(offset)) return offset > 0 ? length : 0;
  return Math.min(length, Math.max(0, Math.trunc(offset)));
}
