import { DEMO_ADMIN, DEMO_PASSWORD, DEMO_TEAMS, DEMO_VP } from "../../prisma/seed/demo-profiles";

export function demoAccountsBanner(url: string): string {
  const managers = DEMO_TEAMS.map((team) => team.manager.email).join(", ");
  // The profiled reps plus the one whose logging gap shows the data checks.
  const repCount = DEMO_TEAMS.reduce((sum, team) => sum + team.reps.length, 0) + 1; // rep25, the logging gap (prisma/seed/seed-demo-logging-gap.ts)
  return [
    "",
    `  Coachboard is running at ${url}`,
    "",
    `  Sign in with any demo account, password: ${DEMO_PASSWORD}`,
    `    admin    ${DEMO_ADMIN.email}`,
    `    VP       ${DEMO_VP.email}`,
    `    managers ${managers}`,
    `    reps     rep1@acme.test … rep${repCount}@acme.test`,
    "",
  ].join("\n");
}
