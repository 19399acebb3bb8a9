// Runs the self-check in the Excel the pane is in: each check in a batch of its own on a scratch sheet of its
// own, which is deleted afterwards together with any setting or XML part the check added, whatever happened.
import { SELF_CHECKS } from "./all-checks";
import { settingName, xmlNamespace } from "./checks-storage";
import type { CheckStatus, SelfCheck } from "./self-check";

/** The ExcelApi versions the report asks isSetSupported about. */
export const EXCEL_API_VERSIONS = Array.from({ length: 17 }, (_v, i) => `1.${i + 1}`);
/** A check that takes longer than this is reported as not observed (its batch may still finish later). */
const CHECK_TIMEOUT_MS = 20_000;

export interface CheckResult {
  readonly id: string;
  readonly status: CheckStatus;
  /** What Excel did: codes, values, addresses, or why the check could not run. */
  readonly saw: string;
  readonly ms: number;
  readonly page: string;
  readonly mirrors: string;
  readonly choice?: number;
  readonly requires: string;
}

export interface SelfCheckReport {
  readonly kind: "procsheet-self-check";
  readonly version: 1;
  readonly startedAt: string;
  /** Office.context.diagnostics, plus the languages and the browser that runs the pane. */
  readonly host: {
    readonly host: string;
    readonly platform: string;
    readonly version: string;
    readonly displayLanguage: string;
    readonly contentLanguage: string;
    readonly userAgent: string;
  };
  /** The ExcelApi versions isSetSupported says yes to (1.1 … 1.17). */
  readonly excelApi: readonly string[];
  readonly sharedRuntime: boolean;
  readonly counts: Readonly<Record<CheckStatus, number>>;
  readonly results: readonly CheckResult[];
}

export interface SelfCheckOptions {
  /** Called before each check (done so far, total) and once at the end. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Tests only: another list (e.g. with a check that fails midway). */
  readonly checks?: readonly SelfCheck[];
}

const supported = (set: string, version: string): boolean =>
  Office.context.requirements.isSetSupported(set, version);

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function hostInfo(): SelfCheckReport["host"] {
  const d = Office.context.diagnostics;
  return {
    host: String(d?.host ?? "unknown"),
    platform: String(d?.platform ?? "unknown"),
    version: String(d?.version ?? "unknown"),
    displayLanguage: Office.context.displayLanguage ?? "",
    contentLanguage: Office.context.contentLanguage ?? "",
    userAgent: typeof navigator !== "undefined" ? navigator.userAgent : "",
  };
}

function errorCode(e: unknown): string {
  if (typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string")
    return (e as { code: string }).code;
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** `work`, or a TimedOut error after `ms` (the timer is cleared either way). */
async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error("TimedOut")), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Removes what a check may have left: its scratch sheet, its workbook setting, its XML parts. */
async function cleanUp(
  sheetName: string,
  tag: string,
  set: (v: string) => boolean,
): Promise<string | undefined> {
  try {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      await context.sync();
      if (!sheet.isNullObject) {
        if (set("1.2")) sheet.protection.unprotect();
        sheet.delete();
      }
      if (set("1.4")) {
        const setting = context.workbook.settings.getItemOrNullObject(settingName(tag));
        await context.sync();
        if (!setting.isNullObject) setting.delete();
      }
      if (set("1.5")) {
        const parts = context.workbook.customXmlParts.getByNamespace(xmlNamespace(tag)).load("items");
        await context.sync();
        for (const part of parts.items) part.delete();
      }
      await context.sync();
    });
    return undefined;
  } catch (e) {
    return errorCode(e);
  }
}

async function runOne(
  check: SelfCheck,
  index: number,
  stamp: string,
  platform: string,
): Promise<CheckResult> {
  const base = {
    id: check.id,
    page: check.page,
    mirrors: check.mirrors,
    ...(check.choice !== undefined ? { choice: check.choice } : {}),
    requires: `${check.requires.set} ${check.requires.version}`,
  };
  if (!supported(check.requires.set, check.requires.version))
    return { ...base, status: "unsupported", saw: `needs ${base.requires}`, ms: 0 };
  if (check.platforms && !check.platforms.includes(platform))
    return { ...base, status: "unsupported", saw: `only on ${check.platforms.join(", ")}`, ms: 0 };
  const tag = `${stamp}${index}`;
  const sheetName = `Self-check ${tag}`;
  const started = Date.now();
  let status: CheckStatus;
  let saw: string;
  try {
    const outcome = await within(
      CHECK_TIMEOUT_MS,
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add(sheetName);
        await context.sync();
        return check.run({ context, sheet, sheetName, tag, platform, wait: sleep });
      }),
    );
    status = outcome.observed === false ? "unobserved" : outcome.ok ? "pass" : "fail";
    saw = outcome.saw;
  } catch (e) {
    const code = errorCode(e);
    // A member this Excel lacks although the requirement set says otherwise: not a wrong assumption.
    status = code === "ApiNotFound" ? "unsupported" : code.endsWith("TimedOut") ? "unobserved" : "fail";
    saw = `threw ${code}`;
  }
  const leftover = await cleanUp(sheetName, tag, (v) => supported("ExcelApi", v));
  if (leftover) saw += `; clean-up threw ${leftover}`;
  return { ...base, status: leftover ? "fail" : status, saw, ms: Date.now() - started };
}

/**
 * Runs every self-check in this Excel and says how each came out, with the host and its requirement sets.
 * Nothing of the workbook changes: each check works on a scratch sheet that is deleted afterwards.
 */
export async function runSelfCheck(options: SelfCheckOptions = {}): Promise<SelfCheckReport> {
  const checks = options.checks ?? SELF_CHECKS;
  const host = hostInfo();
  const stamp = Date.now().toString(36);
  const results: CheckResult[] = [];
  const startedAt = new Date().toISOString();
  for (const [index, check] of checks.entries()) {
    options.onProgress?.(index, checks.length);
    results.push(await runOne(check, index, stamp, host.platform));
  }
  options.onProgress?.(checks.length, checks.length);
  const counts: Record<CheckStatus, number> = { pass: 0, fail: 0, unsupported: 0, unobserved: 0 };
  for (const r of results) counts[r.status]++;
  return {
    kind: "procsheet-self-check",
    version: 1,
    startedAt,
    host,
    excelApi: EXCEL_API_VERSIONS.filter((v) => supported("ExcelApi", v)),
    sharedRuntime: supported("SharedRuntime", "1.1"),
    counts,
    results,
  };
}
