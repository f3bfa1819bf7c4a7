import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a VP raises a team's closing benchmark and the team's focus list changes accordingly", async ({ page, browser }) => {
  const manager = await browser.newPage();
  await signIn(manager, "manager3@acme.test");
  const closingFoci = () => manager.getByTestId("rep-row").getByTestId("focus").filter({ hasText: "Closing" }).count();
  const before = await closingFoci();

  await signIn(page, "vp@acme.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Benchmarks" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Benchmarks");
  await page.getByLabel("Applies to").selectOption({ label: "Central SMB" });
  await page.getByLabel("Lever").selectOption("proposals_to_won");
  await page.getByLabel(/Target/).fill("45");
  await page.getByRole("button", { name: "Set benchmark" }).click();
  await expect(page.getByText("Benchmark saved.")).toBeVisible();
  await expect(page.getByTestId("benchmark-proposals_to_won")).toContainText("45 %");

  await manager.reload();
  await expect(manager.getByTestId("pooled-row")).toBeVisible();
  expect(await closingFoci()).toBeGreaterThan(before);
});

test("a benchmark form with a bad value names the field", async ({ page }) => {
  await signIn(page, "vp@acme.test");
  await page.goto("/org/benchmarks");
  await page.getByLabel("Lever").selectOption("proposals_to_won");
  await page.getByLabel(/Target/).fill("150");
  await page.getByRole("button", { name: "Set benchmark" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "proposals_to_won" })).toContainText("between 0 and 1");
});
