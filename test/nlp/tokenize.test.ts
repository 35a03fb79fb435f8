/**
 * Table-driven tokenizer cases, following UD English EWT conventions. Each
 * row is [label, input, expected tokens]; a `*` after a token marks a
 * contraction piece (split off the token before it inside one written word).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tokenize } from "../../src/nlp/tokenize/index.js";

type Row = readonly [label: string, input: string, expected: readonly string[]];

const show = (input: string) => tokenize(input).map((t) => (t.contraction ? `${t.text}*` : t.text));

const ROWS: readonly Row[] = [
  // The sentences the pipeline starts from.
  [
    "news: date",
    "Lavrov will arrive in China on March 22.",
    ["Lavrov", "will", "arrive", "in", "China", "on", "March", "22", "."],
  ],
  [
    "news: negation stays whole",
    "China has not supplied Russia with weapons for its war in Ukraine.",
    [
      "China",
      "has",
      "not",
      "supplied",
      "Russia",
      "with",
      "weapons",
      "for",
      "its",
      "war",
      "in",
      "Ukraine",
      ".",
    ],
  ],
  [
    "news: curly possessive",
    "the US military’s claim to have shot it down",
    ["the", "US", "military", "’s*", "claim", "to", "have", "shot", "it", "down"],
  ],
  // Clitics and contractions.
  ["clitic n't", "don't", ["do", "n't*"]],
  ["can't → ca n't", "can't", ["ca", "n't*"]],
  ["won't → wo n't", "won't", ["wo", "n't*"]],
  ["curly n’t", "isn’t", ["is", "n’t*"]],
  ["cannot → can not", "cannot", ["can", "not*"]],
  ["gonna → gon na", "gonna", ["gon", "na*"]],
  ["apostrophe-less dont", "I dont know", ["I", "do", "nt*", "know"]],
  [
    "clitics 're 'll 've 'm 'd",
    "we're they'll I've I'm she'd",
    ["we", "'re*", "they", "'ll*", "I", "'ve*", "I", "'m*", "she", "'d*"],
  ],
  ["possessive 's", "Russia's army", ["Russia", "'s*", "army"]],
  ["plural possessive '", "the soldiers' home", ["the", "soldiers", "'*", "home"]],
  ["upper-case clitic", "DON'T", ["DO", "N'T*"]],
  // Negative cases: apostrophes that are not clitics.
  ["name with apostrophe", "O'Brien and Sha'lan", ["O'Brien", "and", "Sha'lan"]],
  ["decade with 's stays whole", "the 80's", ["the", "80's"]],
  ["elided year and 'em", "in '72 get 'em", ["in", "'72", "get", "'em"]],
  ["quoted word", "'hello'", ["'", "hello", "'"]],
  [
    "quoted plural is not a possessive",
    "end ‘misunderstandings’ now",
    ["end", "‘", "misunderstandings", "’", "now"],
  ],
  // Hyphens, as EWT writes them.
  ["hyphenated compound splits", "a long-term deal", ["a", "long", "-", "term", "deal"]],
  ["number-noun compound splits", "a 15-year term", ["a", "15", "-", "year", "term"]],
  ["prefix e- kept", "send an e-mail", ["send", "an", "e-mail"]],
  ["prefix non- and mid- kept", "non-human mid-July", ["non-human", "mid-July"]],
  ["ISO date whole", "on 2024-04-26.", ["on", "2024-04-26", "."]],
  ["telephone number whole", "call 713-853-3989 or 646-8420", ["call", "713-853-3989", "or", "646-8420"]],
  ["number range splits", "5-10 people", ["5", "-", "10", "people"]],
  // Abbreviations.
  ["U.S. one token", "the U.S. military", ["the", "U.S.", "military"]],
  ["U.N. and e.g.", "the U.N., e.g. Russia", ["the", "U.N.", ",", "e.g.", "Russia"]],
  [
    "titles",
    "Mr. Lavrov and Dr. Ng met Gen. Gerasimov",
    ["Mr.", "Lavrov", "and", "Dr.", "Ng", "met", "Gen.", "Gerasimov"],
  ],
  ["month abbreviation", "on Jan. 5", ["on", "Jan.", "5"]],
  ["a.m. and p.m.", "at 9 a.m. or 5 p.m. today", ["at", "9", "a.m.", "or", "5", "p.m.", "today"]],
  ["initials", "J. K. Rowling", ["J.", "K.", "Rowling"]],
  [
    "No. only before a number",
    "No. 5 but No. I said no.",
    ["No.", "5", "but", "No", ".", "I", "said", "no", "."],
  ],
  ["pronoun I is not an initial", "so did I.", ["so", "did", "I", "."]],
  ["ordinary word keeps no period", "the talks.", ["the", "talks", "."]],
  ["missing space after stop", "Sushi.They", ["Sushi", ".", "They"]],
  ["missing space after title", "Mr.Smith", ["Mr.", "Smith"]],
  // Numbers, money, percentages.
  ["decimal and thousands", "3.5 and 1,000 and 3,202.61", ["3.5", "and", "1,000", "and", "3,202.61"]],
  ["currency sign separate", "$5 and €20", ["$", "5", "and", "€", "20"]],
  ["country currency", "US$4.5 billion", ["US$", "4.5", "billion"]],
  ["percent separate", "(3.5%)", ["(", "3.5", "%", ")"]],
  ["time and unit", "at 10:30am and 5pm, 35mm", ["at", "10:30", "am", "and", "5", "pm", ",", "35", "mm"]],
  ["ordinals and decades whole", "the 23rd in the 1970s", ["the", "23rd", "in", "the", "1970s"]],
  ["fraction and date with slashes", "9/11 on 11/28/2000", ["9/11", "on", "11/28/2000"]],
  ["signed number", "call +44 now", ["call", "+44", "now"]],
  ["number sign separate", "Al Qaeda's #3", ["Al", "Qaeda", "'s*", "#", "3"]],
  // Web text.
  ["URL with trailing stop", "see http://example.com/a?b=1.", ["see", "http://example.com/a?b=1", "."]],
  [
    "URL keeps its own bracket",
    "(http://en.wikipedia.org/wiki/A_(b))",
    ["(", "http://en.wikipedia.org/wiki/A_(b)", ")"],
  ],
  ["www URL", "visit www.kremlin.ru, then", ["visit", "www.kremlin.ru", ",", "then"]],
  ["e-mail address", "write to carol.st.clair@enron.com.", ["write", "to", "carol.st.clair@enron.com", "."]],
  ["shortened newsgroup address", "franz371...@gmail.com", ["franz371...@gmail.com"]],
  [
    "domain and file names",
    "galleryfurniture.com and report.doc",
    ["galleryfurniture.com", "and", "report.doc"],
  ],
  ["hashtag and mention", "#Ukraine @SergeyLavrov", ["#Ukraine", "@SergeyLavrov"]],
  ["emoticons", "great :) sad:( ;-)", ["great", ":)", "sad", ":(", ";-)"]],
  ["emoticon needs a boundary", "Note:Do it", ["Note", ":", "Do", "it"]],
  ["emoji with modifiers and joiners", "ok 👍🏽👨‍👩‍👧 🇺🇦!", ["ok", "👍🏽", "👨‍👩‍👧", "🇺🇦", "!"]],
  ["ampersand short forms", "AT&T and PG&E", ["AT&T", "and", "PG&E"]],
  ["slash between words splits", "and/or", ["and", "/", "or"]],
  ["short slash forms", "w/o l/c", ["w/o", "l/c"]],
  // Quotes, dashes, ellipses.
  ["straight quotes", 'He said "no."', ["He", "said", '"', "no", ".", '"']],
  ["curly quotes", "“Yes,” she said", ["“", "Yes", ",", "”", "she", "said"]],
  ["double single quotes", "‘’Where?’’", ["‘’", "Where", "?", "’’"]],
  ["em dash", "talks—and war", ["talks", "—", "and", "war"]],
  ["en dash", "2020–2022", ["2020", "–", "2022"]],
  ["double hyphen dash", "talks--and", ["talks", "--", "and"]],
  ["ellipsis dots", "wait... what", ["wait", "...", "what"]],
  ["ellipsis character", "wait… what", ["wait", "…", "what"]],
  ["repeated marks", "what?!! no!!!", ["what", "?!!", "no", "!!!"]],
  ["brackets", "[a] {b}", ["[", "a", "]", "{", "b", "}"]],
  // Other scripts.
  ["Cyrillic and Chinese words", "Лавров 中国 visit", ["Лавров", "中国", "visit"]],
];

describe("tokenize: UD English EWT conventions", () => {
  for (const [label, input, expected] of ROWS) {
    it(label, () => assert.deepEqual(show(input), expected));
  }
});

describe("tokenize: range and offsets", () => {
  it("tokenizes only [start, end) and reports offsets into the whole string", () => {
    const text = "xx Mr. Lavrov won't go. yy";
    const tokens = tokenize(text, 3, 23);
    assert.deepEqual(
      tokens.map((t) => [t.text, t.start, t.end]),
      [
        ["Mr.", 3, 6],
        ["Lavrov", 7, 13],
        ["wo", 14, 16],
        ["n't", 16, 19],
        ["go", 20, 22],
        [".", 22, 23],
      ],
    );
  });

  it("clamps out-of-range offsets instead of failing", () => {
    assert.deepEqual(
      tokenize("a b", -5, 99).map((t) => t.text),
      ["a", "b"],
    );
    assert.deepEqual(tokenize("a b", 2, 1), []);
    assert.deepEqual(tokenize(""), []);
  });
});
