// Coaching scorecards in real browsers, on the demo organization. Morgan (the VP) compares the three
// managers, opens Ray (manager2, who skips one-on-ones) and accepts his proposed priority, Coaching,
// into a leader plan in one click. Ray finds the plan and its measured progress on "My coaching",
// where his two rep answers stay hidden below the threshold; Dana (manager1), with many answers,
// sees her average and the comments.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("the VP accepts a manager's development priority and the manager sees the plan on their scorecard", async ({ browser }) => {
  test.setTimeout(180_000);
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  const [vp, skipper, exemplary] = await Promise.all(contexts.map((context) => context.newPage()));
  if (!vp || !skipper || !exemplary) throw new Error("no page");

  await signIn(vp, "vp@acme.test");
  await vp.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Coaching" }).click();
  await expect(vp).toHaveURL(/\/org\/coaching$/);
  await expect(vp.getByRole("heading", { level: 1 })).toHaveText("Coaching");
  const board = vp.getByRole("table", { name: /Each manager's coaching metrics/ });
  const rows = board.getByTestId("manager-row");
  await expect(rows).toHaveCount(3);
  const ray = rows.filter({ hasText: "Ray Okafor" });
  await expect(ray).toContainText("Below the median");
  await expect(ray).toContainText("Fewer than 3 answers");
  await expect(board.getByRole("rowheader", { name: "Median manager" })).toBeVisible();

  await ray.getByRole("link", { name: "Ray Okafor" }).click();
  await expect(vp).toHaveURL(/\/org\/coaching\/[A-Za-z0-9_-]+$/);
  await expect(vp.getByRole("heading", { level: 1 })).toHaveText("Ray Okafor: coaching scorecard");
  const priority = vp.getByTestId("development-priority");
  await expect(priority).toContainText("Coaching");
  await expect(priority).toContainText("Reps coached on cadence");
  await expect(vp.getByTestId("leader-plans")).toContainText("No active leader plan");
  await expect(vp.getByTestId("rep-feedback")).toContainText("Fewer than 3 answers");

  await priority.getByRole("button", { name: "Accept: start a Coaching plan" }).click();
  const plans = vp.getByTestId("leader-plans");
  await expect(plans.getByRole("listitem")).toHaveCount(1);
  await expect(plans).toContainText("Coaching");
  await expect(plans).toContainText("Baseline");
  await expect(priority.getByRole("button", { name: /^Accept/ })).toHaveCount(0);

  // Ray: the plan on his own scorecard; his rep feedback stays hidden.
  await signIn(skipper, "manager2@acme.test");
  await skipper.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My coaching" }).click();
  await expect(skipper).toHaveURL(/\/me\/coaching$/);
  await expect(skipper.getByTestId("leader-plans")).toContainText("Coaching");
  await expect(skipper.getByTestId("development-priority")).toContainText("Coaching");
  await expect(skipper.getByTestId("rep-feedback")).toContainText("Fewer than 3 answers");
  await expect(skipper.getByTestId("metric-cadence_kept")).toContainText("0 %");
  expect(await skipper.content()).not.toContain("More regular one-on-ones, please.");

  // Dana: enough answers to show the average and the comments, without names or dates.
  await signIn(exemplary, "manager1@acme.test");
  await exemplary.goto("/me/coaching");
  const feedback = exemplary.getByTestId("rep-feedback");
  await expect(feedback).toContainText("Average");
  await expect(feedback.getByRole("list", { name: "Rep comments, in random order" })).toBeVisible();

  await Promise.all(contexts.map((context) => context.close()));
});
