import { useEffect, useState } from "react";
import type { Person } from "../../core/people/person";
import type { ProcsheetError } from "../../core/result";
import { matchKey } from "../../core/text";
import { useExcel } from "../excel-context";

export interface WorkbookPeople {
  /** People's rows; empty until read, or where the workbook has no People table. */
  readonly people: readonly Person[];
  /** Whether the workbook has a People table that could be read. */
  readonly known: boolean;
  readonly problems: readonly ProcsheetError[];
}

/** The workbook's People (docs/specification.md §8.2), read once per `refreshKey`. */
export function useWorkbookPeople(refreshKey: unknown = 0): WorkbookPeople {
  const excel = useExcel();
  const [state, setState] = useState<WorkbookPeople>({ people: [], known: false, problems: [] });
  useEffect(() => {
    let live = true;
    void excel
      .readPeople()
      .then((r) => {
        if (!live || !r.ok) return;
        setState({
          people: r.value.people ?? [],
          known: r.value.people !== undefined,
          problems: r.value.problems ?? [],
        });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [excel, refreshKey]);
  return state;
}

/** Names for a picker: the definition's first, then People's others, each once (as people see names). */
export function withPeopleNames(names: readonly string[], people: readonly Person[]): string[] {
  const seen = new Set(names.map(matchKey));
  const out = [...names];
  for (const p of people)
    if (!seen.has(matchKey(p.name))) {
      seen.add(matchKey(p.name));
      out.push(p.name);
    }
  return out;
}

/** Members not in People, each once, in the order given (only where the workbook has People). */
export function notInPeople(members: readonly string[], people: WorkbookPeople): string[] {
  if (!people.known) return [];
  const known = new Set(people.people.map((p) => matchKey(p.name)));
  return [...new Set(members)].filter((m) => !known.has(matchKey(m)));
}
