// A development plan from both sides, in two browsers: Dana (manager1) opens Marcus Lee (rep3, the
// weak closer) from her team dashboard, starts a plan from his Closing focus in one click, attaches
// a sales play and sees the progress chart; Marcus then finds the plan on his own page.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a manager starts a development plan from a rep's focus and the rep sees it", async ({ browser }) => {
  test.setTimeout(120_000);
  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();

  // Dana finds Marcus on her team dashboard; his focus is Closing.
  await signIn(manager, "manager1@acme.test");
  await manager.goto("/team");
  await manager.getByRole("link", { name: "Marcus Lee", exact: true }).first().click();
  await expect(manager.getByRole("heading", { level: 1 })).toHaveText("Marcus Lee");
  const profilePath = new URL(manager.url()).pathname;
  const focus = manager.getByTestId("focus-card");
  await expect(focus).toContainText("Closing");

  // One click: the plan opens with Closing, the measured baseline and the benchmark as target.
  await focus.getByRole("button", { name: "Start a development plan" }).click();
  await expect(manager).toHaveURL(/\/plans\/[A-Za-z0-9_-]+$/);
  const planPath = new URL(manager.url()).pathname;
  await expect(manager.getByRole("heading", { level: 1 })).toHaveText("Closing — Marcus Lee");
  // Nothing has been measured since the start yet: progress says so instead of guessing.
  await expect(manager.getByTestId("plan-status")).toHaveText("Not enough data yet");
  await expect(manager.getByTestId("plan-status-reason")).toContainText("needed to judge");

  // She attaches a Closing play as a routine.
  const attach = manager.getByRole("form", { name: "Attach a sales play" });
  await attach.getByLabel("Sales play", { exact: true }).selectOption({ label: "Mutual close plan" });
  await attach.getByRole("button", { name: "Attach", exact: true }).click();
  const routines = manager.getByRole("list", { name: "Routines" });
  await expect(routines).toContainText("Mutual close plan");
  await expect(routines.getByRole("link", { name: "Mutual close plan" })).toHaveAttribute("href", /^\/playbook#/);

  // The progress chart: cumulative since the start, against baseline and target (with its table for screen readers).
  const chart = manager.getByTestId("plan-progress-chart");
  await expect(chart).toBeVisible();
  // The plot is drawn once its box is on screen (components/charts/lazy-plot.tsx).
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator(".recharts-surface").first()).toBeVisible();
  await expect(chart.getByRole("table")).toContainText(/baseline .+, target .+/);

  // Back on the profile, the focus now leads to the running plan instead of starting a second one.
  await manager.goto(profilePath);
  await expect(manager.getByTestId("focus-card").getByRole("link", { name: "Open the active development plan for Closing" })).toHaveAttribute("href", planPath);
  await expect(manager.getByTestId("focus-card").getByRole("button", { name: "Start a development plan" })).toHaveCount(0);

  // Marcus signs in and sees the plan on his page, read-only.
  const repContext = await browser.newContext();
  const rep = await repContext.newPage();
  await signIn(rep, "rep3@acme.test");
  await rep.goto("/me");
  const plans = rep.getByRole("list", { name: "Development plans" });
  const planLink = plans.locator(`a[href="${planPath}"]`);
  await expect(planLink).toHaveText("Closing");
  await planLink.click();
  await expect(rep).toHaveURL(new RegExp(`${planPath}$`));
  await expect(rep.getByRole("heading", { level: 1 })).toHaveText("Closing — Marcus Lee");
  await expect(rep.getByRole("list", { name: "Routines" })).toContainText("Mutual close plan");
  await expect(rep.getByTestId("plan-progress-chart")).toBeVisible();
  await expect(rep.getByRole("form", { name: "Attach a sales play" })).toHaveCount(0);
  await expect(rep.getByRole("button", { name: "Close the plan" })).toHaveCount(0);

  await managerContext.close();
  await repContext.close();
});
