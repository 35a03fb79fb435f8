import assert from "node:assert/strict";
import { test } from "node:test";
import { cleanDataDirs } from "../../src/clean/data.js";
import { MappedText } from "../../src/clean/mapped.js";
import { cleanText } from "../../src/clean/text/clean.js";
import { codeKind } from "../../src/clean/text/code.js";
import { loadBoilerplateRules } from "../../src/clean/text/rules.js";

const rules = loadBoilerplateRules(cleanDataDirs());
const ARTICLE = "The ministers of Orlan and Vesk agreed on Monday to share the river's water.";
const CLOSING = "Both parliaments must approve the treaty before it takes effect.";

/** Clean `junk` placed between two article sentences (or at an edge) and return what went. */
function clean(lines: string[]) {
  const input = lines.join("\n");
  return cleanText(MappedText.identity(input), { rules });
}

// [label, junk line, reason, where it sits]
const REMOVED: [string, string, string, "middle" | "top" | "bottom"][] = [
  ["share bar", "Share this: Facebook Twitter WhatsApp Email", "share", "bottom"],
  ["click to share", "Click to share on Twitter (Opens in new window)", "share", "middle"],
  ["cookie notice", "This website uses cookies to improve your experience. Accept", "cookie", "middle"],
  ["newsletter promo", "Sign up for our weekly newsletter and never miss a story.", "newsletter", "middle"],
  ["inbox promo", "Get the latest headlines delivered to your inbox every morning.", "newsletter", "middle"],
  [
    "story-appears-in promo",
    "A version of this story appears in the Daily Brief, a newsletter about the region. Register here.",
    "newsletter",
    "middle",
  ],
  ["comment form", "Leave a Reply", "comment-form", "bottom"],
  [
    "comment notice",
    "Your email address will not be published. Required fields are marked *",
    "comment-form",
    "bottom",
  ],
  ["comment count", "12 Comments", "comment-form", "bottom"],
  ["view all posts", "View all posts by Lena Marsh →", "author-bio", "bottom"],
  ["about the author", "About the author", "author-bio", "bottom"],
  ["breadcrumb", "Home » News » Europe", "navigation", "top"],
  ["back to top", "Back to top button", "navigation", "bottom"],
  ["previous post", "Previous post: Dam talks stall again", "navigation", "bottom"],
  ["read more with link", "Read more: Dam talks stall again", "related", "middle"],
  ["advertisement", "ADVERTISEMENT", "advert", "middle"],
  ["story continues", "Story continues below advertisement", "advert", "middle"],
  ["photo credit line", "Photo: Reuters", "caption", "middle"],
  ["image credit", "(Image credit: Getty)", "caption", "middle"],
  [
    "follow-me call (edge)",
    "Follow me to get the latest news every day, thank you for your support!",
    "share",
    "bottom",
  ],
  [
    "support call (edge)",
    "Your attention is my motivation, and your support is the direction we are heading.",
    "share",
    "top",
  ],
  ["follow us on", "Follow us on Instagram for more pictures.", "share", "middle"],
  ["copyright", "© 2024 Kessel Post. All rights reserved.", "copyright", "bottom"],
  ["byline at the top", "By Lena Marsh", "byline", "top"],
  ["contributor credit", "Jon Ray contributed to this report.", "byline", "bottom"],
  ["tags line", "Tags: water, treaty, Orlan", "tags", "bottom"],
  ["script line", "window.dataLayer = window.dataLayer || [];", "script-code", "middle"],
  ["css line", ".share-bar { display: flex; margin: 0 4px; }", "css-code", "middle"],
  ["json line", '{"@context": "https://schema.org", "@type": "NewsArticle"}', "json-data", "middle"],
  ["markup line", '<div class="ad"></div>', "markup", "middle"],
];

for (const [label, junk, reason, where] of REMOVED) {
  test(`removed: ${label}`, () => {
    const lines =
      where === "top"
        ? [junk, ARTICLE, CLOSING]
        : where === "bottom"
          ? [ARTICLE, CLOSING, junk]
          : [ARTICLE, junk, CLOSING];
    const r = clean(lines);
    assert.equal(r.text.text, `${ARTICLE}\n${CLOSING}`, `text after removing "${junk}"`);
    assert.equal(r.removed.length, 1, JSON.stringify(r.removed));
    assert.equal(r.removed[0]?.reason, reason);
    assert.equal(r.removed[0]?.inputStart, lines.join("\n").indexOf(junk));
  });
}

// Lines that mention the words the rules look for but are article sentences: nothing may go.
const KEPT: [string, string][] = [
  ["a sentence about sharing costs", "Farmers will share the cost of the new dam with the government."],
  ["share as a noun", "Shareholders voted to approve the merger on Tuesday."],
  ["subscribe in a sentence", "Residents who subscribe to the water service will pay more from January."],
  ["a quote that starts with Photo", '"Photo: the moment we signed," the minister wrote, posting a picture.'],
  ["a quote with Follow me", '"Follow me," the commander told the soldiers as they crossed the bridge.'],
  ["By at the start of a sentence", "By Friday, both delegations had left the capital."],
  ["About at the start of a sentence", "About 300 people attended the ceremony, according to the police."],
  ["Comments in a sentence", "Comments by the prime minister on Monday angered the opposition."],
  [
    "a sentence ending with a bracket",
    "The ministry (which denied the claim) said talks would resume (in March).",
  ],
  ["a sentence with an equals sign", "The vote was tied at 12 = 12, so the chair decided it."],
  ["cookies in a sentence", "The bakery sold more cookies than ever before during the festival."],
  ["a former editor", "She is a former editor of the party newspaper and now leads the opposition."],
  ["a politician who is an author", "Renn is the author of the treaty and has defended it in parliament."],
  ["a headline-like line", "Ministers agree on river treaty"],
];

for (const [label, line] of KEPT) {
  for (const where of ["middle", "bottom", "top"] as const) {
    test(`kept (${where}): ${label}`, () => {
      const lines =
        where === "top"
          ? [line, ARTICLE, CLOSING]
          : where === "bottom"
            ? [ARTICLE, CLOSING, line]
            : [ARTICLE, line, CLOSING];
      const r = clean(lines);
      assert.deepEqual(r.removed, []);
      assert.equal(r.text.text, lines.join("\n"));
    });
  }
}

test("edge rules only act at the edges: a by-line in the middle of the text stays", () => {
  const r = clean([ARTICLE, "By Lena Marsh", CLOSING]);
  assert.deepEqual(r.removed, []);
});

test("a code block absorbs its short lines and is one removed span", () => {
  const code = [
    "(function(d, s, id){",
    "var js = d.createElement(s);",
    "js.id = id;",
    "}",
    "}(document, 'script', 'sdk'));",
  ];
  const r = clean([ARTICLE, CLOSING, ...code]);
  assert.equal(r.text.text, `${ARTICLE}\n${CLOSING}`);
  assert.equal(r.removed.length, 1);
  assert.equal(r.removed[0]?.reason, "script-code");
  assert.equal(r.removed[0]?.text, code.join("\n"));
});

test("a related-links header takes the list of titles after it, and stops at a sentence", () => {
  const r = clean([
    ARTICLE,
    "Related stories",
    "Dam talks stall again",
    "Farmers protest water cuts",
    CLOSING,
  ]);
  assert.equal(r.text.text, `${ARTICLE}\n${CLOSING}`);
  assert.equal(r.removed[0]?.reason, "related");
});

test("a running header repeated at the start of paragraphs is cut from each", () => {
  const r = clean([
    "River Deal; The first paragraph of the story is here.",
    "",
    "River Deal; The second paragraph follows it.",
  ]);
  assert.equal(r.text.text, "The first paragraph of the story is here.\n\nThe second paragraph follows it.");
  assert.deepEqual(
    r.removed.map((x) => x.reason),
    ["repeated-header", "repeated-header"],
  );
});

test("a caption glued to the end of a headline is cut, the headline kept", () => {
  const r = clean(["Talks resume after two years; Photo: File", ARTICLE]);
  assert.equal(r.text.text, `Talks resume after two years\n${ARTICLE}`);
  assert.equal(r.removed[0]?.reason, "caption");
  assert.equal(r.removed[0]?.inputStart, "Talks resume after two years".length);
});

test("a date line at the top is read as the publication date and removed", () => {
  const r = clean([" date 2024-04-26 ", "", ARTICLE]);
  assert.equal(r.dateline, "2024-04-26");
  assert.equal(r.text.text, ARTICLE);
  assert.equal(r.removed[0]?.reason, "dateline");
});

test("a first line repeating the document title goes only when a title is given", () => {
  const lines = ["Ministers agree on river treaty", ARTICLE];
  assert.equal(cleanText(MappedText.identity(lines.join("\n")), { rules }).removed.length, 0);
  const r = cleanText(MappedText.identity(lines.join("\n")), {
    rules,
    title: "Ministers agree on river treaty | Kessel Post",
  });
  assert.equal(r.text.text, ARTICLE);
  assert.equal(r.removed[0]?.reason, "title-heading");
});

const CODE_LINES: [string, string | null][] = [
  ["var js, fjs = d.getElementsByTagName(s)[0];", "script"],
  ["js.src = “//connect.facebook.net/en_US/sdk.js”;", "script"],
  ["if (d.getElementById(id)) {return;}", "script"],
  ["}(document, ‘script’, ‘social-sdk’));", "script"],
  ["@media (max-width: 600px) {", "css"],
  ["font-size: 12px;", "css"],
  ['"headline": "Talks resume",', "json"],
  ["</div>", "markup"],
  ["He said the deal (signed on Monday) was fair.", null],
  ["Note: this is it;", null],
  ["VIP : 60,000₩ / R : 50,000₩", null],
  ["http://amzn.to/2iJFhRj", null],
  ["<The Palace: Tale of a Queen>", null],
  ["The score was 3 = 2 after extra time, officials said.", null],
];

for (const [line, kind] of CODE_LINES) {
  test(`codeKind ${JSON.stringify(line)} → ${kind}`, () => assert.equal(codeKind(line), kind));
}
