import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Copies the unfinished agenda items of one meeting into another (nothing falls through). An item
 * already carried into a meeting that was not cancelled is not copied twice. Returns how many moved.
 */
export async function carryForwardAgendaItems(tx: Prisma.TransactionClient, input: { organizationId: string; fromOneOnOneId: string; toOneOnOneId: string }): Promise<number> {
  const { organizationId } = input;
  const unfinished = await tx.agendaItem.findMany({
    where: { organizationId, oneOnOneId: input.fromOneOnOneId, done: false },
    select: { id: true, section: true, title: true, addedById: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  if (unfinished.length === 0) return 0;
  const alreadyCarried = await tx.agendaItem.findMany({
    where: { organizationId, carriedFromId: { in: unfinished.map((item) => item.id) }, oneOnOne: { status: { not: "CANCELLED" } } },
    select: { carriedFromId: true },
  });
  const carried = new Set(alreadyCarried.map((item) => item.carriedFromId));
  const toCarry = unfinished.filter((item) => !carried.has(item.id));
  if (toCarry.length === 0) return 0;
  const last = await tx.agendaItem.aggregate({ where: { organizationId, oneOnOneId: input.toOneOnOneId }, _max: { position: true } });
  const start = (last._max.position ?? -1) + 1;
  await tx.agendaItem.createMany({
    data: toCarry.map((item, index) => ({
      organizationId,
      oneOnOneId: input.toOneOnOneId,
      section: item.section,
      title: item.title,
      addedById: item.addedById,
      position: start + index,
      carriedFromId: item.id,
    })),
  });
  return toCarry.length;
}
