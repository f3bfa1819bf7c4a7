// The authorization matrix: every page and API route (discovered from app/, so a new route
// without rows fails here) against every kind of caller, on the production build.
import { expect, test } from "@playwright/test";
import { discoverRoutes } from "./routes";
import { DEMO_PASSWORD } from "./helpers";
import { MATRIX, PERSONAS, type Expectation, type Persona } from "./authorization-rows";
import { fillPath, loadFixtureIds } from "./fixture-ids";

const baseURL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";

async function sessionCookie(email: string): Promise<string> {
  const csrfResponse = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const cookies = csrfResponse.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD }),
  });
  const session = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).find((cookie) => cookie?.includes("session-token"));
  if (!session) throw new Error(`could not sign in as ${email}`);
  return session;
}

test.describe.configure({ mode: "serial" });

test("every page and API route has rows in the matrix", () => {
  const discovered = discoverRoutes().map((route) => route.pattern);
  const covered = new Set(MATRIX.map((row) => row.pattern));
  expect(discovered.filter((pattern) => !covered.has(pattern)), "routes without authorization rows").toEqual([]);
  expect([...covered].filter((pattern) => !discovered.includes(pattern)), "rows for routes that no longer exist").toEqual([]);
});

test("each caller gets exactly what the role rules allow", async () => {
  test.setTimeout(240_000);
  const ids = await loadFixtureIds();
  const cookies = new Map<Persona, string>();
  for (const [persona, email] of Object.entries(PERSONAS) as [Persona, string | null][]) if (email) cookies.set(persona, await sessionCookie(email));

  const failures: string[] = [];
  for (const row of MATRIX) {
    for (const check of row.checks) {
      const url = fillPath(check.path, ids);
      const headers: Record<string, string> = {};
      const cookie = cookies.get(check.as as Persona);
      if (cookie) headers.cookie = cookie;
      if (check.as === "token") headers.authorization = `Bearer ${process.env.E2E_API_TOKEN}`;
      if (check.as === "foreignToken") headers.authorization = `Bearer ${process.env.E2E_FOREIGN_API_TOKEN}`;
      const response = await fetch(`${baseURL}${url}`, { method: check.method ?? "GET", headers, redirect: "manual" });
      const location = response.headers.get("location") ?? "";
      const actual: Expectation =
        response.status === 200 ? "ok" : response.status === 404 ? "notFound" : response.status === 401 ? "unauthenticated" : [302, 303, 307, 308].includes(response.status) ? (location.includes("/login") ? "login" : "redirect") : (`status ${response.status}` as Expectation);
      if (actual !== check.expect) failures.push(`${check.method ?? "GET"} ${row.pattern} as ${check.as} (${url}): expected ${check.expect}, got ${actual}`);
    }
  }
  expect(failures).toEqual([]);
});
