// One team dashboard render, counted at the PostgreSQL driver: the page's access check and the
// dashboard's data (issue #17: ≤ 12 queries, the team's visibility checked once, the roster read once).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { todayIn } from "@/lib/calendar/days";
import { resolveVisibleTeam } from "@/lib/server/coaching/load-coaching-read-model";
import { getTeamDashboard } from "@/lib/server/dashboard/get-team-dashboard";
import { getTeamDealFigures } from "@/lib/server/deals/get-team-deal-figures";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { seedDemoOrganization } from "../../prisma/seed/seed-demo-organization";
import { teamTableRows } from "@/components/dashboard/team-table-rows";
import { countQueries } from "../helpers/count-queries";
import { viewerFor } from "../helpers/factories";

let manager: Viewer;
let teamId: string;

beforeAll(async () => {
  const { organizationId } = await seedDemoOrganization(db, { today: todayIn("America/New_York") });
  const user = await db.user.findFirstOrThrow({ where: { organizationId, email: "manager1@acme.test" }, select: { id: true, organizationId: true, managedTeams: { select: { id: true } } } });
  manager = await viewerFor(user);
  teamId = user.managedTeams[0]!.id;
}, 120_000);

/** What the page does: decide access before streaming, then load the dashboard. */
async function renderDashboard() {
  const team = await resolveVisibleTeam(manager, teamId);
  return getTeamDashboard(manager, team, undefined);
}

describe("one team dashboard render", () => {
  it("runs at most 12 queries, checks the team's visibility once and reads the roster once", async () => {
    await renderDashboard(); // warm: connections and prepared plans
    const { result, statements } = await countQueries(renderDashboard);
    console.log(`dashboard render: ${statements.length} queries\n${statements.map((text) => `  ${text.replace(/\s+/g, " ").slice(0, 160)}`).join("\n")}`);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(statements.length).toBeLessThanOrEqual(12);
    const teamReads = statements.filter((text) => /FROM "public"\."Team"/.test(text) && !/JOIN/.test(text));
    expect(teamReads).toHaveLength(1);
    // The roster: the team's reps, read from the User table by role.
    const rosterReads = statements.filter((text) => /FROM "(public"\.")?User"/.test(text) && /"role" = (CAST|'REP')/.test(text));
    expect(rosterReads).toHaveLength(1);
  });

  it("hands the checked team to the deals section below it, which does not check it again", async () => {
    const { statements } = await countQueries(async () => {
      const team = await resolveVisibleTeam(manager, teamId);
      return Promise.all([getTeamDashboard(manager, team, undefined), getTeamDealFigures(manager, team, {})]);
    });
    console.log(`dashboard and deals: ${statements.length} queries`);
    expect(statements.filter((text) => /FROM "public"\."Team"/.test(text) && !/JOIN/.test(text))).toHaveLength(1);
  });

  // The team table sends each lever's benchmark once, on the lever, not in every rep's cell
  // (components/dashboard/team-table-rows.ts): sound only while every rep's is the pooled row's.
  it("gives every rep the pooled row's benchmark on each lever, as the team table sends it", async () => {
    const dashboard = await renderDashboard();
    const table = teamTableRows(dashboard);
    expect(dashboard.rows.length).toBeGreaterThan(1);
    for (const lever of table.levers) {
      expect(lever.benchmark).not.toBeNull();
      for (const row of dashboard.rows) {
        expect({ rep: row.name, lever: lever.key, benchmark: row.levers[lever.key]?.benchmark, source: row.levers[lever.key]?.benchmarkSource }).toEqual({
          rep: row.name,
          lever: lever.key,
          benchmark: lever.benchmark,
          source: lever.benchmarkSource,
        });
      }
    }
  });
});
