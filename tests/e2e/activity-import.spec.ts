// An administrator imports a CSV through the upload screen: upload → mapping (guessed) → preview
// with the totals → import; the same file again changes nothing; a file with one bad row shows that
// row and offers no import at all.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const LONG_FILE = path.resolve("tests/fixtures/activity-long.csv");
const BAD_ROW_FILE = path.resolve("tests/fixtures/activity-long-bad-row.csv");

test("an admin imports a long CSV after a preview of its totals, and importing it again changes nothing", async ({ page }) => {
  await signIn(page, "admin@acme.test");
  await page.goto("/activity/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import activity" })).toBeVisible();

  await page.getByLabel("CSV file").setInputFiles(LONG_FILE);
  await expect(page.getByTestId("uploaded-file")).toContainText("activity-long.csv");
  await expect(page.getByLabel("Column mapping")).toHaveValue("builtin:coachboard_long");
  const totals = page.getByTestId("import-totals");
  await expect(totals).toContainText("32 values");
  await expect(totals).toContainText("2 reps");
  await expect(totals).toContainText("5 days");
  await expect(totals.getByRole("row").filter({ hasText: "Dials" })).toContainText("505");
  await expect(totals.getByRole("row").filter({ hasText: "Revenue won" })).toContainText("$24,500.50");

  await page.getByRole("button", { name: "Import 32 values" }).click();
  // A fresh demo database gets 32 new values; a database this test already ran on, none.
  await expect(page.getByTestId("import-result")).toContainText(/Imported 32 values: 32 new|Nothing changed: all 32 values/);

  await page.getByRole("button", { name: "Import another file" }).click();
  await page.getByLabel("CSV file").setInputFiles(LONG_FILE);
  await page.getByRole("button", { name: "Import 32 values" }).click();
  await expect(page.getByTestId("import-result")).toHaveText("Nothing changed: all 32 values in the file were already up to date.");
});

test("a file with a bad row in the middle shows that row and imports nothing", async ({ page }) => {
  await signIn(page, "admin@acme.test");
  await page.goto("/activity/import");
  await page.getByLabel("CSV file").setInputFiles(BAD_ROW_FILE);
  const errors = page.getByTestId("import-errors");
  await expect(errors).toContainText("1 problem");
  const row = errors.getByRole("row").filter({ hasText: "count '-3' is negative" });
  await expect(row.getByRole("cell").first()).toHaveText("17");
  await expect(row.getByRole("cell").nth(1)).toHaveText("count");
  await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);
  await expect(page.getByTestId("import-result")).toHaveCount(0);
});
