// Demo data for coaching time and co-coaching (docs/decisions/0036): each manager's weekly
// coaching capacity (East's is tight, so its dashboard shows the shortfall note) and a co-coach —
// Ray Okafor, West's manager, also coaches Priya Raman (East) on discovery.
import type { PrismaClient } from "@/lib/generated/prisma/client";

const CAPACITY_BY_MANAGER: Record<string, number> = { "manager1@acme.test": 150, "manager2@acme.test": 240, "manager3@acme.test": 300 };
const DEMO_CO_COACHING = { repEmail: "rep2@acme.test", coachEmail: "manager2@acme.test", addedByEmail: "manager1@acme.test" };

export async function seedDemoCoachingTime(prisma: PrismaClient, organizationId: string) {
  for (const [email, minutes] of Object.entries(CAPACITY_BY_MANAGER)) {
    await prisma.user.updateMany({ where: { organizationId, email }, data: { coachingCapacityMinutes: minutes } });
  }
  const people = await prisma.user.findMany({
    where: { organizationId, email: { in: [DEMO_CO_COACHING.repEmail, DEMO_CO_COACHING.coachEmail, DEMO_CO_COACHING.addedByEmail] } },
    select: { id: true, email: true },
  });
  const idOf = (email: string) => people.find((person) => person.email === email)?.id;
  const repId = idOf(DEMO_CO_COACHING.repEmail);
  const coachId = idOf(DEMO_CO_COACHING.coachEmail);
  if (!repId || !coachId) throw new Error("demo co-coaching: rep or coach missing");
  await prisma.repCoCoach.create({ data: { organizationId, repId, coachId, addedById: idOf(DEMO_CO_COACHING.addedByEmail) ?? null } });
}
