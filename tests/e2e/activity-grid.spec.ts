// A rep logs today's dials in the week grid: each cell saves on its own, survives a reload, and the
// last change can be undone through the same save. The test leaves the cell as it found it.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a rep types today's dials, sees them saved after a reload, and undoes a change", async ({ page }) => {
  await signIn(page, "rep1@acme.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Log activity" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log activity" })).toBeVisible();

  const dials = page.getByRole("textbox", { name: /^Dials, .+ \(today\)$/ });
  const saveStatus = page.getByTestId("save-status");
  await expect(dials).toBeEnabled();
  const original = await dials.inputValue();
  const first = original === "37" ? "38" : "37";
  const second = String(Number(first) + 5);

  await dials.fill(first);
  await expect(dials).toHaveAccessibleDescription("Saved");
  await expect(saveStatus).toHaveText("All changes saved");
  // Tab moves along the day; the left arrow comes back.
  await dials.press("Tab");
  const conversations = page.getByRole("textbox", { name: /^Conversations, .+ \(today\)$/ });
  await expect(conversations).toBeFocused();
  await conversations.press("ArrowLeft");
  await expect(dials).toBeFocused();

  await page.reload();
  await expect(dials).toHaveValue(first);
  await expect(page.getByTestId("today-totals").getByRole("listitem").filter({ hasText: "Dials" })).toContainText(`${first} of`);

  await dials.fill(second);
  await expect(dials).toHaveAccessibleDescription("Saved");
  await page.getByRole("button", { name: /^Undo/ }).click();
  await expect(dials).toHaveValue(first);
  await expect(dials).toHaveAccessibleDescription("Saved");
  await expect(saveStatus).toHaveText("All changes saved");
  await page.reload();
  await expect(dials).toHaveValue(first);

  // A negative count is refused with a message naming the cell, and nothing changes.
  await dials.fill("-4");
  await expect(saveStatus).toContainText("count '-4' is negative");
  await expect(dials).toHaveAttribute("aria-invalid", "true");

  await dials.fill(original);
  await expect(dials).toHaveAccessibleDescription("Saved");
  await expect(saveStatus).toHaveText("All changes saved");
});
