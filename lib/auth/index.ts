import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "@/lib/auth/config";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { signInSchema } from "@/lib/validation/auth";

class InvalidCredentials extends CredentialsSignin {
  override code = "invalid";
}

class AccountLocked extends CredentialsSignin {
  override code = "locked";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new InvalidCredentials();
        const ip = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "local";
        const outcome = await verifyCredentials({ ...parsed.data, ip });
        if (outcome.status === "locked") throw new AccountLocked();
        if (outcome.status !== "ok") throw new InvalidCredentials();
        return outcome.user;
      },
    }),
  ],
});
