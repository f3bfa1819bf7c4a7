import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

const HOMES = [
  { email: "rep1@acme.test", path: "/me", heading: /Hi Jordan/ },
  { email: "manager1@acme.test", path: "/team/", heading: /East Enterprise/ },
  { email: "vp@acme.test", path: "/org", heading: /Acme Software/ },
  { email: "admin@acme.test", path: "/settings", heading: /Settings/ },
];

for (const home of HOMES) {
  test(`${home.email} signs in and lands on their home`, async ({ page }) => {
    await signIn(page, home.email);
    await expect(page).toHaveURL(new RegExp(home.path.replace(/\//g, "\\/")));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(home.heading);
    await expect(page.getByTestId("organization-name")).toHaveText("Acme Software");
  });
}

test("a wrong password is refused with a message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("rep2@acme.test");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "incorrect" })).toHaveText("Email or password is incorrect.");
  await expect(page).toHaveURL(/\/login/);
});

test("a signed-out deep link goes to /login and returns there after sign-in", async ({ page }) => {
  await page.goto("/org?tab=teams");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Forg%3Ftab%3Dteams/);
  await page.getByLabel("Email").fill("vp@acme.test");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/org\?tab=teams$/);
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "rep4@acme.test");
  // The account menu closes when focus leaves it, as on Escape.
  const accountMenu = page.getByRole("button", { name: /Account menu/ });
  await accountMenu.click();
  await page.getByRole("menuitem", { name: "Sign out" }).focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("menu")).toBeHidden();
  await expect(accountMenu).toHaveAttribute("aria-expanded", "false");
  await accountMenu.click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/me");
  await expect(page).toHaveURL(/\/login/);
});

test("a rep cannot open the organization page", async ({ page }) => {
  await signIn(page, "rep5@acme.test");
  const response = await page.goto("/org");
  expect(response?.status()).toBe(404);
});
