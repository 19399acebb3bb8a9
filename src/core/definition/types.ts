import type { CalendarSpec } from "../calendar";
import type { Text } from "../text";

/** The process definition file (docs/specification.md §1, templates/process.schema.json). */
export interface ProcessDefinition {
  readonly $schema?: string;
  readonly schemaVersion: 1;
  readonly id: string;
  readonly version?: number;
  readonly name: Text;
  readonly description?: Text;
  readonly idPrefix?: string;
  readonly goal?: Goal;
  readonly calendar?: CalendarSpec;
  readonly fields?: readonly FieldDef[];
  readonly roles?: Readonly<Record<string, RoleDef>>;
  readonly steps: readonly StepDef[];
  /** Who is told when work lands on them and what is late (docs/specification.md §8); steps may override. */
  readonly reminders?: Reminders;
  readonly tests?: readonly RuleTest[];
  readonly sample?: readonly RuleRow[];
  /** The day the sample rows were written to be seen on (`YYYY-MM-DD`); a new register shifts them from it. */
  readonly sampleAsOf?: string;
}

export interface Goal {
  readonly statement: Text;
  readonly targetCycleDays?: number;
  readonly targetOnTimeRate?: number;
}

export type FieldType = "text" | "number" | "date" | "datetime" | "choice" | "person" | "boolean";
export type NumberFormatKind = "money" | "integer" | "decimal" | "percent";

export type Choice = string | { readonly value: string; readonly label?: Text };

export interface FieldDef {
  readonly key: string;
  readonly header: Text;
  readonly type: FieldType;
  readonly format?: NumberFormatKind;
  readonly choices?: readonly Choice[];
  readonly required?: boolean;
  /** The least and greatest value of a number field: outside them a row is the row's DATA error, and the
   * New case form says so beside the field. */
  readonly min?: number;
  readonly max?: number;
  /** What the field is for: the help text beside it in the New case form and the field editor. */
  readonly description?: Text;
  /** What the New case form starts with. */
  readonly default?: string | number | boolean;
  /** A long text: several lines in the New case form. */
  readonly multiline?: boolean;
}

export type AssignPolicy = "first" | "least-busy";

export interface RoleDef {
  readonly members: readonly string[];
  readonly assign?: AssignPolicy;
  readonly name?: Text;
}

export type OwnerClause =
  | { readonly when?: string; readonly assign: string }
  | { readonly when?: string; readonly assignExpr: string };

export type OwnerRule = string | readonly OwnerClause[];

export interface NextClause {
  readonly when?: string;
  readonly goto: string;
}

export interface StepDef {
  readonly id: string;
  readonly name: Text;
  readonly description?: Text;
  readonly owner: OwnerRule;
  readonly slaDays?: number;
  readonly next?: readonly NextClause[];
  /** This step's reminders: each key given replaces the process's (docs/specification.md §8.1). */
  readonly reminders?: Reminders;
}

/** One escalation level: `afterDays` working days past due, to the owner's manager, a role or a person. */
export interface Escalation {
  readonly afterDays: number;
  /** `"manager"` (the owner's manager in People), a role (its key or name) or a person. */
  readonly to: string;
  /** The target also becomes the owner. */
  readonly reassign?: boolean;
}

/** When to remind whom (docs/specification.md §8.1). */
export interface Reminders {
  /** Tell the owner when a case lands on them. */
  readonly onAssign?: boolean;
  /** Tell the owner this many working days before the due date (0: on the due date). */
  readonly dueSoonDays?: number;
  /** Escalation levels, in ascending `afterDays`. */
  readonly escalate?: readonly Escalation[];
}

export interface RuleTest {
  readonly name: string;
  readonly step: string;
  readonly row: RuleRow;
  readonly now?: string;
  readonly expect: { readonly owner?: string; readonly next?: string; readonly error?: string };
}

/** A scalar as rules see it: text, number, boolean; dates are ISO text. */
export type RuleValue = string | number | boolean | null;

/** A row in the rules' view (docs/specification.md §2): field and system keys, empty cells absent. */
export type RuleRow = Readonly<Record<string, RuleValue>>;

export const END = "end";
