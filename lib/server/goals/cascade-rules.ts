import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newOverAllocations, type AllocationScope, type OverAllocation } from "@/lib/goals/allocate";
import { currencyMinorDigits, fromMinorUnits } from "@/lib/money";
import { formatMoney } from "@/lib/format";
import { ConflictError, InvalidInputError } from "@/lib/server/http/errors";

// The rules every write of the goal cascade shares: amounts in whole minor units, one writer per
// organization and period at a time, and no over-allocation without an explicit confirmation.

/** A major-unit amount as integer minor units; more decimals than the currency has are refused. */
export function toMinorAmount(amount: number, currency: string, field: string): number {
  const scaled = amount * 10 ** currencyMinorDigits(currency);
  const minor = Math.round(scaled);
  if (Math.abs(scaled - minor) > 1e-6 * Math.max(1, Math.abs(scaled))) {
    throw new InvalidInputError(`${field}: has more than ${currencyMinorDigits(currency)} decimal places`, { [field]: ["has too many decimal places"] });
  }
  if (!Number.isSafeInteger(minor) || minor < 0) throw new InvalidInputError(`${field}: is out of range`, { [field]: ["is out of range"] });
  return minor;
}

/** Serializes the cascade's writers per organization and period, so two allocations cannot both pass the check. */
export async function lockPeriod(tx: Prisma.TransactionClient, organizationId: string, periodKey: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`goals|${organizationId}|${periodKey}`}))`;
}

function describeOverAllocation(scope: OverAllocation, currency: string, periodKey: string): string {
  const what =
    scope.scope === "organization"
      ? `team goals would add up to ${formatMoney(scope.allocatedMinor, currency)}`
      : `${scope.name}'s quotas would add up to ${formatMoney(scope.allocatedMinor, currency)}`;
  const goal =
    scope.scope === "organization"
      ? `the organization's goal of ${formatMoney(scope.goalMinor ?? 0, currency)}`
      : `the team's goal of ${formatMoney(scope.goalMinor ?? 0, currency)}`;
  return `${what}, ${formatMoney(scope.overMinor, currency)} more than ${goal} for ${periodKey}`;
}

/**
 * Refuses a change that creates or deepens an over-allocation, naming each amount over, unless
 * the caller confirmed it. Returns what was confirmed (for the audit record).
 */
export function refuseSilentOverAllocation(args: {
  before: readonly AllocationScope[];
  after: readonly AllocationScope[];
  confirmed: boolean;
  currency: string;
  periodKey: string;
}): OverAllocation[] {
  const over = newOverAllocations(args.before, args.after);
  if (over.length && !args.confirmed) {
    const sentences = over.map((scope) => describeOverAllocation(scope, args.currency, args.periodKey));
    const major = (amount: number | null) => (amount === null ? null : fromMinorUnits(amount, args.currency));
    throw new ConflictError(`Over-allocated: ${sentences.join("; ")}. Nothing was saved; confirm the over-allocation to save it anyway.`, {
      overAllocations: over.map((scope) => ({
        scope: scope.scope,
        name: scope.name,
        goal: major(scope.goalMinor),
        allocated: major(scope.allocatedMinor),
        over: major(scope.overMinor),
      })),
    });
  }
  return over;
}
