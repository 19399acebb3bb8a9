import { IntlMessageFormat } from "intl-messageformat";
import { ALL_SECTIONS } from "./all-sections";
import { LANGS, type Lang } from "./lang";
import { argNamesLikeTheType } from "./params";
import { dayOf, say } from "./say";

interface Node {
  readonly type: number;
  readonly value?: unknown;
  readonly options?: Readonly<Record<string, { readonly value: readonly Node[] }>>;
}

/** The argument names ICU's own parser finds (the library's AST), sub-messages included. */
function argNames(text: string, lang: Lang): string[] {
  const names = new Set<string>();
  const visit = (nodes: readonly Node[]): void => {
    for (const n of nodes) {
      // 0 literal, 7 pound (#), 8 tag: no argument; every other element names one in `value`.
      if (n.type !== 0 && n.type !== 7 && n.type !== 8 && typeof n.value === "string") names.add(n.value);
      for (const option of Object.values(n.options ?? {})) visit(option.value);
    }
  };
  visit(new IntlMessageFormat(text, lang, undefined, { ignoreTag: true }).getAst() as unknown as Node[]);
  return [...names].sort();
}

const entries = Object.entries(ALL_SECTIONS).flatMap(([section, words]) =>
  Object.entries(words).map(([key, entry]) => ({ section, key, entry })),
);

describe("the catalogue of words", () => {
  it("has no key twice across its sections", () => {
    const keys = entries.map((e) => e.key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it("has every entry in English and Chinese, none empty", () => {
    const empty = entries.filter((e) => LANGS.some((lang) => (e.entry[lang] ?? "").trim() === ""));
    expect(empty.map((e) => e.key)).toEqual([]);
  });

  it("parses every text as ICU MessageFormat", () => {
    const broken: string[] = [];
    for (const e of entries)
      for (const lang of LANGS) {
        try {
          argNames(e.entry[lang], lang);
        } catch (err) {
          broken.push(`${e.key} (${lang}): ${String(err)}`);
        }
      }
    expect(broken).toEqual([]);
  });

  it("uses the same argument names in English and Chinese", () => {
    const differ = entries
      .map((e) => ({ key: e.key, en: argNames(e.entry.en, "en"), zh: argNames(e.entry["zh-CN"], "zh-CN") }))
      .filter((d) => d.en.join() !== d.zh.join());
    expect(differ).toEqual([]);
  });

  it("reads argument names at compile time as the parser does (say's typed parameters)", () => {
    const differ = entries
      .map((e) => ({ key: e.key, parser: argNames(e.entry.en, "en"), type: argNamesLikeTheType(e.entry.en) }))
      .filter((d) => d.parser.join() !== d.type.join());
    expect(differ).toEqual([]);
  });

  it("really translates: Chinese texts equal to the English are the rare exceptions", () => {
    const same = entries
      .filter(
        (e) => /[A-Za-z]{3}/.test(e.entry.en.replace(/\{[^}]*\}/g, "")) && e.entry.en === e.entry["zh-CN"],
      )
      .map((e) => e.key);
    expect(same).toEqual(["sheet.validation.title", "workbench.api"]);
  });
});

describe("saying a key", () => {
  it("chooses the plural the reader's language needs", () => {
    expect(say("pane.rowErrors", { n: 1 }, "en")).toBe("1 row kept as it was because of an error:");
    expect(say("pane.rowErrors", { n: 2 }, "en")).toBe("2 rows kept as they were because of an error:");
    expect(say("pane.rowErrors", { n: 1 }, "zh-CN")).toBe("1 行因出错保持原样：");
    expect(say("pane.viewApplied", { rows: 1 }, "en")).toBe("1 row shown.");
    expect(say("pane.undoRestored", { cells: 5, cases: 1 }, "en")).toBe("Put back 5 cells in 1 case.");
  });

  it("formats numbers inside a message for the reader's locale", () => {
    expect(say("pane.viewApplied", { rows: 12345.5 }, "en")).toBe("12,345.5 rows shown.");
    expect(say("pane.viewApplied", { rows: 12345.5 }, "zh-CN")).toBe("显示 12,345.5 行。");
  });

  it("formats a calendar day for the reader, whatever the time zone", () => {
    const day = dayOf("2026-03-02") as Date;
    expect(say("pane.dueOn", { date: day }, "en")).toBe("Due Mar 2, 2026");
    expect(say("pane.dueOn", { date: day }, "zh-CN")).toBe("截止 2026年3月2日");
  });
});

describe("say's parameters", () => {
  it("are checked at compile time (this block only has to type-check)", () => {
    const unused = (): string[] => [
      // @ts-expect-error a misspelt parameter name
      say("pane.rowErrors", { m: 1 }, "en"),
      // @ts-expect-error a missing parameter
      say("pane.undoRestored", { cells: 1 }, "en"),
      // @ts-expect-error a key the catalogue does not have
      say("pane.noSuchKey", {}, "en"),
      say("pane.undoRestored", { cells: 1, cases: 2 }, "en"),
    ];
    expect(typeof unused).toBe("function");
  });
});
