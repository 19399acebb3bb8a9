import type { Lang } from "../../words/lang";
import { procsheetError } from "../../core/error";
import type { Person } from "../../core/people/person";
import type { CompiledProcess } from "../../core/process";
import type { CellInput } from "../../core/register/cell-value";
import type { ProcsheetError, Result } from "../../core/result";
import { cleanText, matchKey } from "../../core/text";
import { formatDate, fromExcelSerial, parseLocal, toExcelSerial } from "../../core/time/local-time";
import { DATE_FORMAT, safeText, type ExcelCell } from "../excel-cell";

/**
 * The People table (docs/specification.md §8.2): one row per person — who they are, how to reach them, who
 * their manager is, until when they are away — on its own sheet, "People" / "人员", one for the workbook.
 */
export const PEOPLE_KEYS = [
  "name",
  "email",
  "manager",
  "awayUntil",
  "teamsId",
  "wecomId",
  "dingtalkId",
  "lang",
] as const;
export type PeopleKey = (typeof PEOPLE_KEYS)[number];

export const PEOPLE_HEADERS: Readonly<Record<PeopleKey, Readonly<Record<Lang, string>>>> = {
  name: { en: "Name", "zh-CN": "姓名" },
  email: { en: "Email", "zh-CN": "邮箱" },
  manager: { en: "Manager", "zh-CN": "上级" },
  awayUntil: { en: "Away until", "zh-CN": "休假至" },
  teamsId: { en: "Teams ID", "zh-CN": "Teams 账号" },
  wecomId: { en: "WeCom ID", "zh-CN": "企业微信账号" },
  dingtalkId: { en: "DingTalk ID", "zh-CN": "钉钉账号" },
  lang: { en: "Language", "zh-CN": "语言" },
};

export const PEOPLE_SHEET: Readonly<Record<Lang, string>> = { en: "People", "zh-CN": "人员" };
/** The People table's name: one per workbook, whatever processes it holds. */
export const PEOPLE_TABLE = "PS_People";

const BY_HEADER: ReadonlyMap<string, PeopleKey> = new Map(
  PEOPLE_KEYS.flatMap((k): [string, PeopleKey][] => [
    [matchKey(k), k],
    [matchKey(PEOPLE_HEADERS[k].en), k],
    [matchKey(PEOPLE_HEADERS[k]["zh-CN"]), k],
  ]),
);

const LANGS: ReadonlyMap<string, Lang> = new Map([
  ["en", "en"],
  ["english", "en"],
  ["英文", "en"],
  ["英语", "en"],
  ["zh-cn", "zh-CN"],
  ["zh", "zh-CN"],
  ["中文", "zh-CN"],
  ["简体中文", "zh-CN"],
  ["chinese", "zh-CN"],
]);

export function peopleHeaders(lang: Lang): string[] {
  return PEOPLE_KEYS.map((k) => PEOPLE_HEADERS[k][lang]);
}

/** A sheet named like People in either language. */
export function isPeopleSheetName(name: string): boolean {
  const k = matchKey(name);
  return k === matchKey(PEOPLE_SHEET.en) || k === matchKey(PEOPLE_SHEET["zh-CN"]);
}

function cellText(v: CellInput): string {
  return v === null || v === undefined ? "" : cleanText(String(v));
}

/**
 * People from a table's header and rows (as Excel's values or file text give them). Every problem names the
 * sheet, the column and the row (1-based, counted from the header as people count them); blank rows are
 * skipped. A People table without a Name column is one problem.
 * @example parsePeople("People", ["Name", "Manager"], [["Ann", "Mia"]]) // ok: [{ name: "Ann", manager: "Mia" }]
 */
export function parsePeople(
  sheet: string,
  headers: readonly CellInput[],
  rows: readonly (readonly CellInput[])[],
): Result<Person[], ProcsheetError[]> {
  const at = new Map<PeopleKey, number>();
  headers.forEach((h, i) => {
    const key = BY_HEADER.get(matchKey(cellText(h)));
    if (key && !at.has(key)) at.set(key, i);
  });
  const header = (k: PeopleKey): string => cellText(headers[at.get(k) ?? -1]) || PEOPLE_HEADERS[k].en;
  if (!at.has("name"))
    return { ok: false, error: [procsheetError("SHEET_SHAPE", "people.noNameColumn", { sheet })] };
  const people: Person[] = [];
  const errors: ProcsheetError[] = [];
  const seen = new Set<string>();
  rows.forEach((cells, i) => {
    if (cells.every((c) => cellText(c) === "")) return;
    const row = i + 1;
    const get = (k: PeopleKey): CellInput => {
      const j = at.get(k);
      return j === undefined ? undefined : cells[j];
    };
    const text = (k: PeopleKey): string => cellText(get(k));
    const problem = (
      key: "people.noName" | "people.duplicate" | "people.badDate" | "people.badLanguage",
      k: PeopleKey,
      extra: Record<string, string>,
    ): void => {
      errors.push(
        procsheetError(
          "DATA",
          key,
          { sheet, row, column: header(k), name: "", value: "", ...extra },
          { column: header(k) },
        ),
      );
    };
    const name = text("name");
    if (name === "") return problem("people.noName", "name", {});
    if (seen.has(matchKey(name))) return problem("people.duplicate", "name", { name });
    seen.add(matchKey(name));
    const away = get("awayUntil");
    let awayUntil: string | undefined;
    if (cellText(away) !== "") {
      const t =
        typeof away === "number" ? fromExcelSerial(away) : parseLocal(cellText(away).replace(/\//g, "-"));
      if (t === undefined) return problem("people.badDate", "awayUntil", { value: cellText(away) });
      awayUntil = formatDate(t);
    }
    let lang: Lang | undefined;
    if (text("lang") !== "") {
      lang = LANGS.get(matchKey(text("lang")));
      if (!lang) return problem("people.badLanguage", "lang", { value: text("lang") });
    }
    const optional = (k: "email" | "manager" | "teamsId" | "wecomId" | "dingtalkId"): Partial<Person> =>
      text(k) === "" ? {} : { [k]: text(k) };
    people.push({
      name,
      ...optional("email"),
      ...optional("manager"),
      ...(awayUntil !== undefined ? { awayUntil } : {}),
      ...optional("teamsId"),
      ...optional("wecomId"),
      ...optional("dingtalkId"),
      ...(lang !== undefined ? { lang } : {}),
    });
  });
  return errors.length > 0 ? { ok: false, error: errors } : { ok: true, value: people };
}

/** People's rows as Excel receives them, in PEOPLE_KEYS order: texts guarded, Away until a date. */
export function encodePeople(people: readonly Person[]): ExcelCell[][] {
  return people.map((p) =>
    PEOPLE_KEYS.map((k): ExcelCell => {
      if (k === "awayUntil") {
        const t = p.awayUntil === undefined ? undefined : parseLocal(p.awayUntil);
        return t === undefined ? { value: "" } : { value: toExcelSerial(t), numberFormat: DATE_FORMAT };
      }
      const v = p[k];
      return { value: v === undefined ? "" : safeText(v) };
    }),
  );
}

/** Everyone the process's roles name, once each, in the order the roles list them: a new People table. */
export function peopleFromRoles(process: CompiledProcess): Person[] {
  const seen = new Set<string>();
  const out: Person[] = [];
  for (const role of process.roles.values())
    for (const m of role.members)
      if (!seen.has(matchKey(m))) {
        seen.add(matchKey(m));
        out.push({ name: m });
      }
  return out;
}

/** Names in the process's roles that People lacks, in role order: reminders cannot reach them. */
export function missingPeople(process: CompiledProcess, people: readonly Person[]): string[] {
  const known = new Set(people.map((p) => matchKey(p.name)));
  return peopleFromRoles(process)
    .map((p) => p.name)
    .filter((n) => !known.has(matchKey(n)));
}
