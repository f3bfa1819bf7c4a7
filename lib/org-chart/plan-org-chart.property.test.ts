import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { OrgChartRole, OrgChartRow } from "@/lib/validation/people-import";
import { planOrgChart, type OrgChartPlan, type OrgChartState } from "./plan-org-chart";

// The database write, in memory: what lib/server/people-import/import-people.ts does with a plan.
function applyPlan(state: OrgChartState, plan: OrgChartPlan): OrgChartState {
  const people = state.people.map((person) => ({ ...person }));
  const teams = state.teams.map((team) => ({ ...team }));
  const regions = state.regions.map((region) => ({ ...region }));
  for (const region of plan.regions) if (region.action === "create") regions.push({ id: `r-${region.name}`, name: region.name });
  for (const person of plan.people)
    if (person.action === "create") people.push({ id: `u-${person.email}`, email: person.email, name: person.name, role: person.role, active: true, teamId: null, reportsToId: null });
  const idOf = (email: string | null) => (email ? (people.find((person) => person.email === email)?.id ?? null) : null);
  const regionIdOf = (name: string | null) => (name ? (regions.find((region) => region.name === name)?.id ?? null) : null);
  for (const team of plan.teams) {
    if (team.action === "create") teams.push({ id: `t-${team.name}`, name: team.name, managerId: idOf(team.manager), regionId: regionIdOf(team.region) });
    else {
      const stored = teams.find((candidate) => candidate.id === team.existingId);
      if (stored) Object.assign(stored, { managerId: idOf(team.manager), regionId: regionIdOf(team.region) });
    }
  }
  for (const person of plan.people) {
    const stored = people.find((candidate) => candidate.email === person.email);
    if (!stored) throw new Error(`lost ${person.email}`);
    Object.assign(stored, { name: person.name, role: person.role, teamId: person.team ? (teams.find((team) => team.name === person.team)?.id ?? null) : null, reportsToId: idOf(person.reportsTo) });
  }
  return { people, teams, regions, foreignEmails: state.foreignEmails };
}

function expectSettled(rows: OrgChartRow[], state: OrgChartState, plan: OrgChartPlan) {
  const after = applyPlan(state, plan);
  const again = planOrgChart(rows, after);
  expect(again.ok).toBe(true);
  if (!again.ok) return;
  expect(again.plan.people.filter((person) => person.action !== "unchanged")).toEqual([]);
  expect(again.plan.teams.filter((team) => team.action !== "unchanged")).toEqual([]);
  expect(again.plan.regions.filter((region) => region.action !== "unchanged")).toEqual([]);
  expect(again.plan.counts.people.unchanged).toBe(plan.people.length);
}

const LETTERS = ["a", "b", "c", "d", "e", "f", "g", "h"];
const EMAILS = LETTERS.map((letter) => `${letter}@acme.test`);
const NAMES = ["Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hal"];
const TEAMS = ["East", "west", "North Star", "EAST"];
const REGIONS = ["Pacific", "atlantic", "Gulf"];
const ROLES: OrgChartRole[] = ["REP", "MANAGER", "VP", "ADMIN"];

const stateArbitrary: fc.Arbitrary<OrgChartState> = fc
  .record({
    people: fc.uniqueArray(fc.record({ letter: fc.constantFrom(...LETTERS), role: fc.constantFrom(...ROLES), nameIndex: fc.nat(7), teamIndex: fc.option(fc.nat(2)) }), { selector: (person) => person.letter, maxLength: 6 }),
    teams: fc.array(fc.record({ managerLetter: fc.option(fc.constantFrom(...LETTERS)), regionIndex: fc.option(fc.nat(2)) }), { maxLength: 3 }),
  })
  .map(({ people, teams }) => {
    const regions = [{ id: "r0", name: "Pacific" }, { id: "r1", name: "Atlantic" }, { id: "r2", name: "Gulf" }];
    const storedTeams = teams.map((team, index) => {
      const manager = people.find((person) => person.letter === team.managerLetter && person.role === "MANAGER");
      return { id: `t${index}`, name: ["East", "West", "North Star"][index] ?? `T${index}`, managerId: manager ? `u-${manager.letter}` : null, regionId: team.regionIndex === null ? null : (regions[team.regionIndex]?.id ?? null) };
    });
    return {
      people: people.map((person) => ({
        id: `u-${person.letter}`,
        email: `${person.letter}@acme.test`,
        name: NAMES[person.nameIndex] ?? "X",
        role: person.role,
        active: true,
        teamId: person.role === "REP" && person.teamIndex !== null ? (storedTeams[person.teamIndex]?.id ?? null) : null,
        reportsToId: null,
      })),
      teams: storedTeams,
      regions,
      foreignEmails: new Set<string>(),
    };
  });

const rowsArbitrary: fc.Arbitrary<OrgChartRow[]> = fc
  .array(
    fc.record({
      letter: fc.constantFrom(...LETTERS),
      nameIndex: fc.nat(7),
      role: fc.option(fc.constantFrom(...ROLES)),
      manager: fc.option(fc.oneof(fc.constantFrom(...EMAILS), fc.constantFrom(...NAMES))),
      team: fc.option(fc.constantFrom(...TEAMS)),
      region: fc.option(fc.constantFrom(...REGIONS)),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((list) => list.map((entry, index) => ({ row: index + 2, name: NAMES[entry.nameIndex] ?? "X", email: `${entry.letter}@acme.test`, role: entry.role, manager: entry.manager, team: entry.team, region: entry.region })));

// A coherent org chart: VPs, managers each leading their own team (in a region), reps under them,
// some reps naming their team and some only their manager.
const validChartArbitrary: fc.Arbitrary<OrgChartRow[]> = fc
  .record({
    managers: fc.array(fc.record({ region: fc.option(fc.constantFrom(...REGIONS)), reps: fc.array(fc.boolean(), { maxLength: 4 }) }), { minLength: 1, maxLength: 4 }),
    withVp: fc.boolean(),
  })
  .map(({ managers, withVp }) => {
    const rows: OrgChartRow[] = [];
    const add = (row: Omit<OrgChartRow, "row">) => rows.push({ ...row, row: rows.length + 2 });
    if (withVp) add({ name: "Vic Vp", email: "vic@acme.test", role: "VP", manager: null, team: null, region: null });
    managers.forEach((manager, managerIndex) => {
      const email = `manager${managerIndex}@acme.test`;
      const team = `Team ${managerIndex}`;
      add({ name: `Manager ${managerIndex}`, email, role: "MANAGER", manager: withVp ? "Vic Vp" : null, team, region: manager.region });
      manager.reps.forEach((namesTeam, repIndex) => add({ name: `Rep ${managerIndex}-${repIndex}`, email: `rep${managerIndex}-${repIndex}@acme.test`, role: null, manager: `Manager ${managerIndex}`, team: namesTeam ? team.toUpperCase() : null, region: null }));
    });
    return rows;
  });

describe("planOrgChart properties", () => {
  it("is idempotent: after the plan is applied, the same file changes nothing", () => {
    fc.assert(
      fc.property(stateArbitrary, rowsArbitrary, (state, rows) => {
        const result = planOrgChart(rows, state);
        if (!result.ok) return;
        expectSettled(rows, state, result.plan);
      }),
      { numRuns: 500 },
    );
  });

  it("a coherent org chart always plans, into an empty organization or on top of itself", () => {
    fc.assert(
      fc.property(validChartArbitrary, (rows) => {
        const empty: OrgChartState = { people: [], teams: [], regions: [], foreignEmails: new Set() };
        const result = planOrgChart(rows, empty);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.plan.counts.people.created).toBe(rows.length);
        expect(result.plan.people.filter((person) => person.role === "REP").every((person) => person.team !== null)).toBe(true);
        expectSettled(rows, empty, result.plan);
      }),
      { numRuns: 200 },
    );
  });

  it("every error names a row of the file (or the header) and a reason", () => {
    fc.assert(
      fc.property(stateArbitrary, rowsArbitrary, (state, rows) => {
        const result = planOrgChart(rows, state);
        if (result.ok) return;
        const lines = new Set(rows.map((row) => row.row));
        for (const error of result.errors) {
          expect(lines.has(error.row)).toBe(true);
          expect(error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
