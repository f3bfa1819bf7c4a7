import { createPool, createPrismaClient } from "@/lib/db";
import { todayIn } from "@/lib/calendar/days";
import { seedDemoOrganization } from "./seed-demo-organization";
import { DEMO_ORGANIZATION } from "./demo-profiles";
import { seedDemoReminders } from "./seed-demo-reminders";

export async function runSeed(databaseUrl: string): Promise<void> {
  const pool = createPool(databaseUrl, 4);
  const prisma = createPrismaClient(pool);
  try {
    const started = Date.now();
    const summary = await seedDemoOrganization(prisma, { today: todayIn(DEMO_ORGANIZATION.timeZone) });
    if (summary.created) console.log(`demo reminders in the development outbox: ${await seedDemoReminders(prisma, summary.organizationId)}`);
    console.log(
      summary.created
        ? `seeded ${DEMO_ORGANIZATION.name}: ${summary.users} users, ${summary.activityRows} activity rows in ${((Date.now() - started) / 1000).toFixed(1)} s`
        : `${DEMO_ORGANIZATION.name} is already seeded; nothing changed`,
    );
  } finally {
    await prisma.$disconnect();
    await pool.end();
  }
}
