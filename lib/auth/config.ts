// The part of the Auth.js configuration that needs no database, shared by the app and proxy.ts.
import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/lib/generated/prisma/enums";
import { env, isProduction } from "@/lib/env";

export const authConfig = {
  // Self-hosted behind the customer's own proxy: trust the Host header (see STACK.md).
  trustHost: true,
  secret: env.AUTH_SECRET,
  useSecureCookies: env.SECURE_COOKIES ?? isProduction,
  session: { strategy: "jwt", maxAge: env.SESSION_MAX_AGE, updateAge: env.SESSION_UPDATE_AGE },
  pages: { signIn: "/login", error: "/login" },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.org = user.organizationId;
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") {
        session.user.id = token.uid;
        session.user.organizationId = String(token.org);
        session.user.role = token.role as Role;
        session.user.sessionVersion = Number(token.sv ?? 0);
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
