// A one-on-one that closes the loop (issue #20, finding 10), in Chromium on the demo organization:
// Dana starts a one-on-one with Lucas from his profile, and the dashboard row's "Start 1:1" opens
// the same meeting; the frozen numbers show each lever's change since the last meeting; completing
// with commitments unreviewed warns and lists them; she reviews one there and completes without
// the others, knowingly — the record says which were left. The VP, who cannot coach reps, sees no
// start button on the same dashboard. Dana then rates the meeting privately (paired perception).
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a manager starts a one-on-one from the profile or the dashboard, sees what moved, and cannot close it silently with commitments unreviewed", async ({ browser }) => {
  test.setTimeout(180_000);
  const managerContext = await browser.newContext();
  const vpContext = await browser.newContext();
  const manager = await managerContext.newPage();
  const vp = await vpContext.newPage();

  await signIn(manager, "manager1@acme.test");
  await expect(manager).toHaveURL(/\/team\/[A-Za-z0-9_-]+$/);
  const dashboardPath = new URL(manager.url()).pathname;
  const lucasRow = manager.getByTestId("rep-row").filter({ has: manager.getByRole("link", { name: "Lucas Martin" }) });

  // From the rep profile: the meeting is created, started (numbers frozen) and opened.
  await lucasRow.getByRole("link", { name: "Lucas Martin" }).click();
  await expect(manager.getByRole("heading", { level: 1 })).toHaveText("Lucas Martin");
  await manager.getByRole("button", { name: "Start a one-on-one" }).click();
  await expect(manager).toHaveURL(/\/one-on-ones\/[A-Za-z0-9_-]+$/);
  const meetingPath = new URL(manager.url()).pathname;
  await expect(manager.getByRole("heading", { level: 1 })).toHaveText("One-on-one with Lucas Martin");
  await expect(manager.getByRole("button", { name: "Complete the meeting" })).toBeVisible();

  // From the dashboard row: the meeting under way opens again, no second one.
  await manager.goto(dashboardPath);
  await lucasRow.getByRole("button", { name: "Start 1:1 with Lucas Martin" }).click();
  await expect(manager).toHaveURL(new RegExp(`${meetingPath}$`));

  // What moved since last time: the seeded previous meeting froze numbers too.
  const snapshot = manager.getByTestId("kpi-snapshot");
  await expect(snapshot).toContainText("Change: since the previous one-on-one");
  await expect(snapshot.getByRole("columnheader", { name: "Change" })).toBeVisible();
  await expect(snapshot.getByTestId("change-dials_to_conversations")).toContainText("was ");
  await expect(snapshot.getByText("first meeting")).toHaveCount(0);

  // Completing with commitments unreviewed stops with the list.
  await manager.getByRole("button", { name: "Complete the meeting" }).click();
  const warning = manager.getByTestId("unreviewed-warning");
  await expect(warning).toContainText("from earlier meetings");
  const warned = await warning.getByRole("listitem").count();
  expect(warned).toBeGreaterThanOrEqual(2);
  await expect(manager.getByText("This is the record of the meeting", { exact: false })).toHaveCount(0);

  // Review one right there …
  await warning.getByRole("link", { name: "Review them now" }).click();
  await expect(manager).toHaveURL(/#agenda-commitment-review$/);
  const review = manager.getByRole("list", { name: "Commitments to review" });
  const reviewable = review.getByRole("listitem").filter({ has: manager.getByRole("button", { name: "Done", exact: true }) });
  const firstText = (await reviewable.first().locator("p").first().textContent()) ?? "";
  await reviewable.first().getByRole("button", { name: "Done", exact: true }).click();
  await expect(review.getByRole("listitem").filter({ hasText: firstText }).first()).toContainText("Reviewed: Done");

  // … then complete knowingly without the rest: the warning now names only what is left.
  await expect(warning.getByRole("listitem")).toHaveCount(warned - 1);
  await warning.getByRole("button", { name: "Complete without reviewing" }).click();
  await expect(manager.getByText("This is the record of the meeting", { exact: false })).toBeVisible();
  await expect(manager.getByTestId("left-unreviewed")).toContainText(`completed without reviewing ${warned - 1 === 1 ? "1 commitment" : `${warned - 1} commitments`}`);
  await expect(review.getByText("Not reviewed in this meeting")).toHaveCount(warned - 1);
  await expect(review.getByRole("listitem").filter({ hasText: firstText }).first()).toContainText("Reviewed: Done");

  // Dana rates the meeting privately; her scorecard sets her average beside her reps'.
  const selfRating = manager.getByRole("form", { name: "Rate your one-on-one" });
  await selfRating.getByRole("radio", { name: /^4/ }).check();
  await selfRating.getByRole("button", { name: "Save my rating" }).click();
  await expect(manager.getByTestId("coach-self-rating-submitted")).toContainText("4 of 5");
  await manager.goto("/me/coaching");
  const perception = manager.getByTestId("paired-perception");
  await expect(perception.getByTestId("perception-self")).toHaveText(/^\d\.\d \/ 5$/);
  await expect(perception.getByTestId("perception-reps")).toHaveText(/^\d\.\d \/ 5$/);

  // The VP opens the same dashboard and sees no way to start a rep's one-on-one.
  await signIn(vp, "vp@acme.test");
  await vp.goto(dashboardPath);
  await expect(vp.getByTestId("rep-row").first()).toBeVisible();
  await expect(vp.getByRole("button", { name: /^Start 1:1/ })).toHaveCount(0);

  await managerContext.close();
  await vpContext.close();
});
