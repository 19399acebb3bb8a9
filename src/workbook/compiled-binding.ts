import { formatProblem, loadProcess } from "../core/definition/load";
import type { CompiledProcess } from "../core/process";
import { fail, ok, type ProcsheetError, type Result } from "../core/result";
import type { ProcessBinding } from "./binding";

const cache = new Map<string, CompiledProcess>();

/** A binding's process, compiled once per version (rules are compiled once, then reused by every sync). */
export function compiledBinding(binding: ProcessBinding): Result<CompiledProcess, ProcsheetError[]> {
  const key = `${binding.id}@${binding.version}`;
  const hit = cache.get(key);
  if (hit && hit.definition === binding.definition) return ok(hit);
  const r = loadProcess(binding.definition);
  if (!r.ok) return fail(r.error.map((e) => ({ ...e, message: formatProblem(e) })));
  cache.set(key, r.value);
  return ok(r.value);
}
