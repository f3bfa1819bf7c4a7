// The administrator deactivates a rep: the rep's open session ends at once, they cannot sign in
// again (same message as a wrong password), the audit log shows it, and reactivation undoes it.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

const REP_EMAIL = "rep24@acme.test";
const REP_NAME = "Daniel Moore";

test("an administrator deactivates a rep, who is signed out and cannot sign in until reactivated", async ({ browser }) => {
  test.setTimeout(180_000);
  const adminContext = await browser.newContext();
  const repContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const rep = await repContext.newPage();

  // Daniel is signed in and working.
  await signIn(rep, REP_EMAIL);
  await expect(rep).toHaveURL(/\/me/);

  // The administrator opens Users from the settings home and deactivates him, confirming first.
  await signIn(admin, "admin@acme.test");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Settings");
  await admin.getByRole("list", { name: "Settings sections" }).getByRole("link", { name: "Users", exact: true }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Users");
  const row = admin.getByTestId(`user-${REP_EMAIL}`);
  await expect(row).toContainText(REP_NAME);
  await row.getByRole("button", { name: `Deactivate ${REP_NAME}`, exact: true }).click();
  const confirm = row.getByRole("button", { name: `Yes, deactivate ${REP_NAME}`, exact: true });
  await expect(confirm).toBeFocused();
  await confirm.click();
  await expect(row.getByText(`${REP_NAME} is deactivated and signed out.`)).toBeVisible();
  await expect(row.getByRole("button", { name: `Reactivate ${REP_NAME}`, exact: true })).toBeVisible();
  await expect(row).toContainText("Deactivated");

  // His open session ended at once: the next page load goes to the sign-in page.
  await rep.goto("/me");
  await expect(rep).toHaveURL(/\/login/);

  // Signing in again is refused with the same message as a wrong password.
  await rep.getByLabel("Email").fill(REP_EMAIL);
  await rep.getByLabel("Password").fill(DEMO_PASSWORD);
  await rep.getByRole("button", { name: "Sign in" }).click();
  await expect(rep.getByRole("alert").filter({ hasText: "incorrect" })).toHaveText("Email or password is incorrect.");
  await expect(rep).toHaveURL(/\/login/);

  // The audit log records who did it.
  await admin.goto("/settings/audit?action=user.deactivated");
  const records = admin.getByRole("table", { name: "Audit records" });
  await expect(records).toContainText("user.deactivated");
  await expect(records.getByRole("row").nth(1)).toContainText("Avery Chen");

  // Reactivation lets him back in (and leaves the demo organization as it was).
  await admin.goto("/settings/users");
  await admin.getByTestId(`user-${REP_EMAIL}`).getByRole("button", { name: `Reactivate ${REP_NAME}`, exact: true }).click();
  await expect(admin.getByTestId(`user-${REP_EMAIL}`).getByRole("button", { name: `Deactivate ${REP_NAME}`, exact: true })).toBeVisible();
  await signIn(rep, REP_EMAIL);
  await expect(rep).toHaveURL(/\/me/);

  await adminContext.close();
  await repContext.close();
});
