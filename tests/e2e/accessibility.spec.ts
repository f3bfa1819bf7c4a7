import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// Every page each role reaches from its navigation, checked with axe: no serious or critical violations.
const ROLES = [
  { email: "rep1@acme.test", extra: [] as string[] },
  { email: "manager1@acme.test", extra: [] as string[] },
  { email: "vp@acme.test", extra: ["/team"] },
  { email: "admin@acme.test", extra: [] as string[] },
];

test("the login page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/login");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

for (const role of ROLES) {
  test(`pages of ${role.email} have no serious accessibility violations`, async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, role.email);
    const links = await page.getByRole("navigation", { name: "Main" }).getByRole("link").evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname));
    const paths = [...new Set([new URL(page.url()).pathname, ...links, ...role.extra])];
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const results = await new AxeBuilder({ page }).analyze();
      for (const violation of results.violations) {
        if (violation.impact === "serious" || violation.impact === "critical") problems.push(`${path} ${violation.id}: ${violation.help} (${violation.nodes.length})`);
      }
    }
    expect(problems).toEqual([]);
  });
}
