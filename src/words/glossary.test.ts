import { ALL_SECTIONS } from "./all-sections";
import { GLOSSARY } from "./glossary";
import { LANGS } from "./lang";

// A text as a reader sees it: argument names (`{clause}`) are not words.
const wordsOf = (text: string): string => text.replace(/\{\w+\}/g, "");

describe("the glossary", () => {
  it("has at least 25 terms, each in both languages", () => {
    const terms = Object.values(GLOSSARY);
    expect(terms.length).toBeGreaterThanOrEqual(25);
    for (const t of terms) expect(t.en.trim() !== "" && t["zh-CN"].trim() !== "").toBe(true);
  });

  it("is followed by every text of the catalogue: no avoided word, in either language", () => {
    const found: string[] = [];
    for (const section of Object.values(ALL_SECTIONS))
      for (const [key, entry] of Object.entries(section))
        for (const lang of LANGS)
          for (const [name, term] of Object.entries(GLOSSARY)) {
            if (term.allowIn?.some((a) => (a.endsWith(".") ? key.startsWith(a) : key === a))) continue;
            for (const avoided of term.avoid[lang] ?? []) {
              const text = wordsOf(entry[lang]);
              const hit = typeof avoided === "string" ? text.includes(avoided) : avoided.test(text);
              if (hit)
                found.push(`${key} (${lang}) says “${String(avoided)}” instead of ${name} “${term[lang]}”`);
            }
          }
    expect(found).toEqual([]);
  });
});
