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

test("a benchmark form with a bad value says so in percent on the field and keeps everything that was entered", async ({ page }) => {
  await signIn(page, "vp@acme.test");
  await page.goto("/org/benchmarks");
  await page.getByLabel("Applies to").selectOption({ label: "Central SMB" });
  await page.getByLabel("Lever").selectOption("proposals_to_won");
  const target = page.getByLabel("Target (%)");
  await target.fill("150");
  await page.getByRole("button", { name: "Set benchmark" }).click();
  await expect(page.getByText("Target (%) must be at most 100 % for a conversion rate; 150 % was entered")).toBeVisible();
  await expect(target).toHaveAttribute("aria-invalid", "true");
  await expect(target).toHaveValue("150");
  await expect(page.getByLabel("Lever")).toHaveValue("proposals_to_won");
  await expect(page.getByLabel("Applies to").locator("option:checked")).toHaveText("Central SMB");
});

test("a VP retracts a benchmark set by mistake: it stays in the history, marked, and stops counting", async ({ page }) => {
  await signIn(page, "vp@acme.test");
  await page.goto("/org/benchmarks");
  await page.getByLabel("Applies to").selectOption({ label: "Central SMB" });
  await page.getByLabel("Lever").selectOption("volume");
  await page.getByLabel(/Target/).fill("7");
  await page.getByRole("button", { name: "Set benchmark" }).click();
  await expect(page.getByText("Benchmark saved.")).toBeVisible();
  const mistake = page.getByTestId("benchmark-history-row").filter({ hasText: "Central SMB" }).filter({ hasText: "7.0/day" });
  await expect(mistake).toHaveCount(1);
  await mistake.getByRole("button", { name: "Retract" }).click();
  await expect(mistake).toContainText(/Retracted \w{3} \d{1,2}, \d{4} by /);
  await expect(mistake.getByRole("button", { name: "Retract" })).toHaveCount(0);
  await expect(page.getByTestId("benchmark-volume")).not.toContainText("7.0/day");
});
