import type { ErrorWords } from "../words/catalogue";
import "../words/errors-definition";
import "../words/errors-excel";
import "../words/errors-rules";
import "../words/errors-workbook";
import type { Lang } from "../words/lang";
import type { ArgNames } from "../words/params";
import { sayKnown } from "../words/say";
import type { ErrorCode, ProcsheetError } from "./result";

/** The catalogue's keys for errors (src/words/errors-*.ts). */
export type ErrorKey = keyof ErrorWords & string;

/** An error's parameters: exactly the arguments its English template names, text or numbers. */
export type ErrorParams<K extends ErrorKey> = [ArgNames<ErrorWords[K]["en"]>] extends [never]
  ? Readonly<Record<string, never>>
  : { readonly [P in ArgNames<ErrorWords[K]["en"]>]: string | number };

/** Where an error happened, as far as it is known. */
export interface ErrorPlace {
  readonly path?: string | undefined;
  readonly position?: number | undefined;
  readonly rowId?: string | undefined;
  readonly column?: string | undefined;
}

/**
 * The one way to make a ProcsheetError: its English `message` is the catalogue's, so no English is written
 * twice. `zh` holds parameters that are themselves words (a step's name, the rule language's message) as a
 * Chinese reader sees them; they travel in `params` as `<name>Zh`.
 * @example procsheetError("DATA", "data.duplicateId", { id: "PR-7" }, { rowId: "PR-7", column: "id" })
 */
export function procsheetError<K extends ErrorKey>(
  code: ErrorCode,
  key: K,
  params: ErrorParams<K>,
  place: ErrorPlace = {},
  zh: Partial<Readonly<Record<keyof ErrorParams<K> & string, string>>> = {},
): ProcsheetError {
  const all: Record<string, string | number> = { ...params };
  for (const [name, value] of Object.entries(zh)) if (typeof value === "string") all[`${name}Zh`] = value;
  const message = wordsFor(key, all, place.rowId, "en") ?? key;
  return { code, message, ...definedPlace(place), key, params: all };
}

// exactOptionalPropertyTypes: a place given as `{ rowId: undefined }` must not put the key on the error.
function definedPlace(place: ErrorPlace): Pick<ProcsheetError, "path" | "position" | "rowId" | "column"> {
  return {
    ...(place.path !== undefined ? { path: place.path } : {}),
    ...(place.position !== undefined ? { position: place.position } : {}),
    ...(place.rowId !== undefined ? { rowId: place.rowId } : {}),
    ...(place.column !== undefined ? { column: place.column } : {}),
  };
}

/**
 * The error in the reader's language, the case ID in front where there is one; an error without a key
 * the catalogue knows keeps the English it carries.
 * @example describeError(err, "zh-CN")
 */
export function describeError(error: ProcsheetError, lang: Lang): string {
  return (error.key && wordsFor(error.key, error.params ?? {}, error.rowId, lang)) || error.message;
}

function wordsFor(
  key: string,
  params: Readonly<Record<string, string | number>>,
  rowId: string | undefined,
  lang: Lang,
): string | undefined {
  const text = sayKnown(key, paramsIn(params, lang), lang);
  if (text === undefined || !rowId) return text;
  return `${rowId}${lang === "zh-CN" ? "：" : ": "}${text}`;
}

function paramsIn(
  params: Readonly<Record<string, string | number>>,
  lang: Lang,
): Readonly<Record<string, string | number>> {
  if (lang !== "zh-CN") return params;
  const out: Record<string, string | number> = { ...params };
  for (const [name, value] of Object.entries(params)) if (name.endsWith("Zh")) out[name.slice(0, -2)] = value;
  return out;
}
