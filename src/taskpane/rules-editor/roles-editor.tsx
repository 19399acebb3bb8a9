import {
  ActionButton,
  ChoiceGroup,
  DefaultButton,
  IconButton,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  Stack,
  Text,
  TextField,
} from "@fluentui/react";
import { useEffect, useState } from "react";
import type { AssignPolicy, RoleDef } from "../../core/definition/types";
import { resolveText } from "../../core/text";
import { useStrings } from "../i18n/use-strings";
import { useDraft } from "../session/draft-context";
import { addRole, parseMembers, removeRole, setMembers, setPolicy } from "./role-edits";
import { notInPeople, useWorkbookPeople, type WorkbookPeople } from "../components/use-workbook-people";
import { matchKey } from "../../core/text";
import { namesList } from "../components/names-list";
import { ErrorBar } from "../components/error-bar";

/** How many of People's names a role offers to add (the rest are typed). */
const OFFERED = 12;

function MembersField({
  label,
  members,
  onChange,
}: {
  readonly label: string;
  readonly members: readonly string[];
  readonly onChange: (m: string[]) => void;
}) {
  const { t } = useStrings();
  const [text, setText] = useState(members.join("\n"));
  // Follow outside changes (Discard) without disturbing what is being typed.
  useEffect(() => {
    setText((current) =>
      parseMembers(current).join("\n") === members.join("\n") ? current : members.join("\n"),
    );
  }, [members]);
  return (
    <TextField
      label={label}
      description={t.membersHelp}
      multiline
      autoAdjustHeight
      value={text}
      onChange={(_e, v) => {
        setText(v ?? "");
        onChange(parseMembers(v ?? ""));
      }}
    />
  );
}

function RoleEditor({
  name,
  role,
  people,
}: {
  readonly name: string;
  readonly role: RoleDef;
  readonly people: WorkbookPeople;
}) {
  const { lang, t, f, say } = useStrings();
  const missing = notInPeople(role.members, people);
  const members = new Set(role.members.map(matchKey));
  const offered = people.people.filter((p) => !members.has(matchKey(p.name))).slice(0, OFFERED);
  const { edit } = useDraft();
  const title = role.name ? `${resolveText(role.name, lang)} (${name})` : name;
  return (
    <Stack tokens={{ childrenGap: 4 }} styles={{ root: { paddingBottom: 8 } }}>
      <Stack horizontal verticalAlign="center" horizontalAlign="space-between">
        <Text styles={{ root: { fontWeight: 600 } }}>{title}</Text>
        <IconButton
          iconProps={{ iconName: "Delete" }}
          ariaLabel={f("deleteRole", { role: name })}
          onClick={() => edit((d) => removeRole(d, name))}
        />
      </Stack>
      <MembersField
        label={f("membersOf", { role: name })}
        members={role.members}
        onChange={(m) => edit((d) => setMembers(d, name, m))}
      />
      {missing.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning}>
          {say("people.missing", { n: missing.length, names: namesList(missing, lang) })}
        </MessageBar>
      )}
      {offered.length > 0 && (
        <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 4 }}>
          <Text variant="small">{t.fromPeople}</Text>
          {offered.map((p) => (
            <ActionButton
              key={p.name}
              text={p.name}
              iconProps={{ iconName: "AddFriend" }}
              ariaLabel={f("addMember", { name: p.name, role: name })}
              styles={{ root: { height: 24 } }}
              onClick={() => edit((d) => setMembers(d, name, [...role.members, p.name]))}
            />
          ))}
        </Stack>
      )}
      <ChoiceGroup
        label={t.assignPolicy}
        selectedKey={role.assign ?? "least-busy"}
        options={[
          { key: "least-busy", text: t.policyLeastBusy },
          { key: "first", text: t.policyFirst },
        ]}
        onChange={(_e, o) => o && edit((d) => setPolicy(d, name, o.key as AssignPolicy))}
      />
    </Stack>
  );
}

/** Roles a rule can assign instead of a person: their members and how one member is picked. */
export function RolesEditor() {
  const { t } = useStrings();
  const { draft, edit } = useDraft();
  const people = useWorkbookPeople();
  const [name, setName] = useState("");
  const [adding, setAdding] = useState(false);
  const roles = Object.entries(draft?.roles ?? {});
  const taken = Boolean(draft?.roles?.[name.trim()]);
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text variant="small">{t.rolesHelp}</Text>
      {people.problems[0] && <ErrorBar error={people.problems[0]} />}
      {roles.map(([n, role]) => (
        <RoleEditor key={n} name={n} role={role} people={people} />
      ))}
      {adding ? (
        <Stack tokens={{ childrenGap: 4 }}>
          <TextField
            label={t.roleName}
            value={name}
            onChange={(_e, v) => setName(v ?? "")}
            {...(taken ? { errorMessage: t.roleExists } : {})}
          />
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton
              text={t.addRole}
              disabled={!name.trim() || taken}
              onClick={() => {
                edit((d) => addRole(d, name.trim(), []));
                setName("");
                setAdding(false);
              }}
            />
            <DefaultButton text={t.cancel} onClick={() => setAdding(false)} />
          </Stack>
        </Stack>
      ) : (
        <DefaultButton
          text={t.addRole}
          iconProps={{ iconName: "Add" }}
          onClick={() => setAdding(true)}
          styles={{ root: { alignSelf: "flex-start" } }}
        />
      )}
    </Stack>
  );
}
