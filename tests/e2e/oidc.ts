// A real OpenID provider for the e2e run (oidc-provider on a free loopback port). Its development
// login page accepts any login, which becomes the (verified) email it vouches for.
import net from "node:net";
import type { Server } from "node:http";
import { expect, type Page } from "@playwright/test";
import Provider from "oidc-provider";

export const OIDC_CLIENT_ID = "coachboard-e2e";
export const OIDC_CLIENT_SECRET = "e2e-client-secret-0123456789";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface OidcProvider {
  issuer: string;
  close(): void;
}

/** Starts a provider whose one client is the app at `appUrl` (its Auth.js callback is the redirect URI). */
export async function startOidcProvider(appUrl: string): Promise<OidcProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: OIDC_CLIENT_ID, client_secret: OIDC_CLIENT_SECRET, redirect_uris: [`${appUrl}/api/auth/callback/sso`], response_types: ["code"], grant_types: ["authorization_code"] }],
    async findAccount(_context, id) {
      return { accountId: id, claims: async () => ({ sub: id, email: id, email_verified: true, name: id.split("@")[0] }) };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Put the email in the ID token, as hosted providers do.
    conformIdTokenClaims: false,
    cookies: { keys: ["e2e-only-provider-cookie-key"] },
  });
  provider.on("grant.error", (_context: unknown, error: { error_detail?: string; message: string }) => console.log("provider grant.error:", error.message, error.error_detail));
  const server: Server = provider.listen(port);
  return { issuer, close: () => server.close() };
}

/** From /login through the provider's login and consent pages, as `login`. */
export async function signInThroughProvider(page: Page, issuer: string, email: string, login = email) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Continue with SSO" }).click();
  await page.waitForURL((url) => url.origin === issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

/** Settings → Security: the organization's provider, for `domains`. */
export async function configureSso(page: Page, issuer: string, domains: string) {
  await page.goto("/settings");
  await page.getByRole("list", { name: "Settings sections" }).getByRole("link", { name: "Security" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Security" })).toBeVisible();
  await page.getByLabel("Issuer URL").fill(issuer);
  await page.getByLabel("Client ID").fill(OIDC_CLIENT_ID);
  await page.getByLabel("Client secret").fill(OIDC_CLIENT_SECRET);
  await page.getByLabel("Email domains").fill(domains);
  await page.getByRole("button", { name: "Save single sign-on" }).click();
  await expect(page.getByText("Single sign-on saved.")).toBeVisible();
}
