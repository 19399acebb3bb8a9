import { Stack, TextField } from "@fluentui/react";
import { useState } from "react";
import type { ProcessBinding } from "../../workbook/binding";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";
import { CreateForm } from "../start/create-form";
import { duplicateDefinition, freeId, isProcessId } from "./template-file";

/**
 * Duplicate the process under a new id, into a new empty register. The copy becomes the open process, so
 * this panel is remounted for it: `onCreated` lets the view above say where the copy is.
 */
export function DuplicatePanel({
  binding,
  onCreated,
}: {
  readonly binding: ProcessBinding;
  readonly onCreated: (copy: ProcessBinding) => void;
}) {
  const { t } = useStrings();
  const { processes } = useSession();
  const taken = processes.map((p) => p.id);
  const [id, setId] = useState(() => freeId(`${binding.id}-copy`, taken));
  const idError = !isProcessId(id) ? t.idInvalid : taken.includes(id) ? t.idTaken : undefined;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <TextField
        label={t.newProcessId}
        value={id}
        onChange={(_e, v) => setId(v ?? "")}
        {...(idError ? { errorMessage: idError } : {})}
      />
      {!idError && (
        <CreateForm
          offerSample={false}
          load={async () => ({ ok: true, value: duplicateDefinition(binding.definition, id) })}
          onCreated={onCreated}
        />
      )}
    </Stack>
  );
}
