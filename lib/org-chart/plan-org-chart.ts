// Org chart rows + the organization's current people, teams and regions → what an import would do,
// or every row that stops it. Pure: the caller loads the state and writes the plan in one transaction.
//
// Coachboard's shape: a REP is on a team, and the team's manager is their manager; a MANAGER leads
// teams and reports to a VP; VPs and ADMINs have neither (their team and manager cells are not read).
import type { ImportError } from "@/lib/import/types";
import { displayValue, ImportErrorList } from "@/lib/import/error-list";
import type { OrgChartRole, OrgChartRow } from "@/lib/validation/people-import";

export interface OrgChartState {
  /** Every user of the organization, deactivated ones included. */
  people: { id: string; email: string; name: string; role: OrgChartRole; active: boolean; teamId: string | null; reportsToId: string | null }[];
  teams: { id: string; name: string; managerId: string | null; regionId: string | null }[];
  regions: { id: string; name: string }[];
  /** Emails of the file that belong to users of other organizations. */
  foreignEmails: ReadonlySet<string>;
}

export interface PersonPlan {
  row: number;
  email: string;
  name: string;
  role: OrgChartRole;
  /** The team a rep ends up on (its name as stored); null for everyone else. */
  team: string | null;
  /** A manager's VP (email); kept as it is for everyone else. */
  reportsTo: string | null;
  action: "create" | "update" | "unchanged";
  /** An existing person who changes team or the person they report to. */
  moved: boolean;
  existingId: string | null;
  changes: string[];
}

export interface TeamPlan {
  name: string;
  existingId: string | null;
  manager: string | null;
  region: string | null;
  action: "create" | "update" | "unchanged";
  changes: string[];
}

export interface RegionPlan {
  name: string;
  existingId: string | null;
  action: "create" | "unchanged";
}

export interface OrgChartPlan {
  people: PersonPlan[];
  teams: TeamPlan[];
  regions: RegionPlan[];
  counts: {
    people: { created: number; updated: number; moved: number; unchanged: number };
    teams: { created: number; updated: number };
    regions: { created: number };
  };
}

export type OrgChartPlanResult = { ok: true; plan: OrgChartPlan } | { ok: false; errors: ImportError[] };

/** Team and region names match whatever their case and spacing. */
export function groupKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** People are found by name whatever their case, accents and spacing ("José  Díaz" = "jose diaz"). */
export function personNameKey(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").trim().replace(/\s+/g, " ").toLowerCase();
}

interface Entry {
  row: OrgChartRow;
  email: string;
  role: OrgChartRole;
  existing: OrgChartState["people"][number] | null;
  /** The resolved manager (REP: their MANAGER; MANAGER: their VP), by email. */
  managerEmail: string | null;
  /** REP: the key of the team they will be on (named, derived from their manager, or kept). */
  teamKey: string | null;
  failed: boolean;
}

interface TeamDraft {
  key: string;
  name: string;
  existing: OrgChartState["teams"][number] | null;
  managerClaim: { email: string; row: number } | null;
  regionClaim: { key: string; name: string; row: number } | null;
}

interface Candidate {
  email: string;
  name: string;
  role: OrgChartRole;
  id: string | null;
}

type PlannedColumn = "email" | "role" | "manager" | "team" | "region";

export function planOrgChart(
  rows: readonly OrgChartRow[],
  state: OrgChartState,
  options: { actingUserId?: string | null; columns?: Partial<Record<PlannedColumn, string>> } = {},
): OrgChartPlanResult {
  const list = new ImportErrorList();
  // Errors name the column as the file's header writes it.
  const errors = { add: (row: number, column: PlannedColumn | null, message: string) => list.add(row, column ? (options.columns?.[column] ?? column) : null, message), get count() { return list.count; } };
  const personByEmail = new Map(state.people.map((person) => [person.email.toLowerCase(), person]));
  const personById = new Map(state.people.map((person) => [person.id, person]));
  const teamById = new Map(state.teams.map((team) => [team.id, team]));
  const teamByKey = new Map(state.teams.map((team) => [groupKey(team.name), team]));
  const regionById = new Map(state.regions.map((region) => [region.id, region]));
  const regionByKey = new Map(state.regions.map((region) => [groupKey(region.name), region]));

  // 1. One row per email; who each person is and their role.
  const entries: Entry[] = [];
  const firstRowOf = new Map<string, number>();
  for (const row of rows) {
    const email = row.email.toLowerCase();
    const first = firstRowOf.get(email);
    if (first !== undefined) {
      errors.add(row.row, "email", `duplicate email: ${displayValue(email)} is also on row ${first}`);
      continue;
    }
    firstRowOf.set(email, row.row);
    const existing = personByEmail.get(email) ?? null;
    const entry: Entry = { row, email, role: row.role ?? existing?.role ?? "REP", existing, managerEmail: null, teamKey: null, failed: false };
    entries.push(entry);
    const fail = (column: PlannedColumn | null, message: string) => {
      errors.add(row.row, column, message);
      entry.failed = true;
    };
    if (!existing && state.foreignEmails.has(email)) fail("email", `${displayValue(email)} belongs to a user of another organization`);
    else if (existing && !existing.active) fail("email", `${displayValue(email)} is deactivated; reactivate them under Settings → Users first, or remove the row`);
    else if (existing && options.actingUserId && existing.id === options.actingUserId && entry.role !== existing.role) fail("role", "you cannot change your own role with an import");
  }

  // 2. Whom a manager cell names: someone in the file, or an active person of the organization.
  const candidatesByEmail = new Map<string, Candidate>();
  for (const entry of entries) candidatesByEmail.set(entry.email, { email: entry.email, name: entry.row.name, role: entry.role, id: entry.existing?.id ?? null });
  for (const person of state.people) {
    const email = person.email.toLowerCase();
    if (person.active && !candidatesByEmail.has(email)) candidatesByEmail.set(email, { email, name: person.name, role: person.role, id: person.id });
  }
  const candidatesByName = new Map<string, Candidate[]>();
  for (const candidate of candidatesByEmail.values()) {
    const key = personNameKey(candidate.name);
    const list = candidatesByName.get(key);
    if (list) list.push(candidate);
    else candidatesByName.set(key, [candidate]);
  }
  const fileRowOf = (email: string) => firstRowOf.get(email);
  const describe = (candidate: Candidate) => {
    const row = fileRowOf(candidate.email);
    return `${displayValue(candidate.name)} (${displayValue(candidate.email)}${row !== undefined ? `, row ${row}` : ""})`;
  };

  for (const entry of entries) {
    const text = entry.row.manager;
    if (!text || (entry.role !== "REP" && entry.role !== "MANAGER")) continue;
    let manager: Candidate | null = null;
    if (text.includes("@")) {
      manager = candidatesByEmail.get(text.trim().toLowerCase()) ?? null;
      if (!manager) {
        errors.add(entry.row.row, "manager", `unknown manager: no one with the email ${displayValue(text)} in the file or the organization`);
        entry.failed = true;
        continue;
      }
    } else {
      const found = candidatesByName.get(personNameKey(text)) ?? [];
      if (found.length === 0) {
        errors.add(entry.row.row, "manager", `unknown manager: no one named ${displayValue(text)} in the file or the organization`);
        entry.failed = true;
        continue;
      }
      if (found.length > 1) {
        errors.add(entry.row.row, "manager", `the manager name ${displayValue(text)} fits several people (${found.map(describe).join(", ")}); give their email instead`);
        entry.failed = true;
        continue;
      }
      manager = found[0] ?? null;
    }
    if (!manager) continue;
    if (manager.email === entry.email) {
      errors.add(entry.row.row, "manager", "a person cannot be their own manager");
      entry.failed = true;
      continue;
    }
    const needed = entry.role === "REP" ? "MANAGER" : "VP";
    if (manager.role !== needed) {
      const why = entry.role === "REP" ? "a rep's manager must have the MANAGER role" : "a manager reports to someone with the VP role";
      errors.add(entry.row.row, "manager", `${describe(manager)} is ${manager.role === "ADMIN" ? "an" : "a"} ${manager.role}, not a ${needed}: ${why}`);
      entry.failed = true;
      continue;
    }
    entry.managerEmail = manager.email;
  }

  // 3. Teams named in the file, and who leads each (from managers' rows and from their reps' rows).
  const drafts = new Map<string, TeamDraft>();
  const draftOf = (name: string): TeamDraft => {
    const key = groupKey(name);
    let draft = drafts.get(key);
    if (!draft) {
      const existing = teamByKey.get(key) ?? null;
      draft = { key, name: existing?.name ?? name.trim().replace(/\s+/g, " "), existing, managerClaim: null, regionClaim: null };
      drafts.set(key, draft);
    }
    return draft;
  };
  const claimManager = (entry: Entry, draft: TeamDraft, email: string) => {
    const claim = draft.managerClaim;
    if (!claim) {
      draft.managerClaim = { email, row: entry.row.row };
      return;
    }
    if (claim.email === email) return;
    const column = entry.role === "MANAGER" ? "team" : "manager";
    errors.add(entry.row.row, column, `team ${displayValue(draft.name)} is led by ${displayValue(claim.email)} on row ${claim.row}; a team has one manager`);
    entry.failed = true;
  };
  for (const entry of entries) {
    if (entry.failed || !entry.row.team) continue;
    if (entry.role === "MANAGER") claimManager(entry, draftOf(entry.row.team), entry.email);
    else if (entry.role === "REP") {
      const draft = draftOf(entry.row.team);
      entry.teamKey = draft.key;
      if (entry.managerEmail) claimManager(entry, draft, entry.managerEmail);
    }
  }

  // The teams each manager will lead: those the file gives them, and those they lead today that the file gives nobody else.
  const teamsLedBy = new Map<string, Set<string>>();
  const leads = (email: string, key: string) => {
    const set = teamsLedBy.get(email);
    if (set) set.add(key);
    else teamsLedBy.set(email, new Set([key]));
  };
  for (const draft of drafts.values()) if (draft.managerClaim) leads(draft.managerClaim.email, draft.key);
  for (const team of state.teams) {
    const key = groupKey(team.name);
    if (drafts.get(key)?.managerClaim) continue;
    const manager = team.managerId ? personById.get(team.managerId) : undefined;
    if (manager) leads(manager.email.toLowerCase(), key);
  }
  const teamNameOfKey = (key: string) => drafts.get(key)?.name ?? teamByKey.get(key)?.name ?? key;

  // 4. A rep with a manager but no team goes on the team that manager leads; otherwise they stay where they are.
  for (const entry of entries) {
    if (entry.failed || entry.role !== "REP" || entry.teamKey) continue;
    if (entry.managerEmail) {
      const led = [...(teamsLedBy.get(entry.managerEmail) ?? [])];
      if (led.length === 1) entry.teamKey = led[0] ?? null;
      else if (led.length === 0) {
        errors.add(entry.row.row, "team", `${displayValue(entry.managerEmail)} leads no team yet; give this row a team`);
        entry.failed = true;
      } else {
        errors.add(entry.row.row, "team", `${displayValue(entry.managerEmail)} leads several teams (${led.map(teamNameOfKey).map(displayValue).join(", ")}); give this row its team`);
        entry.failed = true;
      }
    } else if (entry.existing?.teamId) {
      const team = teamById.get(entry.existing.teamId);
      entry.teamKey = team ? groupKey(team.name) : null;
    }
  }

  // 5. Regions: every row of a team that names one must name the same.
  for (const entry of entries) {
    const regionName = entry.row.region;
    if (entry.failed || !regionName || (entry.role !== "REP" && entry.role !== "MANAGER")) continue;
    const teamName = entry.role === "MANAGER" ? entry.row.team : entry.teamKey ? teamNameOfKey(entry.teamKey) : null;
    if (!teamName) {
      errors.add(entry.row.row, "region", "a region groups teams, and this row has no team; give it a team or leave the region empty");
      entry.failed = true;
      continue;
    }
    const draft = draftOf(teamName);
    const key = groupKey(regionName);
    const claim = draft.regionClaim;
    if (!claim) draft.regionClaim = { key, name: regionByKey.get(key)?.name ?? regionName.trim().replace(/\s+/g, " "), row: entry.row.row };
    else if (claim.key !== key) {
      errors.add(entry.row.row, "region", `team ${displayValue(draft.name)} is in region ${displayValue(claim.name)} on row ${claim.row}; a team belongs to one region`);
      entry.failed = true;
    }
  }

  // 6. Whoever leads a team after the import must be a MANAGER after it.
  const finalRole = new Map<string, OrgChartRole>([...candidatesByEmail].map(([email, candidate]) => [email, candidate.role]));
  for (const [email, keys] of teamsLedBy) {
    const role = finalRole.get(email);
    const row = fileRowOf(email);
    if (role === undefined || role === "MANAGER" || row === undefined) continue;
    const entry = entries.find((candidate) => candidate.email === email);
    if (entry?.failed) continue;
    errors.add(row, "role", `${displayValue(email)} leads ${[...keys].map(teamNameOfKey).map(displayValue).join(", ")}, so must stay a MANAGER; give the team another manager in the file, or keep the role`);
    if (entry) entry.failed = true;
  }

  if (errors.count > 0) return { ok: false, errors: list.toArray() };

  // 7. The plan: final values per person, team and region, and what changes.
  const emailOfId = (id: string | null) => (id ? (personById.get(id)?.email.toLowerCase() ?? null) : null);
  const people: PersonPlan[] = entries.map((entry) => {
    const { existing } = entry;
    const team = entry.role === "REP" && entry.teamKey ? teamNameOfKey(entry.teamKey) : null;
    const currentReportsTo = emailOfId(existing?.reportsToId ?? null);
    const reportsTo = entry.role === "MANAGER" && entry.managerEmail ? entry.managerEmail : currentReportsTo;
    if (!existing) return { row: entry.row.row, email: entry.email, name: entry.row.name, role: entry.role, team, reportsTo, action: "create", moved: false, existingId: null, changes: [] };
    const currentTeam = existing.teamId ? (teamById.get(existing.teamId)?.name ?? null) : null;
    const changes: string[] = [];
    if (existing.name !== entry.row.name) changes.push(`name: ${existing.name} → ${entry.row.name}`);
    if (existing.role !== entry.role) changes.push(`role: ${existing.role} → ${entry.role}`);
    const teamChanged = currentTeam !== team;
    if (teamChanged) changes.push(`team: ${currentTeam ?? "none"} → ${team ?? "none"}`);
    const reportsToChanged = currentReportsTo !== reportsTo;
    if (reportsToChanged) changes.push(`reports to: ${currentReportsTo ?? "nobody"} → ${reportsTo ?? "nobody"}`);
    return {
      row: entry.row.row,
      email: entry.email,
      name: entry.row.name,
      role: entry.role,
      team,
      reportsTo,
      action: changes.length > 0 ? "update" : "unchanged",
      moved: teamChanged || reportsToChanged,
      existingId: existing.id,
      changes,
    };
  });

  const teams: TeamPlan[] = [...drafts.values()].map((draft) => {
    const { existing } = draft;
    const currentManager = emailOfId(existing?.managerId ?? null);
    const manager = draft.managerClaim?.email ?? currentManager;
    const currentRegion = existing?.regionId ? (regionById.get(existing.regionId)?.name ?? null) : null;
    const region = draft.regionClaim?.name ?? currentRegion;
    if (!existing) return { name: draft.name, existingId: null, manager, region, action: "create", changes: [] };
    const changes: string[] = [];
    if (currentManager !== manager) changes.push(`manager: ${currentManager ?? "nobody"} → ${manager ?? "nobody"}`);
    if (currentRegion !== region) changes.push(`region: ${currentRegion ?? "none"} → ${region ?? "none"}`);
    return { name: draft.name, existingId: existing.id, manager, region, action: changes.length > 0 ? "update" : "unchanged", changes };
  });

  const regions = new Map<string, RegionPlan>();
  for (const draft of drafts.values()) {
    if (!draft.regionClaim || regions.has(draft.regionClaim.key)) continue;
    const existing = regionByKey.get(draft.regionClaim.key) ?? null;
    regions.set(draft.regionClaim.key, { name: draft.regionClaim.name, existingId: existing?.id ?? null, action: existing ? "unchanged" : "create" });
  }

  const count = <T>(list: readonly T[], test: (item: T) => boolean) => list.reduce((total, item) => total + (test(item) ? 1 : 0), 0);
  return {
    ok: true,
    plan: {
      people,
      teams,
      regions: [...regions.values()],
      counts: {
        people: {
          created: count(people, (person) => person.action === "create"),
          updated: count(people, (person) => person.action === "update"),
          moved: count(people, (person) => person.moved),
          unchanged: count(people, (person) => person.action === "unchanged"),
        },
        teams: { created: count(teams, (team) => team.action === "create"), updated: count(teams, (team) => team.action === "update") },
        regions: { created: count([...regions.values()], (region) => region.action === "create") },
      },
    },
  };
}
