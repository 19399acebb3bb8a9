import { DefaultButton, Stack, Text, TextField } from "@fluentui/react";
import { useRef, useState } from "react";
import { loadProcess } from "../../core/definition/load";
import type { ProcessDefinition } from "../../core/definition/types";
import type { ProcsheetError } from "../../core/result";
import { resolveText } from "../../core/text";
import { ProblemList } from "../components/error-bar";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";
import { CreateForm } from "../start/create-form";
import { freeId, isProcessId } from "./template-file";

async function readText(file: File): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("unreadable file"));
    reader.readAsText(file);
  });
}

/** Import a template file: checked by the real loader, every problem listed as `path: message`. */
export function ImportPanel() {
  const { lang, t, f } = useStrings();
  const { processes } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<string | undefined>();
  const [problems, setProblems] = useState<readonly ProcsheetError[]>([]);
  const [def, setDef] = useState<ProcessDefinition | undefined>();
  const [id, setId] = useState("");
  const [created, setCreated] = useState<string | undefined>();
  const taken = processes.map((p) => p.id);

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(chosen.name);
    setCreated(undefined);
    const loaded = loadProcess(await readText(chosen));
    setProblems(loaded.ok ? [] : loaded.error);
    setDef(loaded.ok ? loaded.value.definition : undefined);
    if (loaded.ok) setId(freeId(loaded.value.definition.id, taken));
  };

  const idError = !isProcessId(id) ? t.idInvalid : taken.includes(id) ? t.idTaken : undefined;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label={t.importTemplate}
        style={{ display: "none" }}
        onChange={(e) => {
          void choose(e.target.files?.[0]);
          e.target.value = ""; // the same file can be chosen again after fixing it
        }}
      />
      <DefaultButton
        text={t.importTemplate}
        iconProps={{ iconName: "OpenFile" }}
        onClick={() => input.current?.click()}
        styles={{ root: { alignSelf: "flex-start" } }}
      />
      {file && problems.length > 0 && (
        <ProblemList problems={problems} title={f("importProblems", { file, n: problems.length })} />
      )}
      {created && <Text role="status">{f("registerReady", { process: created })}</Text>}
      {def && !created && (
        <Stack tokens={{ childrenGap: 8 }}>
          <Text>{f("importReady", { name: resolveText(def.name, lang), steps: def.steps.length })}</Text>
          <TextField
            label={t.newProcessId}
            value={id}
            onChange={(_e, v) => setId(v ?? "")}
            {...(idError ? { errorMessage: idError } : {})}
          />
          {!idError && (
            <CreateForm
              load={async () => ({ ok: true, value: { ...def, id } })}
              onCreated={(b) => setCreated(resolveText(b.definition.name, lang) || b.id)}
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}
