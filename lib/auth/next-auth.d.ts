import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    organizationId: string;
    role: Role;
    sessionVersion: number;
  }
  interface Session {
    user: {
      id: string;
      organizationId: string;
      role: Role;
      sessionVersion: number;
    } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    org?: string;
    role?: Role;
    sv?: number;
  }
}
