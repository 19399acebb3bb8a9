import type { Text } from "../text";

/** The columns Procsheet itself maintains (docs/specification.md §2), in the order they are added. */
export const SYSTEM_KEYS = [
  "id",
  "step",
  "status",
  "owner",
  "due",
  "stepStarted",
  "created",
  "closed",
] as const;
export type SystemKey = (typeof SYSTEM_KEYS)[number];

export type SystemColumnType = "id" | "step" | "status" | "person" | "date" | "datetime";

export interface SystemColumn {
  readonly key: SystemKey;
  readonly header: Text;
  readonly type: SystemColumnType;
}

export const SYSTEM_COLUMNS: readonly SystemColumn[] = [
  { key: "id", header: { en: "ID", "zh-CN": "编号" }, type: "id" },
  { key: "step", header: { en: "Step", "zh-CN": "步骤" }, type: "step" },
  { key: "status", header: { en: "Status", "zh-CN": "状态" }, type: "status" },
  { key: "owner", header: { en: "Owner", "zh-CN": "负责人" }, type: "person" },
  { key: "due", header: { en: "Due", "zh-CN": "截止日期" }, type: "date" },
  { key: "stepStarted", header: { en: "Step started", "zh-CN": "步骤开始" }, type: "datetime" },
  { key: "created", header: { en: "Created", "zh-CN": "创建时间" }, type: "datetime" },
  { key: "closed", header: { en: "Closed", "zh-CN": "完成时间" }, type: "datetime" },
];

const SYSTEM_KEY_SET: ReadonlySet<string> = new Set(SYSTEM_KEYS);

export function isSystemKey(key: string): key is SystemKey {
  return SYSTEM_KEY_SET.has(key);
}
