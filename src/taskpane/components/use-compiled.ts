import { useMemo } from "react";
import { loadProcess } from "../../core/definition/load";
import type { ProcessDefinition } from "../../core/definition/types";
import type { CompiledProcess } from "../../core/process";
import type { ProcsheetError, Result } from "../../core/result";

/**
 * A definition compiled by the real loader (schema, semantic checks, every JSONata rule), recomputed only
 * when the definition object changes. Only lazy views import this, so jsonata and ajv stay out of the
 * pane's first download.
 */
export function useCompiled(
  definition: ProcessDefinition | undefined,
): Result<CompiledProcess, ProcsheetError[]> | undefined {
  return useMemo(() => (definition ? loadProcess(definition) : undefined), [definition]);
}
