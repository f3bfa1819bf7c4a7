"use server";
import { cookies } from "next/headers";
import { AuthError, CredentialsSignin } from "next-auth";
import { env, isProduction } from "@/lib/env";
import { signIn, signInWithSso, SSO_ORGANIZATION_COOKIE } from "@/lib/auth";
import { findSsoOrganization } from "@/lib/server/sso/find-sso-organization";
import { signInSchema } from "@/lib/validation/auth";
import { callbackUrlSchema } from "@/lib/validation/callback-url";
import { ssoStartSchema } from "@/lib/validation/sso";

export interface SignInState {
  message?: string;
  fieldErrors?: { email?: string[]; password?: string[] };
  email?: string;
}

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) {
    const { fieldErrors } = parsed.error.flatten();
    return { fieldErrors, email };
  }
  const redirectTo = callbackUrlSchema.parse(formData.get("callbackUrl") ?? "/");
  try {
    await signIn("credentials", { ...parsed.data, redirectTo });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "locked") {
      return { message: "Too many failed sign-ins. This account is locked for 15 minutes; try again later.", email };
    }
    // One message for an unknown account, a deactivated one and a wrong password (no enumeration).
    if (error instanceof AuthError) return { message: "Email or password is incorrect.", email };
    throw error;
  }
}

export interface SsoStartState {
  message?: string;
  email?: string;
}

/** "Continue with SSO": the email's domain chooses the organization's provider, and the browser goes there. */
export async function startSsoAction(_previous: SsoStartState, formData: FormData): Promise<SsoStartState> {
  const email = String(formData.get("email") ?? "");
  const parsed = ssoStartSchema.safeParse({ email });
  if (!parsed.success) return { message: "Enter your work email address.", email };
  const redirectTo = callbackUrlSchema.parse(formData.get("callbackUrl") ?? "/");
  const organization = await findSsoOrganization(parsed.data.email);
  if (!organization) return { message: "Single sign-on is not set up for this email's domain. Sign in with your password, or ask your administrator.", email };
  (await cookies()).set(SSO_ORGANIZATION_COOKIE, organization.organizationId, { httpOnly: true, sameSite: "lax", secure: env.SECURE_COOKIES ?? isProduction, path: "/api/auth", maxAge: 15 * 60 });
  // Redirects to the provider; it returns only when the provider cannot be used.
  await signInWithSso(organization.organizationId, { redirectTo, loginHint: parsed.data.email });
  return { message: "Single sign-on is not available right now; sign in with your password, or ask your administrator.", email };
}
