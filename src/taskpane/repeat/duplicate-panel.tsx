import { resolveText } from "../../core/text";
import { Stack, Text, TextField } from "@fluentui/react";
import { useState } from "react";
import type { ProcessBinding } from "../../workbook/binding";
import { useStrings } from "../i18n/use-strings";
import { useSession } from "../session/session-context";
import { CreateForm } from "../start/create-form";
import { duplicateDefinition, freeId, isProcessId } from "./template-file";

/** Duplicate the process under a new id, into a new empty register. */
export function DuplicatePanel({ binding }: { readonly binding: ProcessBinding }) {
  const { lang, t, f } = useStrings();
  const { processes } = useSession();
  const taken = processes.map((p) => p.id);
  const [id, setId] = useState(() => freeId(`${binding.id}-copy`, taken));
  const [created, setCreated] = useState<string | undefined>();
  const idError = !isProcessId(id) ? t.idInvalid : taken.includes(id) ? t.idTaken : undefined;
  if (created) return <Text role="status">{f("registerReady", { process: created })}</Text>;
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
          onCreated={(b) => setCreated(resolveText(b.definition.name, lang) || b.id)}
        />
      )}
    </Stack>
  );
}
