// Coaching the coach, in real browsers. Morgan (the VP) runs a one-on-one with Ray (manager2, the
// manager who skips one-on-ones): frozen team numbers, shared and private notes, a commitment for
// Ray. Ray finds the commitment on his home and reads the meeting without Morgan's private note;
// another manager and a rep get a 404. Then a rep rates a completed one-on-one with the keyboard,
// and neither the manager nor the VP can see that answer anywhere on the meeting's page.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const stamp = Date.now().toString(36);
const PRIVATE_MARKER = `vp-private-${stamp}`;
const SHARED_TEXT = `Cadence slipped: two reps without a one-on-one since the summer (${stamp}).`;
const COMMITMENT = `Hold a one-on-one with each of your seven reps (${stamp})`;
const FEEDBACK_MARKER = `feedback-${stamp}`;

function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function scheduleWith(page: Page, label: "Rep" | "Manager", name: string, when: string): Promise<string> {
  await page.goto("/one-on-ones");
  const schedule = page.getByRole("form", { name: "Schedule a one-on-one" });
  await schedule.getByLabel(label, { exact: true }).selectOption({ label: name });
  await schedule.getByLabel("Date and time", { exact: true }).fill(when);
  await schedule.getByRole("button", { name: "Schedule" }).click();
  await expect(page).toHaveURL(/\/one-on-ones\/[A-Za-z0-9_-]+$/);
  return new URL(page.url()).pathname;
}

async function pageAndPayloadLack(page: Page, path: string, marker: string) {
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  expect(await page.content()).not.toContain(marker);
  const flight = await page.request.get(path, { headers: { RSC: "1" } });
  expect(flight.status()).toBe(200);
  expect(await flight.text()).not.toContain(marker);
}

test("the VP runs a one-on-one with a manager, who sees the commitment on their home", async ({ browser }) => {
  test.setTimeout(180_000);
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [vp, manager, outsider] = await Promise.all(contexts.map((context) => context.newPage()));
  if (!vp || !manager || !outsider) throw new Error("no page");

  await signIn(vp, "vp@acme.test");
  const meetingPath = await scheduleWith(vp, "Manager", "Ray Okafor", `${dayFromNow(1)}T09:00`);
  await expect(vp.getByRole("heading", { level: 1 })).toHaveText("One-on-one with Ray Okafor");
  await expect(vp.getByText("Leader one-on-one")).toBeVisible();
  await vp.getByRole("button", { name: "Start the meeting" }).click();
  await expect(vp.getByRole("button", { name: "Complete the meeting" })).toBeVisible();
  // The team's numbers against benchmark, frozen; then the scorecard, focus, topics and commitments.
  await expect(vp.getByTestId("kpi-snapshot")).toContainText("West Mid-Market");
  const agenda = vp.getByRole("list", { name: "Agenda" });
  await expect(agenda.getByRole("heading", { level: 2 })).toHaveText([
    "1. Last meeting's commitments",
    "2. Team numbers against benchmark",
    "3. Coaching scorecard",
    "4. Leader focus competency",
    "5. Manager's topics",
    "6. New commitments",
  ]);

  await expect(agenda.getByRole("link", { name: "Open Ray Okafor's coaching scorecard" })).toHaveAttribute("href", /^\/org\/coaching\/[A-Za-z0-9_-]+$/);

  const shared = vp.getByRole("region", { name: "Shared notes" });
  await shared.getByRole("textbox", { name: "Shared notes" }).fill(SHARED_TEXT);
  await expect(shared.getByRole("status")).toHaveText(/^Saved /);
  const privateNotes = vp.getByRole("region", { name: "Private notes" });
  await privateNotes.getByRole("textbox", { name: "Private notes" }).fill(`Ray needs help saying no to deal reviews (${PRIVATE_MARKER}).`);
  await expect(privateNotes.getByRole("status")).toHaveText(/^Saved /);

  await vp.getByLabel("Commitment", { exact: true }).fill(COMMITMENT);
  await vp.getByLabel("Owner", { exact: true }).selectOption({ label: "Ray Okafor" });
  await vp.getByLabel("Due date", { exact: true }).fill(dayFromNow(12));
  await vp.getByRole("button", { name: "Add commitment" }).click();
  await expect(vp.getByRole("list", { name: "New commitments" })).toContainText(COMMITMENT);
  // Ray's commitments from the last meeting are not reviewed here: completing warns, and the VP completes knowingly.
  await vp.getByRole("button", { name: "Complete the meeting" }).click();
  await expect(vp.getByTestId("unreviewed-warning")).toContainText("Watch one call with each rep and give written feedback");
  await vp.getByRole("button", { name: "Complete without reviewing" }).click();
  await expect(vp.getByText("This is the record of the meeting", { exact: false })).toBeVisible();
  await expect(vp.getByTestId("left-unreviewed")).toBeVisible();

  // Ray's home is his team's dashboard, with his own commitments on top and a link to the meeting.
  await signIn(manager, "manager2@acme.test");
  await expect(manager).toHaveURL(/\/team\/[A-Za-z0-9_-]+$/);
  const mine = manager.getByRole("region", { name: "Your commitments" });
  const item = mine.getByRole("listitem").filter({ hasText: COMMITMENT });
  await expect(item).toContainText("Due");
  await item.getByRole("link").click();
  await expect(manager).toHaveURL(new RegExp(`${meetingPath}$`));
  await expect(manager.getByRole("heading", { level: 1 })).toHaveText("One-on-one with Morgan Blake");
  await expect(manager.getByRole("region", { name: "Shared notes" })).toContainText(SHARED_TEXT);
  await expect(manager.getByRole("textbox", { name: "Shared notes" })).toHaveCount(0);
  await expect(manager.getByRole("region", { name: "Private notes" })).toHaveCount(0);
  await pageAndPayloadLack(manager, meetingPath, PRIVATE_MARKER);

  // Another manager and a rep (of Ray's own team): a real 404, as for an id that does not exist.
  await signIn(outsider, "manager1@acme.test");
  expect((await outsider.goto(meetingPath))?.status()).toBe(404);
  const repContext = await browser.newContext();
  const rep = await repContext.newPage();
  await signIn(rep, "rep9@acme.test");
  expect((await rep.goto(meetingPath))?.status()).toBe(404);
  await repContext.close();

  await Promise.all(contexts.map((context) => context.close()));
});

test("a rep rates a completed one-on-one once; the manager and the VP never see the answer", async ({ browser }) => {
  test.setTimeout(180_000);
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [manager, rep, vp] = await Promise.all(contexts.map((context) => context.newPage()));
  if (!manager || !rep || !vp) throw new Error("no page");

  await signIn(manager, "manager1@acme.test");
  const meetingPath = await scheduleWith(manager, "Rep", "Jordan Ellis", `${dayFromNow(1)}T14:00`);
  await manager.getByRole("button", { name: "Start the meeting" }).click();
  await expect(manager.getByRole("button", { name: "Complete the meeting" })).toBeVisible();
  await manager.getByRole("button", { name: "Complete the meeting" }).click();
  await manager.getByTestId("unreviewed-warning").getByRole("button", { name: "Complete without reviewing" }).click();
  await expect(manager.getByText("This is the record of the meeting", { exact: false })).toBeVisible();
  await expect(manager.getByRole("region", { name: "Your feedback on this one-on-one" })).toHaveCount(0);

  await signIn(rep, "rep1@acme.test");
  await rep.goto(meetingPath);
  const card = rep.getByRole("region", { name: "Your feedback on this one-on-one" });
  const form = card.getByRole("form", { name: "Rate this one-on-one" });
  await expect(form).toBeVisible();
  const axe = await new AxeBuilder({ page: rep }).include("main").analyze();
  expect(axe.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => violation.id)).toEqual([]);

  // Sending without a rating names the field; then the keyboard: arrows move within the group.
  await form.getByRole("button", { name: "Send feedback" }).click();
  await expect(form).toContainText("Rating: choose how useful it was, from 1 to 5");
  await form.getByRole("radio", { name: /^3 / }).check();
  await rep.keyboard.press("ArrowRight");
  await expect(form.getByRole("radio", { name: /^4 / })).toBeChecked();
  await form.getByLabel("What should your manager keep doing or change?", { exact: false }).fill(`Keep asking before telling (${FEEDBACK_MARKER}).`);
  await form.getByRole("button", { name: "Send feedback" }).click();
  await expect(card).toContainText("Thanks — your manager only sees averages of 3 or more answers.");
  await expect(card).toContainText("You rated this one-on-one 4 of 5");
  await rep.reload();
  await expect(card).toContainText("You rated this one-on-one 4 of 5");
  await expect(card.getByRole("form")).toHaveCount(0);

  // The coach and an observer: no card, and the answer is not in the page or its RSC payload.
  await manager.reload();
  await expect(manager.getByRole("region", { name: "Your feedback on this one-on-one" })).toHaveCount(0);
  await pageAndPayloadLack(manager, meetingPath, FEEDBACK_MARKER);
  await signIn(vp, "vp@acme.test");
  await pageAndPayloadLack(vp, meetingPath, FEEDBACK_MARKER);
  await expect(vp.getByRole("region", { name: "Your feedback on this one-on-one" })).toHaveCount(0);

  await Promise.all(contexts.map((context) => context.close()));
});
