import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { MATRIX, PERSONAS, type Persona } from "./authorization-rows";
import { fillPath, loadFixtureIds } from "./fixture-ids";
import { signIn } from "./helpers";
import { discoverRoutes } from "./routes";

// Every page each role may open, checked with axe (no serious or critical violations), for a
// clean browser console (no error or warning of any kind: a hydration mismatch, a failed request,
// a React warning) and, on a 375 px phone, for a page no wider than the screen. The pages come
// from the authorization matrix (each row a role may open with a 200), plus one instance of each
// page with a run-time id (a one-on-one, a plan) found by following links, plus the navigation —
// so a new page is checked as soon as it has its matrix rows. The four roles' walks run side by
// side on the workers.
const ROLES: Persona[] = ["rep", "manager", "vp", "admin"];
const PHONE = { width: 375, height: 800 };
const DESKTOP = { width: 1280, height: 800 };

// The browser sits in another time zone and locale than the server: a date or number formatted
// on both sides with the runtime's defaults then differs, and hydration fails loudly here.
test.use({ timezoneId: "Pacific/Auckland", locale: "en-GB", viewport: DESKTOP });
test.describe.configure({ mode: "parallel" });

const pagePatterns = discoverRoutes().filter((route) => route.kind === "page");
const patternRegex = (pattern: string) => new RegExp(`^${pattern.replace(/\[[^\]]+\]/g, "[^/]+")}$`);
const dynamicPatterns = pagePatterns.filter((route) => route.pattern.includes("[")).map((route) => ({ pattern: route.pattern, regex: patternRegex(route.pattern) }));
const isPage = (path: string) => pagePatterns.some((route) => patternRegex(route.pattern).test(path.split("?")[0] ?? path));

/** Every console error and warning and every uncaught exception of the page, with where it happened. */
function watchConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error" && message.type() !== "warning") return;
    // A failed request names itself only in its location.
    const source = message.text().startsWith("Failed to load resource") ? ` (${message.location().url})` : "";
    messages.push(`${new URL(page.url()).pathname} console ${message.type()}: ${message.text().slice(0, 300)}${source}`);
  });
  page.on("pageerror", (error) => messages.push(`${new URL(page.url()).pathname} uncaught: ${error.message.slice(0, 300)}`));
  return messages;
}

async function seriousViolations(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${path} ${violation.id}: ${violation.help} (${violation.nodes.length})`);
}

/**
 * The page as it is, narrowed to a phone's width (media queries, ResizeObserver charts and all),
 * then widened back. A chart re-measures itself a few frames after the resize (later on a busy
 * machine), so the width is read until the page fits, for up to 5 s: a page that does not fit by
 * then is reported.
 */
async function widerThanPhone(page: Page, path: string): Promise<string[]> {
  const { width, height } = page.viewportSize() ?? DESKTOP;
  await page.setViewportSize(PHONE);
  const measured = await page.evaluate(
    () =>
      new Promise<{ scrollWidth: number; innerWidth: number }>((resolve) => {
        const started = performance.now();
        const measure = () => {
          const size = { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth };
          if (size.scrollWidth <= size.innerWidth || performance.now() - started > 5_000) resolve(size);
          else setTimeout(() => requestAnimationFrame(measure), 50);
        };
        requestAnimationFrame(() => requestAnimationFrame(measure));
      }),
  );
  await page.setViewportSize({ width, height });
  return measured.scrollWidth > measured.innerWidth ? [`${path} is ${measured.scrollWidth} px wide on a ${measured.innerWidth} px screen`] : [];
}

test("the login page has no serious accessibility violations, console messages or overflow on a phone", async ({ page }) => {
  const messages = watchConsole(page);
  expect(await seriousViolations(page, "/login")).toEqual([]);
  expect(await widerThanPhone(page, "/login")).toEqual([]);
  expect(messages).toEqual([]);
});

for (const role of ROLES) {
  test(`every page ${PERSONAS[role]} may open: no serious accessibility violations, no console messages, fits a phone`, async ({ page }) => {
    test.setTimeout(420_000);
    const messages = watchConsole(page);
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
      // The same page on a phone, without loading it again (a second visit per page took this
      // spec to 18 minutes of CI).
      problems.push(...(await widerThanPhone(page, path)));
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
    expect(messages).toEqual([]);
  });
}

test("on a phone the main navigation is one Menu button that shows every link", async ({ page }) => {
  await signIn(page, PERSONAS.manager ?? "");
  const desktopLinks = await page.getByRole("navigation", { name: "Main" }).getByRole("link").allTextContents();
  await page.setViewportSize(PHONE);
  const menu = page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveCount(0);
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveText(desktopLinks);
  const widths = await page.getByRole("navigation", { name: "Main" }).getByRole("link").evaluateAll((anchors) => anchors.map((anchor) => anchor.getBoundingClientRect().right));
  expect(Math.max(...widths)).toBeLessThanOrEqual(PHONE.width);
});
