// Single sign-on against a real OpenID provider (oidc-provider, started here on a local port; its
// development login page accepts any login, which is the email it vouches for): the admin sets it up
// under Settings → Security; a rep signs in through it; an email of another domain, a deactivated
// user and a tampered state are refused. At the end the demo organization is back to passwords only.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";
import { configureSso, signInThroughProvider as throughProvider, startOidcProvider, type OidcProvider } from "./oidc";

// At the loopback address the suite uses (127.0.0.1): the redirect URI must keep it, not turn it into "localhost".
const BASE_URL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";

let provider: OidcProvider;
let issuer = "";

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  provider = await startOidcProvider(BASE_URL);
  issuer = provider.issuer;
});

test.afterAll(() => {
  provider?.close();
});

const signInThroughProvider = (page: Page, email: string, login = email) => throughProvider(page, issuer, email, login);

async function asAdmin(browser: Browser, work: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ baseURL: BASE_URL });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill("admin@acme.test");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The first sign-in after the server starts can be slow on a busy machine.
  await expect(page).not.toHaveURL(/\/login/, { timeout: 60_000 });
  await work(page);
  await context.close();
}

test("the admin sets up single sign-on for acme.test", async ({ browser }) => {
  await asAdmin(browser, async (page) => {
    await configureSso(page, issuer, "acme.test");
    await page.reload();
    await expect(page.getByLabel("Email domains")).toHaveValue("acme.test");
    await expect(page.getByLabel("Client secret")).toHaveValue("");
  });
});

test("a rep continues with SSO and lands signed in on their page", async ({ page }) => {
  await signInThroughProvider(page, "rep3@acme.test");
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("button", { name: /Account menu/ })).toBeVisible();
});

test("an email of a domain without SSO is told so, and one the provider vouches for in another domain is refused", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("someone@unknown-company.test");
  await page.getByRole("button", { name: "Continue with SSO" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not set up for this email's domain" })).toBeVisible();

  await signInThroughProvider(page, "rep3@acme.test", "intruder@elsewhere.test");
  await expect(page).toHaveURL(/\/login\?sso=domain/);
  await expect(page.getByTestId("sso-refusal")).toContainText("does not sign in through this organization's provider");
  await page.goto("/me");
  await expect(page).toHaveURL(/\/login/);
});

test("a deactivated user cannot get in through SSO either", async ({ browser, page }) => {
  const email = "rep22@acme.test";
  const name = "Samuel Hughes";
  const setActive = async (active: boolean) =>
    asAdmin(browser, async (admin) => {
      await admin.goto("/settings/users");
      const row = admin.getByTestId(`user-${email}`);
      if (active) {
        await row.getByRole("button", { name: `Reactivate ${name}`, exact: true }).click();
        await expect(row.getByRole("button", { name: `Deactivate ${name}`, exact: true })).toBeVisible();
      } else {
        await row.getByRole("button", { name: `Deactivate ${name}`, exact: true }).click();
        await row.getByRole("button", { name: `Yes, deactivate ${name}`, exact: true }).click();
        await expect(row.getByRole("button", { name: `Reactivate ${name}`, exact: true })).toBeVisible();
      }
    });
  await setActive(false);
  try {
    await signInThroughProvider(page, email);
    await expect(page).toHaveURL(/\/login\?sso=deactivated/);
    await expect(page.getByTestId("sso-refusal")).toContainText("deactivated");
  } finally {
    await setActive(true);
  }
});

test("a tampered state sends the person back to sign in, signed out", async ({ page }) => {
  // Change the state on its way to the provider: it comes back different from the one in the cookie.
  await page.route(
    (url) => url.origin === issuer && url.pathname === "/auth",
    async (route) => {
      const url = new URL(route.request().url());
      url.searchParams.set("state", "tampered-state");
      await route.continue({ url: url.toString() });
    },
  );
  await signInThroughProvider(page, "rep3@acme.test");
  await expect(page).toHaveURL(/\/login\?error=/);
  await expect(page.getByTestId("sso-refusal")).toContainText("did not complete");
  await page.goto("/me");
  await expect(page).toHaveURL(/\/login/);
});

test("the admin turns single sign-on off again", async ({ browser }) => {
  await asAdmin(browser, async (page) => {
    await page.goto("/settings/security");
    await page.getByRole("button", { name: "Turn off single sign-on" }).click();
    // The page then shows an empty form and no "turn off" button.
    await expect(page.getByRole("button", { name: "Turn off single sign-on" })).toHaveCount(0);
    await expect(page.getByLabel("Issuer URL")).toHaveValue("");
  });
});
