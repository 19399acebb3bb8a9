import type { CellChange } from "../../workbook/register/cell-changes";
import { groupChanges } from "./change-groups";

function change(row: number, id: string, key: string): CellChange {
  return {
    row,
    column: 0,
    id,
    key,
    header: key,
    before: "",
    output: { kind: "text", value: "x" },
    write: { row, column: 0, value: "x" },
    after: "x",
    beforeText: "",
    afterText: "x",
  };
}

it("groups a sync's changes by row, in sheet order", () => {
  const groups = groupChanges([
    change(3, "PR-0004", "owner"),
    change(1, "PR-0002", "step"),
    change(3, "PR-0004", "due"),
  ]);
  expect(groups.map((g) => [g.id, g.changes.map((c) => c.key)])).toEqual([
    ["PR-0002", ["step"]],
    ["PR-0004", ["owner", "due"]],
  ]);
});
