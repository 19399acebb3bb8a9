import { parseArgs } from "node:util";
import type { Lang } from "../words/lang";
import { formatDateTime, parseLocal } from "../core/time/local-time";
import type { Context } from "./context";
import { badInput } from "./failure";
import { messagesFor } from "./messages";

export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
}
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export type OptionValue = string | boolean | (string | boolean)[] | undefined;

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, OptionValue>>;
}

/** Options every command takes. */
const COMMON: OptionSpecs = {
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
};

/** `en`, `zh-CN` (any case), or plain `zh`; anything else is refused rather than guessed. */
export function parseLang(text: string): Lang | undefined {
  const t = text.trim().toLowerCase();
  if (t === "en" || t.startsWith("en-") || t.startsWith("en_")) return "en";
  if (t === "zh" || t === "zh-cn" || t === "zh_cn" || t === "zh-hans") return "zh-CN";
  return undefined;
}

/** The language from the environment: `LC_ALL`, then `LC_MESSAGES`, then `LANG`; zh… → zh-CN, else en. */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "") ?? "";
  return value.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

/**
 * The language for this run, read before the real argument parsing so that even an unknown option is
 * reported in the language asked for. A bad `--lang` value is reported in the environment's language.
 */
export function detectLang(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): { lang: Lang; explicit: boolean } {
  const fallback = langFromEnv(env);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--") break;
    const value = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (value === undefined) continue;
    const lang = parseLang(value);
    if (!lang) throw badInput(messagesFor(fallback).badLang(value));
    return { lang, explicit: true };
  }
  return { lang: fallback, explicit: false };
}

function optionName(message: string): string {
  return /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? message;
}

/** util.parseArgs with the common options; its errors become one clear line (exit 2). */
export function parseCommandArgs(
  ctx: Context,
  command: string,
  argv: readonly string[],
  specs: OptionSpecs,
): ParsedArgs {
  try {
    const r = parseArgs({
      args: [...argv],
      options: { ...COMMON, ...specs },
      allowPositionals: true,
      strict: true,
    });
    return { positionals: r.positionals, values: r.values };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const message = e instanceof Error ? e.message : String(e);
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
      throw badInput(ctx.m.unknownOption(command, optionName(message)));
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
      throw badInput(ctx.m.optionValue(command, optionName(message)));
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS"))
      throw badInput(ctx.m.badArguments(command, message));
    throw e;
  }
}

/** A string option's value (the last one when given twice). */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  const last = Array.isArray(v) ? v[v.length - 1] : v;
  return typeof last === "string" ? last : undefined;
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/** Exactly `count` positionals (or at least `count` when `more`), else the command's usage as the fix. */
export function expectPositionals(
  ctx: Context,
  command: string,
  args: ParsedArgs,
  count: number,
  more = false,
): readonly string[] {
  if (args.positionals.length < count) throw badInput(ctx.m.missingArguments(command));
  if (!more && args.positionals.length > count)
    throw badInput(ctx.m.extraArguments(command, args.positionals.slice(count).join(" ")));
  return args.positionals;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The machine's wall-clock time now, `YYYY-MM-DDTHH:mm:ss` (the CLI is where the clock is read). */
export function localNow(date: Date = new Date()): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

/** `--now`: `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm[:ss]`, local time; default the machine's clock. */
export function resolveNow(ctx: Context, text: string | undefined): string {
  if (text === undefined) return localNow();
  const t = parseLocal(text.trim());
  if (t === undefined) throw badInput(ctx.m.badNow(text));
  return formatDateTime(t);
}
