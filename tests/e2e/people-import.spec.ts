// An administrator imports people from a CSV: the 40-person org chart is previewed (who is new, which
// teams and regions would be made), a bad file lists its rows and offers no import, and a small file
// is imported and then changes nothing the second time. The demo organization keeps its teams: the
// 40-person file is only previewed here (tests/integration/people-import.test.ts writes it).
// Regions: a team put in a region shows up grouped, with a subtotal, on the VP's organization view.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const ORG_CHART = path.resolve("tests/fixtures/org-chart-40.csv");

function writeCsv(name: string, lines: string[]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "people-import-")), name);
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

test("an admin previews the 40-person org chart, sees a bad file's rows, and imports a small file once", async ({ page }) => {
  await signIn(page, "admin@acme.test");
  await page.getByRole("list", { name: "Settings sections" }).getByRole("link", { name: "Import people" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import people" })).toBeVisible();

  await page.getByLabel("Org chart (CSV)").setInputFiles(ORG_CHART);
  await expect(page.getByTestId("people-import-file")).toHaveText("File: org-chart-40.csv");
  await expect(page.getByTestId("people-import-counts")).toHaveText("40 new people · 0 updated · 0 unchanged · 5 new teams · 3 new regions.");
  const plan = page.getByTestId("people-import-plan");
  await expect(plan.getByRole("row")).toHaveCount(41);
  await expect(plan.getByRole("row").filter({ hasText: "sofia.rossi@northwind.test" })).toContainText("Boston Enterprise");
  await expect(page.getByRole("table", { name: "Teams in the file" }).getByRole("row").filter({ hasText: "Chicago SMB" })).toContainText("tomas.herrera@northwind.test");
  await expect(page.getByRole("button", { name: "Import 40 people" })).toBeEnabled();

  const bad = writeCsv("bad.csv", ["Full Name,Work Email,Reports To", "Pat Doe,pat.doe@acme.test,Nobody Known", "Pat Again,pat.doe@acme.test,"]);
  await page.getByLabel("Org chart (CSV)").setInputFiles(bad);
  const errors = page.getByTestId("people-import-errors");
  await expect(errors.getByRole("row").filter({ hasText: "unknown manager" }).getByRole("cell").first()).toHaveText("2");
  await expect(errors.getByRole("row").filter({ hasText: "duplicate email" }).getByRole("cell").nth(1)).toHaveText("Work Email");
  await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);

  const small = writeCsv("small.csv", ["Name,Email,Role", "Import Check,import-check@acme.test,ADMIN"]);
  await page.getByLabel("Org chart (CSV)").setInputFiles(small);
  const counts = page.getByTestId("people-import-counts");
  // A fresh demo database gets one new person; a database this test already ran on, none.
  await expect(counts).toHaveText(/^(1 new person · 0 updated|0 new people · 0 updated · 1 unchanged)/);
  if ((await counts.textContent())?.startsWith("1 new person")) {
    await page.getByRole("button", { name: "Import 1 person" }).click();
    await expect(page.getByTestId("people-import-result")).toContainText("Imported: 1 new person");
    await page.getByLabel("Org chart (CSV)").setInputFiles(small);
  }
  await expect(counts).toHaveText("0 new people · 0 updated · 1 unchanged · 0 new teams · 0 new regions.");
  await expect(page.getByRole("button", { name: "Nothing to change" })).toBeDisabled();
});

test("a team put in a region is grouped with a subtotal on the organization view", async ({ browser }) => {
  const adminContext = await browser.newContext();
  const vpContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const vp = await vpContext.newPage();
  await signIn(admin, "admin@acme.test");
  await admin.goto("/settings/teams");
  const regionField = admin.getByRole("combobox", { name: "Region of Central SMB", exact: true });
  await regionField.fill("Midlands");
  await admin.getByRole("button", { name: "Save region of Central SMB" }).click();
  await expect(admin.getByRole("form", { name: "Region of Central SMB" })).toContainText("In Midlands.");

  await signIn(vp, "vp@acme.test");
  await vp.goto("/org");
  const midlands = vp.getByTestId("region-group").filter({ hasText: "Region: Midlands" });
  await expect(midlands.getByTestId("team-row")).toHaveCount(1);
  await expect(midlands.getByTestId("team-row")).toContainText("Central SMB");
  await expect(midlands.getByTestId("region-subtotal")).toContainText("Midlands subtotal");
  await expect(midlands.getByTestId("region-subtotal")).toContainText("1 team");
  await expect(vp.getByTestId("region-group").filter({ hasText: "No region" }).getByTestId("team-row")).toHaveCount(2);

  // The demo organization goes back to having no regions in use.
  await admin.reload();
  await regionField.fill("");
  await admin.getByRole("button", { name: "Save region of Central SMB" }).click();
  await expect(admin.getByRole("form", { name: "Region of Central SMB" })).toContainText("In no region.");
  await adminContext.close();
  await vpContext.close();
});
