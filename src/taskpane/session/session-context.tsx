import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useState } from "react";
import type { ReactNode } from "react";
import type { ProcessDefinition } from "../../core/definition/types";
import type { ProcsheetError, Result } from "../../core/result";
import type { WorkbookInfo } from "../../excel/api-types";
import type { ProcessBinding } from "../../workbook/binding";
import { unexpectedError } from "../components/errors";
import { useAutomation, useClock, useExcel } from "../excel-context";
import { useStrings } from "../i18n/use-strings";
import { draftsReducer, NO_DRAFTS } from "./drafts";
import { loadMe, storeMe } from "./me-store";

export interface Session {
  readonly status: "loading" | "ready" | "error";
  readonly error?: ProcsheetError;
  readonly info?: WorkbookInfo;
  readonly processes: readonly ProcessBinding[];
  /** The process the pane works on. */
  readonly binding?: ProcessBinding;
  /** The definition being edited (the saved one when nothing is unsaved). */
  readonly draft?: ProcessDefinition;
  readonly dirty: boolean;
  readonly select: (processId: string) => void;
  readonly reload: () => Promise<void>;
  /** A process created, adopted or saved: added or replaced, and selected. */
  readonly put: (binding: ProcessBinding) => void;
  readonly edit: (update: (draft: ProcessDefinition) => ProcessDefinition) => void;
  readonly discard: () => void;
  readonly save: () => Promise<Result<ProcessBinding, ProcsheetError>>;
  /** Who is using the pane (for My work and History's "by"); "" until chosen. */
  readonly me: string;
  readonly setMe: (me: string) => void;
}

const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession() needs a <SessionProvider> above it");
  return s;
}

function replace(list: readonly ProcessBinding[], b: ProcessBinding): ProcessBinding[] {
  return list.some((p) => p.id === b.id) ? list.map((p) => (p.id === b.id ? b : p)) : [...list, b];
}

/** What the workbook holds, which process is open, its unsaved draft, and "me". */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const excel = useExcel();
  const clock = useClock();
  const { followOffice } = useStrings();
  const [status, setStatus] = useState<Session["status"]>("loading");
  const [error, setError] = useState<ProcsheetError | undefined>();
  const [info, setInfo] = useState<WorkbookInfo | undefined>();
  const [processes, setProcesses] = useState<readonly ProcessBinding[]>([]);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [drafts, dispatch] = useReducer(draftsReducer, NO_DRAFTS);
  const [me, setMeState] = useState("");

  const reload = useCallback(async () => {
    setStatus("loading");
    try {
      const r = await excel.inspectWorkbook();
      if (!r.ok) {
        setError(r.error);
        setStatus("error");
        return;
      }
      // Every workbook call waits for Office.js, so its display language is surely known by now.
      followOffice(excel.displayLanguage());
      setInfo(r.value);
      setProcesses(r.value.processes);
      setSelectedId((current) =>
        current && r.value.processes.some((p) => p.id === current)
          ? current
          : (r.value.activeProcessId ?? r.value.processes[0]?.id),
      );
      setError(undefined);
      setStatus("ready");
    } catch (e) {
      setError(unexpectedError(e));
      setStatus("error");
    }
  }, [excel, followOffice]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const binding = processes.find((p) => p.id === selectedId);
  const bindingId = binding?.id;
  // Automatic routing follows the workbook's processes: one made, adopted, saved or switched on or off.
  const automation = useAutomation();
  const routed = processes.map((p) => `${p.id}@${p.version}:${p.automatic === true}`).join(",");
  useEffect(() => {
    if (status === "ready") void automation?.refresh();
  }, [automation, routed, status]);
  useEffect(() => setMeState(bindingId ? loadMe(bindingId) : ""), [bindingId]);

  const put = useCallback((b: ProcessBinding) => {
    setProcesses((list) => replace(list, b));
    setSelectedId(b.id);
  }, []);

  const edit = useCallback(
    (update: (draft: ProcessDefinition) => ProcessDefinition) => {
      if (binding) dispatch({ type: "edit", processId: binding.id, base: binding.definition, update });
    },
    [binding],
  );
  const discard = useCallback(() => {
    if (binding) dispatch({ type: "discard", processId: binding.id });
  }, [binding]);

  const draft = binding ? (drafts.drafts[binding.id] ?? binding.definition) : undefined;
  const dirty = binding ? binding.id in drafts.drafts : false;

  const save = useCallback(async (): Promise<Result<ProcessBinding, ProcsheetError>> => {
    if (!binding || !draft) return { ok: false, error: unexpectedError("no process is open") };
    try {
      const r = await excel.saveDefinition(binding, draft, clock());
      if (r.ok) {
        put(r.value);
        dispatch({ type: "discard", processId: binding.id });
      }
      return r;
    } catch (e) {
      return { ok: false, error: unexpectedError(e) };
    }
  }, [binding, draft, excel, clock, put]);

  const setMe = useCallback(
    (next: string) => {
      if (binding) storeMe(binding.id, next);
      setMeState(next);
    },
    [binding],
  );

  const value = useMemo<Session>(
    () => ({
      status,
      ...(error ? { error } : {}),
      ...(info ? { info } : {}),
      processes,
      ...(binding ? { binding } : {}),
      ...(draft ? { draft } : {}),
      dirty,
      select: setSelectedId,
      reload,
      put,
      edit,
      discard,
      save,
      me,
      setMe,
    }),
    [status, error, info, processes, binding, draft, dirty, reload, put, edit, discard, save, me, setMe],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
