import { describe, expect, it } from "vitest";
import type { OrgChartRow } from "@/lib/validation/people-import";
import { planOrgChart, type OrgChartState } from "./plan-org-chart";

let nextRow = 2;
function row(values: Partial<OrgChartRow> & { name: string; email: string }): OrgChartRow {
  return { role: null, manager: null, team: null, region: null, row: nextRow++, ...values };
}
function rows(...list: (Partial<OrgChartRow> & { name: string; email: string })[]): OrgChartRow[] {
  nextRow = 2;
  return list.map(row);
}

const EMPTY: OrgChartState = { people: [], teams: [], regions: [], foreignEmails: new Set() };

// Today: VP Vera; manager Max leads "East" (region North) with rep Rae; rep Ron has no team.
const CURRENT: OrgChartState = {
  people: [
    { id: "u-vera", email: "vera@acme.test", name: "Vera", role: "VP", active: true, teamId: null, reportsToId: null },
    { id: "u-max", email: "max@acme.test", name: "Max", role: "MANAGER", active: true, teamId: null, reportsToId: "u-vera" },
    { id: "u-rae", email: "rae@acme.test", name: "Rae", role: "REP", active: true, teamId: "t-east", reportsToId: null },
    { id: "u-ron", email: "ron@acme.test", name: "Ron", role: "REP", active: true, teamId: null, reportsToId: null },
    { id: "u-old", email: "old@acme.test", name: "Old Timer", role: "REP", active: false, teamId: null, reportsToId: null },
  ],
  teams: [{ id: "t-east", name: "East", managerId: "u-max", regionId: "r-north" }],
  regions: [{ id: "r-north", name: "North" }],
  foreignEmails: new Set(),
};

describe("planOrgChart", () => {
  it("creates people, their teams with the named manager, and the teams' regions", () => {
    const result = planOrgChart(
      rows(
        { name: "Vic", email: "vic@new.test", role: "VP" },
        { name: "Mia", email: "mia@new.test", role: "MANAGER", manager: "vic@new.test", team: "West", region: "Pacific" },
        { name: "Rob", email: "rob@new.test", manager: "Mia", team: "west" },
        { name: "Rita", email: "rita@new.test", manager: "mia@new.test" },
      ),
      EMPTY,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { plan } = result;
    expect(plan.people.map((person) => [person.email, person.action, person.role, person.team, person.reportsTo])).toEqual([
      ["vic@new.test", "create", "VP", null, null],
      ["mia@new.test", "create", "MANAGER", null, "vic@new.test"],
      ["rob@new.test", "create", "REP", "West", null],
      // No team cell: the team her manager leads.
      ["rita@new.test", "create", "REP", "West", null],
    ]);
    expect(plan.teams).toEqual([{ name: "West", existingId: null, manager: "mia@new.test", region: "Pacific", action: "create", changes: [] }]);
    expect(plan.regions).toEqual([{ name: "Pacific", existingId: null, action: "create" }]);
    expect(plan.counts).toEqual({ people: { created: 4, updated: 0, moved: 0, unchanged: 0 }, teams: { created: 1, updated: 0 }, regions: { created: 0 + 1 } });
  });

  it("tells apart who is updated, moved and left alone, matching teams and regions whatever their case", () => {
    const result = planOrgChart(
      rows(
        { name: "Max", email: "MAX@acme.test", team: "east", region: "north" },
        { name: "Rae Smith", email: "rae@acme.test", manager: "max@acme.test" },
        { name: "Ron", email: "ron@acme.test", team: "EAST" },
        { name: "Vera", email: "vera@acme.test" },
      ),
      CURRENT,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.people.map((person) => [person.email, person.action, person.moved, person.changes])).toEqual([
      ["max@acme.test", "unchanged", false, []],
      ["rae@acme.test", "update", false, ["name: Rae → Rae Smith"]],
      ["ron@acme.test", "update", true, ["team: none → East"]],
      ["vera@acme.test", "unchanged", false, []],
    ]);
    expect(result.plan.teams).toEqual([{ name: "East", existingId: "t-east", manager: "max@acme.test", region: "North", action: "unchanged", changes: [] }]);
    expect(result.plan.regions).toEqual([{ name: "North", existingId: "r-north", action: "unchanged" }]);
    expect(result.plan.counts.people).toEqual({ created: 0, updated: 2, moved: 1, unchanged: 2 });
  });

  it("keeps an existing person's role when the role cell is empty, and defaults a new one to REP", () => {
    const result = planOrgChart(rows({ name: "Max", email: "max@acme.test" }, { name: "Nia", email: "nia@acme.test" }), CURRENT);
    expect(result.ok && result.plan.people.map((person) => person.role)).toEqual(["MANAGER", "REP"]);
  });

  it("moves a rep promoted to manager off their team, and gives the team they now lead its new manager", () => {
    const result = planOrgChart(rows({ name: "Rae", email: "rae@acme.test", role: "MANAGER", team: "East", manager: "Vera" }, { name: "Max", email: "max@acme.test", team: "Central" }), CURRENT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.people[0]).toMatchObject({ action: "update", moved: true, team: null, reportsTo: "vera@acme.test", changes: ["role: REP → MANAGER", "team: East → none", "reports to: nobody → vera@acme.test"] });
    expect(result.plan.teams).toEqual([
      { name: "East", existingId: "t-east", manager: "rae@acme.test", region: "North", action: "update", changes: ["manager: max@acme.test → rae@acme.test"] },
      { name: "Central", existingId: null, manager: "max@acme.test", region: null, action: "create", changes: [] },
    ]);
  });

  it("names every bad row: unknown manager, a manager who isn't a MANAGER, duplicate email, deactivated or foreign people", () => {
    const result = planOrgChart(
      rows(
        { name: "A", email: "a@acme.test", manager: "Nobody Known" },
        { name: "B", email: "b@acme.test", manager: "vera@acme.test" },
        { name: "C", email: "c@acme.test", manager: "ghost@acme.test" },
        { name: "A again", email: "a@acme.test" },
        { name: "Old", email: "old@acme.test" },
        { name: "Foreign", email: "someone@other.test" },
        { name: "M", email: "m@acme.test", role: "MANAGER", manager: "max@acme.test", team: "North" },
        { name: "Selfie", email: "selfie@acme.test", role: "MANAGER", manager: "selfie@acme.test" },
      ),
      { ...CURRENT, foreignEmails: new Set(["someone@other.test"]) },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { row: 5, column: "email", message: "duplicate email: a@acme.test is also on row 2" },
      { row: 6, column: "email", message: "old@acme.test is deactivated; reactivate them under Settings → Users first, or remove the row" },
      { row: 7, column: "email", message: "someone@other.test belongs to a user of another organization" },
      { row: 2, column: "manager", message: "unknown manager: no one named Nobody Known in the file or the organization" },
      { row: 3, column: "manager", message: "Vera (vera@acme.test) is a VP, not a MANAGER: a rep's manager must have the MANAGER role" },
      { row: 4, column: "manager", message: "unknown manager: no one with the email ghost@acme.test in the file or the organization" },
      { row: 8, column: "manager", message: "Max (max@acme.test) is a MANAGER, not a VP: a manager reports to someone with the VP role" },
      { row: 9, column: "manager", message: "a person cannot be their own manager" },
    ]);
  });

  it("uses the file's own header names in errors", () => {
    const result = planOrgChart(rows({ name: "A", email: "a@acme.test", manager: "Nobody" }), CURRENT, { columns: { manager: "Reports To" } });
    expect(result.ok === false && result.errors[0]?.column).toBe("Reports To");
  });

  it("refuses a team with two managers, a team in two regions, an ambiguous manager name and a manager who leads no team", () => {
    const result = planOrgChart(
      rows(
        { name: "Kim Lee", email: "kim1@acme.test", role: "MANAGER", team: "South", region: "Gulf" },
        { name: "Kim Lée", email: "kim2@acme.test", role: "MANAGER" },
        { name: "R1", email: "r1@acme.test", manager: "max@acme.test", team: "South" },
        { name: "R2", email: "r2@acme.test", team: "South", region: "Atlantic" },
        { name: "R3", email: "r3@acme.test", manager: "kim lee" },
        { name: "R4", email: "r4@acme.test", manager: "kim2@acme.test" },
      ),
      CURRENT,
    );
    expect(result.ok === false && result.errors).toEqual([
      { row: 6, column: "manager", message: "the manager name kim lee fits several people (Kim Lee (kim1@acme.test, row 2), Kim Lée (kim2@acme.test, row 3)); give their email instead" },
      { row: 4, column: "manager", message: "team South is led by kim1@acme.test on row 2; a team has one manager" },
      { row: 7, column: "team", message: "kim2@acme.test leads no team yet; give this row a team" },
      { row: 5, column: "region", message: "team South is in region Gulf on row 2; a team belongs to one region" },
    ]);
  });

  it("refuses to demote a manager who still leads a team, and an importer changing their own role", () => {
    const demoted = planOrgChart(rows({ name: "Max", email: "max@acme.test", role: "REP" }), CURRENT);
    expect(demoted.ok === false && demoted.errors).toEqual([
      { row: 2, column: "role", message: "max@acme.test leads East, so must stay a MANAGER; give the team another manager in the file, or keep the role" },
    ]);
    const handedOver = planOrgChart(rows({ name: "Max", email: "max@acme.test", role: "REP", team: "East" }, { name: "Mo", email: "mo@acme.test", role: "MANAGER", team: "East" }), CURRENT);
    expect(handedOver.ok).toBe(true);
    const self = planOrgChart(rows({ name: "Vera", email: "vera@acme.test", role: "ADMIN" }), CURRENT, { actingUserId: "u-vera" });
    expect(self.ok === false && self.errors[0]?.message).toBe("you cannot change your own role with an import");
  });

  it("ignores the team and manager cells of VPs and admins", () => {
    const result = planOrgChart(rows({ name: "Vera", email: "vera@acme.test", manager: "The CEO", team: "Executive", region: "HQ" }), CURRENT);
    expect(result.ok && result.plan).toMatchObject({ teams: [], regions: [], counts: { people: { unchanged: 1 } } });
  });
});
