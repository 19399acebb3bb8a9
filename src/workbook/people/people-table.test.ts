import { loadFixture } from "../../../test/fixtures/load-fixture";
import { describeError } from "../../core/error";
import { encodePeople, missingPeople, parsePeople, peopleFromRoles, peopleHeaders } from "./people-table";

describe("the People table (docs/specification.md §8.2)", () => {
  it.each(["en", "zh-CN"] as const)("writes people headed in %s and reads them back exactly", (lang) => {
    const people = [
      {
        name: "Ann",
        email: "ann@example.com",
        manager: "Mia",
        awayUntil: "2026-03-20",
        lang: "zh-CN" as const,
      },
      { name: "=Bo", teamsId: "bo@contoso.com", wecomId: "bo", dingtalkId: "1234" },
    ];
    const rows = encodePeople(people).map((r) =>
      r.map((c) => (typeof c.value === "string" && c.value.startsWith("'") ? c.value.slice(1) : c.value)),
    );
    expect(parsePeople("People", peopleHeaders(lang), rows)).toEqual({ ok: true, value: people });
  });

  it("names the sheet, the column and the row of every problem, and skips blank rows", () => {
    const r = parsePeople(
      "人员",
      ["姓名", "休假至", "语言"],
      [
        ["Ann", "next week", null],
        [null, null, null],
        ["ann", null, null],
        [null, "2026-03-01", null],
        ["Cy", 46100, "fr"],
      ],
    );
    if (r.ok) throw new Error("expected problems");
    expect(r.error.map((e) => describeError(e, "en"))).toEqual([
      'Row 1 of the sheet "人员": "next week" in the column "休假至" is not a date. Write a date such as 2026-03-20, or leave it empty.',
      'Row 3 of the sheet "人员" names ann again (column "姓名"). Keep one row per person.',
      'Row 4 of the sheet "人员" has no name in the column "姓名". Give the person a name or clear the row.',
      'Row 5 of the sheet "人员": "fr" in the column "语言" is not a language Procsheet writes. Write en or zh-CN, or leave it empty.',
    ]);
  });

  it("starts from the roles' members and flags names in roles that People lacks", () => {
    const process = loadFixture("remind");
    expect(peopleFromRoles(process).map((p) => p.name)).toEqual(["Ann", "Bo", "Cy", "Fay", "Gus"]);
    expect(missingPeople(process, [{ name: "ann" }, { name: "Bo" }, { name: "Fay" }])).toEqual(["Cy", "Gus"]);
  });
});
