// A real company's first day, from an empty database (migrated, not seeded): the founder signs up,
// imports the 40-person org chart with invitations, an invited manager follows the emailed link,
// sets a password and lands on their team, then the admin switches on single sign-on and a rep
// signs in through the company's OpenID provider. Runs alone, as `npm test`'s "first day" stage,
// on a server whose database it starts with empty (scripts/test.ts).
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { configureSso, signInThroughProvider, startOidcProvider, type OidcProvider } from "./oidc";
import { linkIn, SmtpInbox } from "./smtp-inbox";

const BASE_URL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";
const ORG_CHART = path.resolve("tests/fixtures/org-chart-40.csv");
const ORGANIZATION = "Northwind Traders";
const ADMIN = { name: "Nadia Okonkwo", email: "nadia.okonkwo@northwind.test", password: "northwind founding passphrase" };

const inbox = new SmtpInbox();
let provider: OidcProvider;

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  await inbox.listen(Number(process.env.E2E_SMTP_PORT ?? 2525));
  provider = await startOidcProvider(BASE_URL);
});

test.afterAll(async () => {
  provider?.close();
  await inbox.close();
});

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: BASE_URL });
  return context.newPage();
}

async function signInAsAdmin(page: Page) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/, { timeout: 60_000 });
}

test("the database starts empty: nobody can sign in yet", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("the founder signs up and lands on the getting-started checklist", async ({ browser }) => {
  const page = await freshPage(browser);
  await page.goto("/signup");
  await page.getByLabel("Organization name").fill(ORGANIZATION);
  await page.getByLabel("Your name").fill(ADMIN.name);
  await page.getByLabel("Work email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByLabel("Currency").selectOption("USD");
  await page.getByLabel("Time zone").selectOption("America/New_York");
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(/\/getting-started$/, { timeout: 60_000 });
  await expect(page.getByTestId("organization-name")).toHaveText(ORGANIZATION);
  await expect(page.getByTestId("step-people")).toHaveAttribute("data-done", "false");
  await page.context().close();
});

test("the admin imports the 40-person org chart and invitations go out to everyone in it", async ({ browser }) => {
  const page = await freshPage(browser);
  await signInAsAdmin(page);
  await page.goto("/settings/users/import");
  await page.getByLabel("Org chart (CSV)").setInputFiles(ORG_CHART);
  await expect(page.getByTestId("people-import-counts")).toHaveText("40 new people · 0 updated · 0 unchanged · 5 new teams · 3 new regions.");
  await expect(page.getByLabel(/Send invitations/)).toBeChecked();
  await page.getByRole("button", { name: "Import 40 people" }).click();
  await expect(page.getByTestId("people-import-result")).toContainText("Imported: 40 new people", { timeout: 60_000 });

  // Every person in the file is invited by email (the jobs worker sends them through SMTP).
  for (const email of ["vivian.park@northwind.test", "marcus.bell@northwind.test", "ava.thompson@northwind.test"]) {
    const mail = await inbox.waitFor(email, new RegExp(`invited to ${ORGANIZATION}`));
    expect(mail.text).toContain(`${ADMIN.name} invited you`);
  }
  await page.goto("/settings/users");
  await expect(page.getByTestId("invitation-marcus.bell@northwind.test")).toBeVisible();
  await page.goto("/getting-started");
  await expect(page.getByTestId("step-people")).toHaveAttribute("data-done", "true");
  await page.context().close();
});

test("an invited manager follows the emailed link, sets a password and lands on their team", async ({ browser }) => {
  const mail = await inbox.waitFor("marcus.bell@northwind.test", new RegExp(`invited to ${ORGANIZATION}`));
  const page = await freshPage(browser);
  await page.goto(linkIn(mail));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Join ${ORGANIZATION}`);
  await page.getByLabel("New password").fill("marcus coaches boston");
  await page.getByLabel("Repeat the password").fill("marcus coaches boston");
  await page.getByRole("button", { name: /and sign in/ }).click();
  await expect(page).toHaveURL(/\/team\/[^/?]+/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Boston Enterprise");
  // The link is single-use.
  await page.context().close();
  const again = await freshPage(browser);
  await again.goto(linkIn(mail));
  await expect(again.getByRole("heading", { level: 1 })).toHaveText("This invitation link no longer works");
  await again.context().close();
});

test("the admin switches on single sign-on and a rep signs in through the company's provider", async ({ browser }) => {
  const admin = await freshPage(browser);
  await signInAsAdmin(admin);
  await configureSso(admin, provider.issuer, "northwind.test");
  await admin.context().close();

  const rep = await freshPage(browser);
  await signInThroughProvider(rep, provider.issuer, "ava.thompson@northwind.test");
  await expect(rep).toHaveURL(/\/me$/, { timeout: 60_000 });
  await expect(rep.getByRole("button", { name: /Account menu/ })).toBeVisible();
  await rep.context().close();
});
