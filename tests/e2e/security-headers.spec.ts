import { expect, test } from "@playwright/test";

const baseURL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";

test("pages carry a nonce-based CSP, no framing, nosniff, a referrer policy and no x-powered-by", async () => {
  const response = await fetch(`${baseURL}/login`);
  const csp = response.headers.get("content-security-policy") ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(response.headers.get("x-frame-options")).toBe("DENY");
  expect(response.headers.get("strict-transport-security")).toContain("max-age=");
  expect(response.headers.get("x-powered-by")).toBeNull();
  // A fresh nonce on every response.
  const again = await fetch(`${baseURL}/login`);
  expect(again.headers.get("content-security-policy")).not.toBe(csp);
  const html = await response.text();
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(html).toContain(`nonce="${nonce}"`);
});

test("the session cookie is Secure, HttpOnly and SameSite=Lax in production", async () => {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    body: new URLSearchParams({ csrfToken, email: "rep7@acme.test", password: "coachboard-demo" }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.includes("session-token="));
  expect(session).toBeDefined();
  expect(session).toMatch(/^__Secure-/);
  expect(session).toMatch(/;\s*Secure/i);
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
});
