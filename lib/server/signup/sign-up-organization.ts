import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createOrganizationWithAdmin } from "@/lib/organizations/create-organization-with-admin";
import { hashPassword } from "@/lib/security/password";
import { logger } from "@/lib/server/runtime/logger";
import { hitCounter, secondsUntil } from "@/lib/server/runtime/rate-limit";
import type { SignUpInput } from "@/lib/validation/signup";

// Attempts per client and per address, whatever their outcome (like sign-in's lockout window).
export const SIGN_UP_LIMITS = { perClient: 10, perAddress: 5, windowSeconds: 15 * 60 } as const;

export type SignUpOutcome = { status: "created"; email: string } | { status: "refused" } | { status: "limited"; retryAfterSeconds: number } | { status: "closed" };

/**
 * Public, when SIGNUP=open: a new organization with the default framework and its first ADMIN.
 * An address that already has an account gets the same "refused" as any other failure.
 */
export async function signUpOrganization(input: SignUpInput & { ip: string }): Promise<SignUpOutcome> {
  if (env.SIGNUP !== "open") return { status: "closed" };
  const [client, address] = await Promise.all([hitCounter(`signup-ip:${input.ip}`, SIGN_UP_LIMITS.windowSeconds), hitCounter(`signup-address:${input.email}`, SIGN_UP_LIMITS.windowSeconds)]);
  const over = [client.points > SIGN_UP_LIMITS.perClient ? client : null, address.points > SIGN_UP_LIMITS.perAddress ? address : null].find(Boolean);
  if (over) return { status: "limited", retryAfterSeconds: secondsUntil(over.resetAt) };

  // Hashed before looking the address up, so a taken address costs the same time as a free one.
  const passwordHash = await hashPassword(input.password);
  try {
    const created = await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) return null;
      return createOrganizationWithAdmin(tx, {
        organizationName: input.organizationName,
        currency: input.currency,
        timeZone: input.timeZone,
        admin: { name: input.name, email: input.email, passwordHash },
        via: "signup",
      });
    });
    if (!created) return { status: "refused" };
    logger.info("organization signed up", { organizationId: created.organization.id });
    return { status: "created", email: created.admin.email };
  } catch (error) {
    // Two sign-ups racing for one address: the unique index refuses the second.
    if (error instanceof Error && "code" in error && error.code === "P2002") return { status: "refused" };
    throw error;
  }
}
