import { unstable_rethrow } from "next/navigation";
import { NextRequest } from "next/server";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { OIDCConfig } from "next-auth/providers";
import { authConfig } from "@/lib/auth/config";
import { env } from "@/lib/env";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { logger } from "@/lib/server/runtime/logger";
import { loadSsoProvider } from "@/lib/server/sso/load-sso-provider";
import { resolveSsoUser } from "@/lib/server/sso/resolve-sso-user";
import { signInSchema } from "@/lib/validation/auth";

class InvalidCredentials extends CredentialsSignin {
  override code = "invalid";
}

class AccountLocked extends CredentialsSignin {
  override code = "locked";
}

export const SSO_PROVIDER_ID = "sso";
/** Which organization's provider a single sign-on in progress uses (set by "Continue with SSO"). */
export const SSO_ORGANIZATION_COOKIE = "cb-sso-organization";
const REFUSED = "sso-refused:";

const credentials = Credentials({
  credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
  async authorize(input, request) {
    const parsed = signInSchema.safeParse(input);
    if (!parsed.success) throw new InvalidCredentials();
    const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "local";
    const outcome = await verifyCredentials({ ...parsed.data, ip });
    if (outcome.status === "locked") throw new AccountLocked();
    if (outcome.status !== "ok") throw new InvalidCredentials();
    return outcome.user;
  },
});

/** The organization's OpenID Connect provider: PKCE, state and nonce checked; the person matched by verified email. */
function ssoProvider(organizationId: string, provider: { issuer: string; clientId: string; clientSecret: string }): OIDCConfig<Record<string, unknown>> {
  return {
    id: SSO_PROVIDER_ID,
    name: "Single sign-on",
    type: "oidc",
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid email profile" } },
    async profile(claims) {
      const outcome = await resolveSsoUser(organizationId, claims);
      // A refusal travels as the user's id to the signIn callback, which sends the person back to /login with the reason.
      if (!outcome.ok) return { id: `${REFUSED}${outcome.reason}`, organizationId, role: "REP", sessionVersion: -1 };
      return outcome.user;
    },
  };
}

// Auth.js gives a person signed in through a provider a fresh random user id; the id profile()
// returned (our user's, or the refusal) arrives as the account's providerAccountId.
const callbacks: NextAuthConfig["callbacks"] = {
  ...authConfig.callbacks,
  signIn({ account }) {
    if (account?.provider !== SSO_PROVIDER_ID) return true;
    return account.providerAccountId.startsWith(REFUSED) ? `/login?sso=${encodeURIComponent(account.providerAccountId.slice(REFUSED.length))}` : true;
  },
  jwt(params) {
    const { user, account } = params;
    if (account?.provider === SSO_PROVIDER_ID && user) return authConfig.callbacks.jwt({ ...params, user: { ...user, id: account.providerAccountId } });
    return authConfig.callbacks.jwt(params);
  },
};

/** Starts single sign-on with the organization's provider (from a server action; redirects to the provider). */
export async function signInWithSso(organizationId: string, options: { redirectTo: string; loginHint: string }): Promise<"unavailable"> {
  const provider = await loadSsoProvider(organizationId);
  if (!provider) return "unavailable";
  const { signIn: startSignIn } = NextAuth({ ...authConfig, callbacks, providers: [ssoProvider(organizationId, provider)] });
  try {
    await startSignIn(SSO_PROVIDER_ID, { redirectTo: options.redirectTo }, { login_hint: options.loginHint });
  } catch (error) {
    // The redirect to the provider is how this succeeds; anything else (the provider unreachable) is logged.
    unstable_rethrow(error);
    logger.warn("single sign-on could not start", { organizationId, error: error instanceof Error ? error.message : String(error) });
  }
  return "unavailable";
}

const nextAuth = NextAuth(async (request) => {
  // Only Auth.js's own routes (the provider's callback) need the organization's provider.
  const organizationId = request?.nextUrl.pathname.startsWith("/api/auth/") ? request.cookies.get(SSO_ORGANIZATION_COOKIE)?.value : undefined;
  const provider = organizationId ? await loadSsoProvider(organizationId) : null;
  return { ...authConfig, callbacks, providers: organizationId && provider ? [credentials, ssoProvider(organizationId, provider)] : [credentials] };
});

export const { auth, signIn, signOut } = nextAuth;

/**
 * Auth.js's routes see the address the browser used (Host, or X-Forwarded-Host behind a proxy:
 * trusted, as trustHost says), as server actions do: the provider's redirect URI must be the same
 * when single sign-on starts (in a server action) and when the provider answers (here).
 * NextRequest rewrites a loopback host (127.0.0.1, [::1]) to "localhost" in its `url`, and Auth.js
 * builds the redirect URI from `url`: the request handed on keeps the browser's address verbatim.
 */
function atBrowserAddress(handler: (request: NextRequest) => Promise<Response>) {
  return (request: NextRequest) => {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    // Without a Host header the request's own URL names the server's bind address ("localhost"),
    // not the browser's: the app's public address (APP_URL) is the better guess then.
    const origin = host ? `${request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "")}://${host}` : new URL(env.APP_URL).origin;
    const browserUrl = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, origin).href;
    const atBrowser = new NextRequest(browserUrl, request);
    Object.defineProperty(atBrowser, "url", { value: browserUrl });
    return handler(atBrowser);
  };
}

export const handlers = { GET: atBrowserAddress(nextAuth.handlers.GET), POST: atBrowserAddress(nextAuth.handlers.POST) };
