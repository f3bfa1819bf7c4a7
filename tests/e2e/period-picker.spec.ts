import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Any period (issue 19 §3): the team dashboard's one period picker offers the previous fiscal
// quarters and a custom range; the choice is in the URL, changes the figures, and opens the same
// view for whoever the link is shared with.

// Jordan's figures over the period: every lever cell of his row (the row also holds actions that differ by viewer).
const jordanRow = (page: Page) => page.getByTestId("rep-row").filter({ has: page.getByRole("link", { name: "Jordan Ellis" }) });
const jordan = { innerText: async (page: Page) => (await jordanRow(page).locator('[data-testid^="lever-"]').allInnerTexts()).join(" | ") };
const description = (page: Page) => page.locator("h1 + p");
const periodPicker = (page: Page) => page.getByRole("navigation", { name: "Period" });
const plusDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

test("a manager picks a previous quarter and a custom range on the team dashboard, and shares the URL", async ({ page, browser }) => {
  await signIn(page, "manager1@acme.test");
  await expect(page).toHaveURL(/\/team\/[^/?]+$/);
  await expect(description(page)).toContainText(/Last 90 days: \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d/);
  await expect(jordanRow(page)).toBeVisible();
  const recent = await jordan.innerText(page);

  // A previous fiscal quarter, by keyboard: the picker's popover opens from its button.
  await periodPicker(page).getByRole("button", { name: "Other period…" }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Choose a period" });
  await expect(dialog).toBeVisible();
  const quarterLink = dialog.getByRole("link", { name: /^\d{4}-Q[1-4]$/ }).first();
  const quarter = await quarterLink.innerText();
  await quarterLink.click();
  await expect(page).toHaveURL(new RegExp(`window=${quarter}$`));
  await expect(description(page)).toContainText(new RegExp(`Fiscal quarter ${quarter}: \\d{4}-\\d\\d-\\d\\d to \\d{4}-\\d\\d-\\d\\d`));
  const [, quarterFrom = "", quarterTo = ""] = /(\d{4}-\d\d-\d\d) to (\d{4}-\d\d-\d\d)/.exec(await description(page).innerText()) ?? [];
  await expect(periodPicker(page).getByRole("button", { name: `Fiscal quarter ${quarter}` })).toHaveAttribute("aria-current", "page");
  const inQuarter = await jordan.innerText(page);
  expect(inQuarter).not.toBe(recent);
  // The deal figures follow the same period.
  await expect(page.getByTestId("deal-figures")).toContainText(`${quarterFrom} to ${quarterTo}`);

  // A custom range: the first 45 days of that quarter, typed into the two date fields.
  const from = quarterFrom;
  const to = plusDays(quarterFrom, 44);
  await periodPicker(page).getByRole("button", { name: `Fiscal quarter ${quarter}` }).click();
  await dialog.getByLabel("From", { exact: true }).fill(from);
  await dialog.getByLabel("To", { exact: true }).fill(to);
  await dialog.getByRole("button", { name: "Show this period" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${from}&to=${to}$`));
  await expect(description(page)).toContainText(`${from} to ${to}`);
  await expect(description(page)).not.toContainText("Last 90 days");
  await expect(page.getByTestId("deal-figures")).toContainText(`${from} to ${to}`);
  const inRange = await jordan.innerText(page);
  expect(inRange).not.toBe(inQuarter);

  // Shared: the VP opening the link sees the same period and the same figures.
  const shared = page.url();
  const context = await browser.newContext();
  const vpPage = await context.newPage();
  await signIn(vpPage, "vp@acme.test");
  await vpPage.goto(shared);
  await expect(description(vpPage)).toContainText(`${from} to ${to}`);
  await expect(jordanRow(vpPage)).toBeVisible();
  expect(await jordan.innerText(vpPage)).toBe(inRange);
  await context.close();

  // A reversed range in a hand-edited URL is reported, and the default period shown.
  await page.goto(shared.replace(`from=${from}&to=${to}`, `from=${to}&to=${from}`));
  await expect(page.getByText(/The period in the address was not used: to must not be before from/)).toBeVisible();
  await expect(description(page)).toContainText(/Last 90 days: /);
});

test("the period picker fits a 375 px screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, "manager1@acme.test");
  await periodPicker(page).getByRole("button", { name: "Other period…" }).click();
  const box = await page.getByRole("dialog", { name: "Choose a period" }).boundingBox();
  expect(box).not.toBeNull();
  expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 375).toBe(true);
  const { scrollWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(375);
  // Escape closes it and gives focus back to its button; so does a press outside.
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Choose a period" })).toBeHidden();
  await expect(periodPicker(page).getByRole("button", { name: "Other period…" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "Choose a period" })).toBeVisible();
  await page.getByRole("heading", { level: 1 }).click();
  await expect(page.getByRole("dialog", { name: "Choose a period" })).toBeHidden();
  // Focus leaving the panel (Tab past its last field) closes it too.
  await periodPicker(page).getByRole("button", { name: "Other period…" }).click();
  const panel = page.getByRole("dialog", { name: "Choose a period" });
  await panel.getByRole("button", { name: "Show this period" }).focus();
  await page.keyboard.press("Tab");
  await expect(panel).toBeHidden();
});
