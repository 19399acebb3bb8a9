import { procsheetError } from "../../core/error";
import type { ProcessDefinition } from "../../core/definition/types";
import type { ProcsheetError, Result } from "../../core/result";
import type { Text } from "../../core/text";

/** The built-in templates (docs/product.md §3), in the gallery's order. */
export const TEMPLATE_IDS = [
  "procurement",
  "sales",
  "customer-service",
  "employee-offboarding",
  "client-onboarding",
  "content-marketing",
  "management-planning",
  "delivery-management",
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface StepSummary {
  readonly id: string;
  readonly name: Text;
  /** Where this step can lead: its `next` targets, or the following step / "end" when it has none. */
  readonly next: readonly string[];
}

/** What a gallery card shows. */
export interface TemplateSummary {
  readonly id: string;
  readonly name: Text;
  readonly description?: Text;
  readonly steps: readonly StepSummary[];
}

/** The flow of a definition, for drawing it small. */
export function summarize(def: ProcessDefinition): TemplateSummary {
  const steps = def.steps.map((s, i): StepSummary => {
    const following = def.steps[i + 1]?.id ?? "end";
    const next = s.next ? [...new Set(s.next.map((c) => c.goto))] : [following];
    return { id: s.id, name: s.name, next };
  });
  return {
    id: def.id,
    name: def.name,
    ...(def.description !== undefined ? { description: def.description } : {}),
    steps,
  };
}

function looksLikeDefinition(v: unknown): v is ProcessDefinition {
  if (typeof v !== "object" || v === null) return false;
  const d = v as { id?: unknown; steps?: unknown; name?: unknown };
  return typeof d.id === "string" && Array.isArray(d.steps) && d.name !== undefined;
}

/**
 * A template's JSON, fetched on demand: webpack makes one chunk per templates/*.process.json, so none of
 * them is part of the pane's first download.
 */
async function importTemplate(id: string): Promise<unknown> {
  const mod: unknown = await import(
    /* webpackChunkName: "template-[request]" */ "../../../templates/" + id + ".process.json"
  );
  return typeof mod === "object" && mod !== null && "default" in mod
    ? (mod as { default: unknown }).default
    : mod;
}

function templateError(id: string, detail: string): ProcsheetError {
  return procsheetError(
    "FILE",
    "template.unloadable",
    { id, detail },
    { path: `templates/${id}.process.json` },
  );
}

/**
 * A built-in template, checked by the real loader (schema, rules) before the pane offers it.
 * @example const r = await loadTemplate("procurement"); if (r.ok) excel.createRegister(r.value, …)
 */
export async function loadTemplate(id: string): Promise<Result<ProcessDefinition, ProcsheetError>> {
  let json: unknown;
  try {
    json = await importTemplate(id);
  } catch (e) {
    return { ok: false, error: templateError(id, e instanceof Error ? e.message : String(e)) };
  }
  const { loadProcess } = await import(/* webpackChunkName: "core-load" */ "../../core/definition/load");
  const loaded = loadProcess(json);
  if (!loaded.ok) return { ok: false, error: loaded.error[0] ?? templateError(id, "invalid") };
  return { ok: true, value: loaded.value.definition };
}

/**
 * Summaries of every template that ships in this build, for the gallery. A template file that is missing
 * or unreadable is left out rather than breaking the gallery.
 */
export async function loadTemplateSummaries(
  ids: readonly string[] = TEMPLATE_IDS,
): Promise<TemplateSummary[]> {
  const loaded = await Promise.all(
    ids.map(async (id) => {
      try {
        const json = await importTemplate(id);
        return looksLikeDefinition(json) ? summarize(json) : undefined;
      } catch {
        return undefined;
      }
    }),
  );
  return loaded.filter((s): s is TemplateSummary => s !== undefined);
}
