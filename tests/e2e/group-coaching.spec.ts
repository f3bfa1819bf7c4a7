// Coaching beyond the one-on-one (docs/decisions/0036), on the demo organization:
// Dana (manager1) shares her weekly coaching time across East's reps and plans a group session on
// the team's most common focus, with a commitment for each attendee that Marcus (rep3) then reads;
// Ray (manager2) co-coaches Priya (rep2): he schedules his own one-on-one with her and reads Dana's
// meetings with her — shared notes only, never Dana's private notes.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const stamp = Date.now().toString(36);
const NOTES = `Role-play the first two minutes of a discovery call (${stamp})`;
const MARCUS_COMMITMENT = `Ask the budget question in three first meetings (${stamp})`;
const LUCAS_COMMITMENT = `Record one discovery call and review it (${stamp})`;
// Dana's private note on every demo meeting with Priya (prisma/seed).
const DANA_PRIVATE = "Seems stretched this week";

function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test("a manager's coaching time follows stake × confidence and adds up to her capacity", async ({ page }) => {
  await signIn(page, "manager1@acme.test");
  await page.goto("/team");
  const card = page.getByTestId("coaching-time");
  await expect(card).toContainText("150 minutes a week");
  const minutesOf = async () =>
    (await card.getByRole("table", { name: "Proposed coaching minutes per rep" }).locator("tbody tr td:nth-of-type(3)").allInnerTexts()).map((text) => Number.parseInt(text, 10));
  // allInnerTexts does not wait: poll until the streamed table has its rows.
  await expect.poll(async () => (await minutesOf()).reduce((sum, minutes) => sum + minutes, 0)).toBe(150);
  // Ava Thompson joined days ago: the new-rep floor.
  const ava = card.getByRole("row").filter({ hasText: "Ava Thompson" });
  await expect(ava).toContainText("New");
  expect(Number.parseInt(await ava.locator("td").nth(2).innerText(), 10)).toBeGreaterThanOrEqual(30);

  await card.getByLabel("Coaching minutes per week").fill("300");
  await card.getByRole("button", { name: "Save capacity" }).click();
  await expect(card).toContainText("Capacity saved.");
  await page.reload();
  await expect(page.getByTestId("coaching-time")).toContainText("300 minutes a week");
  await expect.poll(async () => (await minutesOf()).reduce((sum, minutes) => sum + minutes, 0)).toBe(300);
  // Put the demo back as it was for the other journeys.
  await page.getByTestId("coaching-time").getByLabel("Coaching minutes per week").fill("150");
  await page.getByTestId("coaching-time").getByRole("button", { name: "Save capacity" }).click();
  await expect(page.getByTestId("coaching-time")).toContainText("Capacity saved.");
});

test("a group session: agenda from the team's focus, shared notes, a commitment per attendee", async ({ browser }) => {
  test.setTimeout(180_000);
  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, "manager1@acme.test");
  await manager.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Group sessions" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: "Group sessions" })).toBeVisible();
  // The demo's planned session is listed.
  await expect(manager.getByRole("table", { name: "Group sessions" })).toContainText("Discovery");

  const form = manager.getByRole("form", { name: "Plan a group session" });
  await form.getByLabel("Marcus Lee").check();
  await form.getByLabel("Lucas Martin").check();
  await form.getByLabel("Date and time", { exact: true }).fill(`${dayFromNow(3)}T11:00`);
  await form.getByRole("button", { name: "Plan the session" }).click();
  await expect(manager).toHaveURL(/\/group-sessions\/[A-Za-z0-9_-]+$/);
  const sessionPath = new URL(manager.url()).pathname;
  await expect(manager.getByRole("heading", { level: 1 })).toContainText("Group session:");
  expect(await manager.getByRole("list", { name: "Coaching questions" }).getByRole("listitem").count()).toBeGreaterThanOrEqual(1);

  await manager.getByLabel("Shared notes").fill(NOTES);
  await manager.getByRole("button", { name: "Save notes" }).click();
  await expect(manager.getByText("Notes saved.")).toBeVisible();

  // Completing before everyone has a commitment is refused.
  await manager.getByRole("form", { name: "Commitment for Marcus Lee" }).getByLabel("Commitment for Marcus Lee").fill(MARCUS_COMMITMENT);
  await manager.getByRole("form", { name: "Commitment for Marcus Lee" }).getByRole("button", { name: "Add" }).click();
  await expect(manager.getByRole("region", { name: "Marcus Lee" })).toContainText(MARCUS_COMMITMENT);
  await manager.getByRole("button", { name: "Complete the session" }).click();
  await expect(manager.getByText("Every attendee needs a commitment")).toBeVisible();
  await manager.getByRole("form", { name: "Commitment for Lucas Martin" }).getByLabel("Commitment for Lucas Martin").fill(LUCAS_COMMITMENT);
  await manager.getByRole("form", { name: "Commitment for Lucas Martin" }).getByRole("button", { name: "Add" }).click();
  await expect(manager.getByRole("region", { name: "Lucas Martin" })).toContainText(LUCAS_COMMITMENT);
  await manager.getByRole("button", { name: "Complete the session" }).click();
  await expect(manager.getByRole("button", { name: "Complete the session" })).toHaveCount(0);
  await expect(manager.getByTestId("group-notes")).toContainText(NOTES);

  // Marcus reads the session and his commitment; a teammate who did not attend gets a 404.
  const rep = await (await browser.newContext()).newPage();
  await signIn(rep, "rep3@acme.test");
  await rep.goto("/group-sessions");
  await rep.locator(`a[href="${sessionPath}"]`).click();
  await expect(rep.getByTestId("group-notes")).toContainText(NOTES);
  await expect(rep.getByRole("region", { name: "Marcus Lee" })).toContainText(MARCUS_COMMITMENT);
  await expect(rep.getByRole("button", { name: "Complete the session" })).toHaveCount(0);
  const outsider = await (await browser.newContext()).newPage();
  await signIn(outsider, "rep1@acme.test");
  expect((await outsider.goto(sessionPath))?.status()).toBe(404);
});

test("a manager calls off a planned session, after confirming, and its attendee sees it cancelled", async ({ browser }) => {
  test.setTimeout(120_000);
  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, "manager1@acme.test");
  await manager.goto("/group-sessions");
  const form = manager.getByRole("form", { name: "Plan a group session" });
  await form.getByLabel("Marcus Lee").check();
  await form.getByLabel("Lucas Martin").check();
  await form.getByLabel("Date and time", { exact: true }).fill(`${dayFromNow(5)}T16:00`);
  await form.getByRole("button", { name: "Plan the session" }).click();
  await expect(manager).toHaveURL(/\/group-sessions\/[A-Za-z0-9_-]+$/);
  const sessionPath = new URL(manager.url()).pathname;
  // Asked once more, and "Keep it" keeps it.
  await manager.getByRole("button", { name: "Cancel the session" }).click();
  await manager.getByRole("group", { name: "Confirm cancelling the session" }).getByRole("button", { name: "Keep it" }).click();
  await expect(manager.getByText("Planned", { exact: true })).toBeVisible();
  await manager.getByRole("button", { name: "Cancel the session" }).click();
  await manager.getByRole("button", { name: "Yes, cancel it" }).click();
  await expect(manager.getByText("Cancelled", { exact: true })).toBeVisible();
  await expect(manager.getByRole("button", { name: "Complete the session" })).toHaveCount(0);
  await expect(manager.getByRole("button", { name: "Cancel the session" })).toHaveCount(0);

  const rep = await (await browser.newContext()).newPage();
  await signIn(rep, "rep3@acme.test");
  await rep.goto("/group-sessions");
  await expect(rep.getByRole("row").filter({ has: rep.locator(`a[href="${sessionPath}"]`) })).toContainText("Cancelled");
});

test("a co-coach runs their own one-on-one and reads the rep's other meetings without the private notes", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "manager2@acme.test");
  await page.goto("/one-on-ones");
  const observed = page.getByRole("table", { name: "Managers' one-on-ones with their reps" });
  await expect(page.getByRole("heading", { name: "Other coaches' one-on-ones with reps you co-coach (read-only)" })).toBeVisible();
  await observed.getByRole("link", { name: /Dana Whitfield with Priya Raman on/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Priya Raman");
  const html = await page.content();
  expect(html).not.toContain(DANA_PRIVATE);
  await expect(page.getByRole("button", { name: "Start the meeting" })).toHaveCount(0);

  await page.goto("/one-on-ones");
  const schedule = page.getByRole("form", { name: "Schedule a one-on-one" });
  await schedule.getByLabel("Rep", { exact: true }).selectOption({ label: "Priya Raman" });
  await schedule.getByLabel("Date and time", { exact: true }).fill(`${dayFromNow(4)}T09:00`);
  await schedule.getByRole("button", { name: "Schedule" }).click();
  await expect(page).toHaveURL(/\/one-on-ones\/[A-Za-z0-9_-]+$/);
  await page.getByRole("button", { name: "Start the meeting" }).click();
  await expect(page.getByTestId("kpi-snapshot")).toBeVisible();
  expect(await page.content()).not.toContain(DANA_PRIVATE);
});
