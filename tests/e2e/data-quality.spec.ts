// Data-quality-aware confidence and the focus rule (issue #22, items 1 and 6).
// 1. On the demo organization (read only): Nora stopped logging conversations two weeks ago; her
//    manager's dashboard, her profile and her own /me show a data problem, not a rep problem.
// 2. On the second organization (Globex, so the demo's foci stay put for the specs running beside
//    this one): a rep who dials too little and opens badly; the admin switches the organization to
//    "effort first" and the focus card moves from Prospecting to Activity discipline, saying which
//    rule chose it.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signIn } from "./helpers";

// Several sign-ins, an API seed and two settings saves: more than the default minute on a busy runner.
test.describe.configure({ timeout: 180_000 });

test("a rep whose weak ratio is a logging gap shows a data problem, not a rep problem, on every surface", async ({ browser }) => {
  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, "manager3@acme.test");
  const nora = manager.getByTestId("rep-row").filter({ has: manager.getByRole("link", { name: "Nora Lindqvist" }) });
  await expect(nora.getByTestId("focus")).toContainText("Data problem");
  await nora.getByRole("link", { name: "Nora Lindqvist" }).click();
  await expect(manager.getByRole("heading", { level: 1 })).toContainText("Nora Lindqvist");
  const card = manager.getByTestId("focus-card");
  await expect(card).toContainText("Data problem, not a rep problem");
  await expect(card).toContainText("the biggest gap (Prospecting) rests on suspect logging");
  const notice = card.getByTestId("data-quality");
  await expect(notice).toContainText("Prospecting");
  await expect(notice).toContainText(/Conversations were logged on \d+% of working days, then on none of the 10 since/);
  await expect(manager.getByTestId("lever-dials_to_conversations")).toContainText("Suspect data");

  const rep = await (await browser.newContext()).newPage();
  await signIn(rep, "rep25@acme.test");
  await rep.goto("/me");
  await expect(rep.getByTestId("focus-card")).toContainText("Data problem, not a rep problem");
  await expect(rep.getByTestId("focus-card").getByTestId("data-quality")).toContainText("Some of your logging looks incomplete");
});

const GLOBEX = { team: "Data Quality Desk", rep: { email: "dana.dialer@globex.test", name: "Dana Dialer" }, peer: { email: "pat.peer@globex.test", name: "Pat Peer" } };

/** Working days before today, newest first. */
function workingDays(count: number): string[] {
  const days: string[] = [];
  for (let day = new Date(); days.length < count; ) {
    day = new Date(day.getTime() - 86_400_000);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

async function seedGlobexRep(request: APIRequestContext): Promise<string> {
  const headers = { authorization: `Bearer ${process.env.E2E_FOREIGN_API_TOKEN}` };
  const teams = (await (await request.get("/api/v1/teams", { headers })).json()) as { teams: { id: string; name: string }[] };
  let teamId = teams.teams.find((team) => team.name === GLOBEX.team)?.id;
  if (!teamId) {
    const created = await request.post("/api/v1/teams", { headers, data: { name: GLOBEX.team } });
    expect(created.status()).toBe(201);
    teamId = ((await created.json()) as { id: string }).id;
  }
  let repId = "";
  for (const person of [GLOBEX.rep, GLOBEX.peer]) {
    const response = await request.post("/api/v1/users", { headers, data: { ...person, role: "REP", teamId } });
    expect(response.ok()).toBe(true);
    if (person === GLOBEX.rep) repId = ((await response.json()) as { id: string }).id;
  }
  // Steady, clean logging: Dana dials 30 a day and opens 3 % of them; Pat dials 50 and opens 10 %.
  const items: { repEmail: string; date: string; stage: string; count: number }[] = [];
  for (const [index, date] of workingDays(60).entries()) {
    for (const [email, dials, conversations] of [
      [GLOBEX.rep.email, 30, 1],
      [GLOBEX.peer.email, 50, 5],
    ] as const) {
      const extra = index % 3 === 0 ? 1 : 0;
      const counts = { dials, conversations: conversations + extra, meetings: 1, opportunities: 1, proposals: index % 2, won: index % 4 === 0 ? 1 : 0 };
      for (const [stage, count] of Object.entries(counts)) items.push({ repEmail: email, date, stage, count });
      if (counts.won) items.push({ repEmail: email, date, stage: "revenue", count: 20_000 });
    }
  }
  const posted = await request.post("/api/v1/activity", { headers, data: items });
  expect(posted.status()).toBe(200);
  return repId;
}

test("an admin switches the organization to effort first and the focus card says which rule chose", async ({ page, request }) => {
  const repId = await seedGlobexRep(request);
  const headers = { authorization: `Bearer ${process.env.E2E_FOREIGN_API_TOKEN}` };
  await signIn(page, "admin@globex.test");

  await page.goto(`/reps/${repId}`);
  const card = page.getByTestId("focus-card");
  await expect(card).toContainText("Prospecting");
  await expect(card.getByTestId("focus-rule")).toContainText("Revenue at stake");

  await page.goto("/settings/organization");
  await page.getByLabel("How the focus is picked").selectOption("EFFORT_FIRST");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Saved (1 change).")).toBeVisible({ timeout: 30_000 });

  await page.goto(`/reps/${repId}`);
  await expect(card).toContainText("Activity discipline");
  await expect(card.getByTestId("focus-rule")).toContainText("Effort first");
  const api = (await (await request.get(`/api/v1/reps/${repId}/priorities`, { headers })).json()) as { focus: string; focusRule: string; chosenBy: string; dataQuality: { status: string } };
  expect(api).toMatchObject({ focus: "volume", focusRule: "effort_first", chosenBy: "effort_first", dataQuality: { status: "ok" } });

  // The change is in the audit log, and switching back restores revenue at stake.
  await page.goto("/settings/organization");
  await page.getByLabel("How the focus is picked").selectOption("REVENUE_AT_STAKE");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Saved (1 change).")).toBeVisible({ timeout: 30_000 });
  await page.goto(`/reps/${repId}`);
  await expect(card.getByTestId("focus-rule")).toContainText("Revenue at stake");
});
