import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { MATRIX, PERSONAS, type Persona } from "./authorization-rows";
import { fillPath, loadFixtureIds } from "./fixture-ids";
import { signIn } from "./helpers";
import { discoverRoutes } from "./routes";

// Every page each role may open, checked with axe: no serious or critical violations. The pages
// come from the authorization matrix (each row a role may open with a 200), plus one instance of
// each page with a run-time id (a one-on-one, a plan) found by following links, plus the
// navigation — so a new page is checked as soon as it has its matrix rows.
const ROLES: Persona[] = ["rep", "manager", "vp", "admin"];

const pagePatterns = discoverRoutes().filter((route) => route.kind === "page");
const patternRegex = (pattern: string) => new RegExp(`^${pattern.replace(/\[[^\]]+\]/g, "[^/]+")}$`);
const dynamicPatterns = pagePatterns.filter((route) => route.pattern.includes("[")).map((route) => ({ pattern: route.pattern, regex: patternRegex(route.pattern) }));
const isPage = (path: string) => pagePatterns.some((route) => patternRegex(route.pattern).test(path.split("?")[0] ?? path));

async function seriousViolations(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${path} ${violation.id}: ${violation.help} (${violation.nodes.length})`);
}

test("the login page has no serious accessibility violations", async ({ page }) => {
  expect(await seriousViolations(page, "/login")).toEqual([]);
});

for (const role of ROLES) {
  test(`every page ${PERSONAS[role]} may open has no serious accessibility violations`, async ({ page }) => {
    test.setTimeout(300_000);
    const ids = await loadFixtureIds();
    await signIn(page, PERSONAS[role] ?? "");
    const home = new URL(page.url()).pathname;
    const navigation = await page.getByRole("navigation", { name: "Main" }).getByRole("link").evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname));
    const allowed = MATRIX.flatMap((row) => row.checks)
      .filter((check) => check.as === role && check.expect === "ok" && (check.method ?? "GET") === "GET")
      .map((check) => fillPath(check.path, ids))
      .filter(isPage);
    const queue = [...new Set([home, ...navigation, ...allowed])];
    const visited = new Set<string>();
    const seenDynamic = new Set(queue.flatMap((path) => dynamicPatterns.filter((route) => route.regex.test(path.split("?")[0] ?? path)).map((route) => route.pattern)));
    const problems: string[] = [];
    while (queue.length) {
      const path = queue.shift() ?? "";
      if (visited.has(path)) continue;
      visited.add(path);
      problems.push(...(await seriousViolations(page, path)));
      // One instance of each page with a run-time id, reached the way a user reaches it.
      const links = await page.locator("main a[href^='/']").evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname));
      for (const link of links) {
        const route = dynamicPatterns.find((candidate) => candidate.regex.test(link));
        if (route && !seenDynamic.has(route.pattern)) {
          seenDynamic.add(route.pattern);
          queue.push(link);
        }
      }
    }
    expect(visited.size).toBeGreaterThan(navigation.length);
    expect(problems).toEqual([]);
  });
}
