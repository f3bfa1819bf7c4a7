// Coaching that proves itself (decision 0035): Ray (manager2) starts a plan for Zoe Carter and must
// pre-register the expected change and a review date; the VP reads the demo's finished experiments —
// Sofia Alvarez's met its expectation, Ella Robinson's did not — and Dana's record on her scorecard;
// the playbook says how often each play and commitment type moved its metric; Sofia sees her
// commitments scored at her one-on-one.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("experiments are pre-registered, judged against comparable reps and counted; commitments are scored by outcome", async ({ browser }) => {
  test.setTimeout(180_000);
  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();

  // Ray opens Zoe from his team dashboard; her focus card asks for the expected change and a review date.
  await signIn(manager, "manager2@acme.test");
  await manager.goto("/team");
  await manager.getByRole("link", { name: "Zoe Carter", exact: true }).first().click();
  await expect(manager.getByRole("heading", { level: 1 })).toHaveText("Zoe Carter");
  const start = manager.getByTestId("focus-card").getByRole("form", { name: "Start a development plan" });
  const expected = start.getByLabel(/^Expected /);
  await expect(start.getByLabel("Review date")).toBeVisible();
  await expected.fill("1");
  await start.getByRole("button", { name: "Start a development plan" }).click();
  await expect(start.getByRole("alert")).toContainText("Expected value: must be above");
  await expected.fill("70");
  await start.getByRole("button", { name: "Start a development plan" }).click();
  await expect(manager).toHaveURL(/\/plans\/[A-Za-z0-9_-]+$/);
  await expect(manager.getByTestId("experiment-status")).toHaveText("Review pending");
  await expect(manager.getByTestId("experiment-registration")).toContainText("→ 70 %");
  await expect(manager.getByTestId("experiment-registration")).toContainText("locked when the plan started");
  await expect(manager.getByTestId("plan-history")).toContainText("Started; expected");
  await managerContext.close();

  // The VP reads the demo's finished experiments: one that worked, one that did not.
  const vpContext = await browser.newContext();
  const vp = await vpContext.newPage();
  await signIn(vp, "vp@acme.test");
  const openPlanOf = async (rep: string) => {
    await vp.goto("/plans");
    await vp.getByRole("row").filter({ hasText: rep }).getByRole("link").first().click();
    await expect(vp.getByRole("heading", { level: 1 })).toContainText(rep);
  };
  await openPlanOf("Sofia Alvarez");
  await expect(vp.getByTestId("experiment-status")).toHaveText("Met its expectation");
  await expect(vp.getByTestId("experiment-reason")).toContainText(/Comparable reps without a plan moved .+ \(n = \d+\): effect \+/);
  await expect(vp.getByTestId("experiment-registration")).toContainText("95 % interval");
  await openPlanOf("Ella Robinson");
  await expect(vp.getByTestId("experiment-status")).toHaveText("Did not meet its expectation");

  // Dana's record on her scorecard.
  await vp.goto("/org/coaching");
  await vp.getByRole("link", { name: "Dana Whitfield" }).click();
  const record = vp.getByTestId("experiment-record");
  await expect(record).toContainText("Experiments run");
  await expect(record).toContainText("Met their expectation");
  await expect(record).toContainText(/\d+ of \d+ judged/);

  // The playbook learns from the organization's own results.
  await vp.goto("/playbook");
  await expect(vp.getByTestId("commitment-type-outcomes")).toContainText(/Moved its metric \d+ of \d+ times? .*n = \d+/);
  await expect(vp.getByTestId("play-outcome").filter({ hasText: /Moved its metric \d+ of \d+/ }).first()).toBeVisible();
  await vpContext.close();

  // Sofia opens her last one-on-one: the commitments whose horizon ended since the one before are scored.
  const repContext = await browser.newContext();
  const rep = await repContext.newPage();
  await signIn(rep, "rep4@acme.test");
  await rep.goto("/one-on-ones");
  await rep.getByRole("link", { name: /^Open the one-on-one with Dana Whitfield/ }).first().click();
  const scored = rep.getByTestId("scored-commitment");
  await expect(scored.first()).toBeVisible();
  await expect(scored.first()).toContainText(/Moved its lever|Did not move its lever|Not enough data|Not scored yet/);
  await repContext.close();
});
