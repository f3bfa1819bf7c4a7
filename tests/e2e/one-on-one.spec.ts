// The one-on-one from both sides, in two browsers: Dana (manager1) schedules and runs a meeting with
// Priya (rep2), Priya prepares a talking point and afterwards reads the summary — which must not
// carry Dana's private notes anywhere (visible page, HTML, or the RSC payload).
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const stamp = Date.now().toString(36);
const PRIVATE_MARKER = `private-${stamp}`;
const PRIVATE_TEXT = `Priya seemed stretched this week (${PRIVATE_MARKER}); check her workload before pushing volume.`;
const SHARED_TEXT = `Agreed to run the discovery question set on every first meeting (${stamp}).`;
const TOPIC = `Henderson renewal is stuck at legal (${stamp})`;
const COMMITMENT_REP = `Book a second stakeholder in each open opportunity (${stamp})`;
const COMMITMENT_COACH = `Join two of Priya's discovery calls (${stamp})`;

function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function openOneOnOnes(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "One-on-ones" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "One-on-ones" })).toBeVisible();
}

test("a manager runs a one-on-one and the rep sees the summary without the private notes", async ({ browser }) => {
  test.setTimeout(180_000);
  const managerContext = await browser.newContext();
  const repContext = await browser.newContext();
  const manager = await managerContext.newPage();
  const rep = await repContext.newPage();

  // Dana schedules a one-on-one with Priya.
  await signIn(manager, "manager1@acme.test");
  await openOneOnOnes(manager);
  const schedule = manager.getByRole("form", { name: "Schedule a one-on-one" });
  await schedule.getByLabel("Rep", { exact: true }).selectOption({ label: "Priya Raman" });
  await schedule.getByLabel("Date and time", { exact: true }).fill(`${dayFromNow(2)}T10:00`);
  await schedule.getByRole("button", { name: "Schedule" }).click();
  await expect(manager).toHaveURL(/\/one-on-ones\/[A-Za-z0-9_-]+$/);
  const meetingPath = new URL(manager.url()).pathname;
  await expect(manager.getByRole("heading", { level: 1 })).toHaveText("One-on-one with Priya Raman");

  // Priya finds it in her list and adds a talking point before the meeting.
  await signIn(rep, "rep2@acme.test");
  await openOneOnOnes(rep);
  await rep.locator(`a[href="${meetingPath}"]`).click();
  await expect(rep.getByRole("heading", { level: 1 })).toHaveText("One-on-one with Dana Whitfield");
  await expect(rep.getByRole("button", { name: "Start the meeting" })).toHaveCount(0);
  await rep.getByLabel("Talking point", { exact: true }).fill(TOPIC);
  await rep.getByRole("button", { name: "Add talking point" }).click();
  await expect(rep.getByRole("list", { name: "Talking points" })).toContainText(TOPIC);

  // Dana sees it, starts the meeting: the numbers freeze and the focus comes with its questions.
  await manager.reload();
  await expect(manager.getByRole("list", { name: "Talking points" })).toContainText(TOPIC);
  await manager.getByRole("button", { name: "Start the meeting" }).click();
  await expect(manager.getByRole("button", { name: "Complete the meeting" })).toBeVisible();
  await expect(manager.getByTestId("kpi-snapshot")).toBeVisible();
  await expect(manager.getByTestId("focus-competency")).toHaveText("Discovery");
  const questions = await manager.getByRole("list", { name: "Coaching questions" }).getByRole("listitem").count();
  expect(questions).toBeGreaterThanOrEqual(3);
  expect(questions).toBeLessThanOrEqual(5);

  // Shared and private notes autosave.
  const shared = manager.getByRole("region", { name: "Shared notes" });
  await shared.getByRole("textbox", { name: "Shared notes" }).fill(SHARED_TEXT);
  await expect(shared.getByRole("status")).toHaveText(/^Saved /);
  const privateNotes = manager.getByRole("region", { name: "Private notes" });
  await privateNotes.getByRole("textbox", { name: "Private notes" }).fill(PRIVATE_TEXT);
  await expect(privateNotes.getByRole("status")).toHaveText(/^Saved /);

  // Review the last commitments: the first done, the next (if any) carried over, the rest missed —
  // every one, so completing the meeting needs no "complete without reviewing".
  const review = manager.getByRole("list", { name: "Commitments to review" });
  const reviewable = review.getByRole("listitem").filter({ has: manager.getByRole("button", { name: "Done", exact: true }) });
  await expect(reviewable.first()).toBeVisible();
  const pending = await reviewable.count();
  const firstText = (await reviewable.first().locator("p").first().textContent()) ?? "";
  await reviewable.first().getByRole("button", { name: "Done", exact: true }).click();
  await expect(review.getByRole("listitem").filter({ hasText: firstText }).first()).toContainText("Reviewed: Done");
  if (pending > 1) {
    const next = review.getByRole("listitem").filter({ has: manager.getByRole("button", { name: "Carry over" }) }).first();
    const nextText = (await next.locator("p").first().textContent()) ?? "";
    await next.getByRole("button", { name: "Carry over" }).click();
    await expect(review.getByRole("listitem").filter({ hasText: nextText }).first()).toContainText("Reviewed: Carried over");
    await expect(manager.getByRole("list", { name: "New commitments" })).toContainText(nextText);
  }
  const missed = review.getByRole("listitem").filter({ has: manager.getByRole("button", { name: "Missed", exact: true }) });
  for (let left = await missed.count(); left > 0; left--) {
    await missed.first().getByRole("button", { name: "Missed", exact: true }).click();
    await expect(missed).toHaveCount(left - 1);
  }

  // Two new commitments: one for Priya, one for Dana.
  const newCommitments = manager.getByRole("list", { name: "New commitments" });
  await manager.getByLabel("Commitment", { exact: true }).fill(COMMITMENT_REP);
  await manager.getByLabel("Owner", { exact: true }).selectOption({ label: "Priya Raman" });
  await manager.getByLabel("Due date", { exact: true }).fill(dayFromNow(9));
  await manager.getByRole("button", { name: "Add commitment" }).click();
  await expect(newCommitments).toContainText(COMMITMENT_REP);
  await manager.getByLabel("Commitment", { exact: true }).fill(COMMITMENT_COACH);
  await manager.getByLabel("Owner", { exact: true }).selectOption({ label: "Dana Whitfield (coach)" });
  await manager.getByRole("button", { name: "Add commitment" }).click();
  await expect(newCommitments).toContainText(COMMITMENT_COACH);

  // Completing locks the record (everything due was reviewed, so there is no warning).
  await manager.getByRole("button", { name: "Complete the meeting" }).click();
  await expect(manager.getByTestId("unreviewed-warning")).toHaveCount(0);
  await expect(manager.getByText("This is the record of the meeting", { exact: false })).toBeVisible();
  await expect(manager.getByRole("button", { name: "Complete the meeting" })).toHaveCount(0);
  await expect(manager.getByRole("textbox", { name: "Shared notes" })).toHaveCount(0);
  await expect(manager.getByRole("region", { name: "Private notes" })).toContainText(PRIVATE_MARKER);

  // Priya reads the summary: shared notes, the frozen numbers, the commitments — no private notes.
  const response = await rep.goto(meetingPath);
  expect(response?.status()).toBe(200);
  await expect(rep.getByText("This is the record of the meeting", { exact: false })).toBeVisible();
  await expect(rep.getByRole("region", { name: "Shared notes" })).toContainText(SHARED_TEXT);
  await expect(rep.getByTestId("kpi-snapshot")).toBeVisible();
  await expect(rep.getByRole("list", { name: "New commitments" })).toContainText(COMMITMENT_REP);
  await expect(rep.getByRole("list", { name: "New commitments" })).toContainText(COMMITMENT_COACH);
  await expect(rep.getByRole("list", { name: "Talking points" })).toContainText(TOPIC);
  await expect(rep.getByRole("region", { name: "Private notes" })).toHaveCount(0);
  expect(await rep.content()).not.toContain(PRIVATE_MARKER);
  // The React Server Components payload of the page is what a client could inspect as well.
  // (Next may first redirect to add its `_rsc` cache-busting parameter; the request follows it.)
  const flight = await rep.request.get(meetingPath, { headers: { RSC: "1" } });
  expect(flight.status()).toBe(200);
  expect(flight.headers()["content-type"]).toContain("text/x-component");
  expect(await flight.text()).not.toContain(PRIVATE_MARKER);

  // It is listed under her past one-on-ones.
  await openOneOnOnes(rep);
  await expect(rep.getByRole("region", { name: "Past" }).locator(`a[href="${meetingPath}"]`)).toBeVisible();

  await managerContext.close();
  await repContext.close();
});
