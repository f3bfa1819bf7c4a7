// Email end to end with real parts: the production server sends through SMTP (nodemailer, from a
// pg-boss job) to an smtp-server this file starts; the tests follow the links in the received
// messages in Chromium.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";
import { linkIn, SmtpInbox } from "./smtp-inbox";

const baseURL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";
const inbox = new SmtpInbox();
const run = Date.now().toString(36);

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({}, testInfo) => {
  // The SMTP port may be held by tests/e2e/reminders.spec.ts in the other worker for a while.
  testInfo.setTimeout(180_000);
  await inbox.listen(Number(process.env.E2E_SMTP_PORT ?? 2525));
});

test.afterAll(async () => {
  await inbox.close();
});

async function setPassword(page: Page, password: string) {
  await page.getByLabel("New password").fill(password);
  await page.getByLabel("Repeat the password").fill(password);
  await page.getByRole("button", { name: /and sign in/ }).click();
}

// Signing in hashes with scrypt; give a loaded machine longer than the shared helper does.
async function signInAsAdmin(page: Page) {
  await page.goto("/login");
  await page.getByLabel("Email").fill("admin@acme.test");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings/, { timeout: 30_000 });
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

test("an admin invites a rep, who follows the emailed link, sets a password and is signed in", async ({ page, browser }) => {
  const email = `invitee-${run}@acme.test`;
  await signInAsAdmin(page);
  await page.goto("/settings/users");
  const form = page.getByRole("form", { name: "Invite a person" });
  await form.getByLabel("Name").fill("Ivy Invitee");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("REP");
  await form.getByLabel("Team").selectOption({ label: "East Enterprise" });
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`an email with a link to set their password is on its way to ${email}`)).toBeVisible();
  await expect(page.getByTestId(`invitation-${email}`)).toBeVisible();

  const mail = await inbox.waitFor(email, /invited to Acme Software/);
  expect(mail.html).toContain("Acme Software");
  expect(mail.text).toContain("expires in 7 days");
  const link = linkIn(mail);
  expect(link.startsWith(`${baseURL}/invitation?token=`)).toBe(true);

  const invitee = await freshPage(browser);
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Join Acme Software");
  await setPassword(invitee, "ivy's long passphrase");
  await expect(invitee).toHaveURL(/\/me$/, { timeout: 30_000 });
  await expect(invitee.getByTestId("organization-name")).toHaveText("Acme Software");

  // Single use: the same link no longer works, and the invitation left the pending list.
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("This invitation link no longer works");
  await page.reload();
  await expect(page.getByTestId(`invitation-${email}`)).toHaveCount(0);
  await invitee.context().close();
});

test("forgot password: a neutral answer, an emailed link, a new password, and the old session is gone", async ({ browser, request }) => {
  // A person of our own (invited through the API), so the demo accounts keep their passwords.
  const email = `reset-${run}@acme.test`;
  const created = await request.post(`${baseURL}/api/v1/invitations`, { headers: { authorization: `Bearer ${process.env.E2E_API_TOKEN}` }, data: { email, name: "Remy Reset", role: "REP" } });
  expect(created.status()).toBe(201);
  const invitation = linkIn(await inbox.waitFor(email, /invited to Acme Software/));
  const first = await freshPage(browser);
  await first.goto(invitation);
  await setPassword(first, "remy's first passphrase");
  await expect(first).toHaveURL(/\/me$/, { timeout: 30_000 });

  // The same words whether or not the address has an account.
  const other = await freshPage(browser);
  await other.goto("/login");
  await other.getByRole("link", { name: "Forgot password?" }).click();
  // The sign-in form has an Email field too: fill the reset form's, once it is on screen.
  await expect(other).toHaveURL(/\/forgot-password$/);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Forgot your password?");
  await other.getByLabel("Email").fill(`nobody-${run}@acme.test`);
  await other.getByRole("button", { name: "Email me a reset link" }).click();
  const neutral = other.getByText(/has an account, we’ve sent it a link/);
  await expect(neutral).toBeVisible();
  const unknownAnswer = (await neutral.textContent())?.replace(`nobody-${run}@acme.test`, "ADDRESS");
  await other.goto("/forgot-password");
  await other.getByLabel("Email").fill(email);
  await other.getByRole("button", { name: "Email me a reset link" }).click();
  const knownAnswer = (await other.getByText(/has an account, we’ve sent it a link/).textContent())?.replace(email, "ADDRESS");
  expect(knownAnswer).toBe(unknownAnswer);
  expect(inbox.count(`nobody-${run}@acme.test`)).toBe(0);

  const reset = linkIn(await inbox.waitFor(email, /Reset your Coachboard password/));
  await other.goto(reset);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
  await other.getByLabel("New password").fill("remy's second passphrase");
  await other.getByLabel("Repeat the password").fill("remy's second passphrase");
  await other.getByRole("button", { name: "Save password and sign in" }).click();
  await expect(other).toHaveURL(/\/me$/, { timeout: 30_000 });

  // The session from before the reset is over.
  await first.goto("/me");
  await expect(first).toHaveURL(/\/login/);
  // The link was single-use.
  await other.goto(reset);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("This reset link no longer works");
  await first.context().close();
  await other.context().close();
});

test("sign-up creates an organization, signs the admin in and opens the getting-started checklist", async ({ browser }) => {
  const page = await freshPage(browser);
  await page.goto("/signup");
  await page.getByLabel("Organization name").fill(`Hooli ${run}`);
  await page.getByLabel("Your name").fill("Gavin Belson");
  await page.getByLabel("Work email").fill(`gavin-${run}@hooli.test`);
  await page.getByLabel("Password").fill("tethics and then some");
  await page.getByLabel("Currency").selectOption("EUR");
  await page.getByLabel("Time zone").selectOption("Europe/Berlin");
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(/\/getting-started$/, { timeout: 30_000 });
  await expect(page.getByTestId("organization-name")).toHaveText(`Hooli ${run}`);
  await expect(page.getByTestId("step-people")).toHaveAttribute("data-done", "false");
  await expect(page.getByTestId("step-one-on-one")).toHaveAttribute("data-done", "false");

  // Inviting someone ticks the first step from the data.
  await page.getByRole("link", { name: "Invite people" }).click();
  const form = page.getByRole("form", { name: "Invite a person" });
  await form.getByLabel("Name").fill("Big Head");
  await form.getByLabel("Email").fill(`bighead-${run}@hooli.test`);
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByTestId(`invitation-bighead-${run}@hooli.test`)).toBeVisible();
  await page.goto("/getting-started");
  await expect(page.getByTestId("step-people")).toHaveAttribute("data-done", "true");
  const mail = await inbox.waitFor(`bighead-${run}@hooli.test`, new RegExp(`invited to Hooli ${run}`));
  expect(mail.text).toContain("Gavin Belson invited you");

  // An address already in use gets the neutral answer.
  const again = await freshPage(browser);
  await again.goto("/signup");
  await again.getByLabel("Organization name").fill("Another Hooli");
  await again.getByLabel("Your name").fill("Someone");
  await again.getByLabel("Work email").fill(`gavin-${run}@hooli.test`);
  await again.getByLabel("Password").fill("another long passphrase");
  await again.getByRole("button", { name: "Create organization" }).click();
  await expect(again.getByRole("alert").filter({ hasText: "couldn't create" })).toHaveText(/couldn't create an account with these details/);
  await page.context().close();
  await again.context().close();
});

test("the signed-out pages (sign-up, forgot and reset password, invitation) have no serious accessibility violations", async ({ page }) => {
  const problems: string[] = [];
  for (const path of ["/signup", "/forgot-password", "/reset-password?token=no-such-token-000000000", "/invitation?token=no-such-token-000000000"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const results = await new AxeBuilder({ page }).analyze();
    problems.push(...results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${path} ${violation.id}: ${violation.help}`));
  }
  expect(problems).toEqual([]);
});
