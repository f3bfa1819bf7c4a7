import "server-only";
import { getBoss } from "@/lib/jobs/boss";
import { SEND_EMAIL, type SendEmailJobData } from "@/lib/jobs/queues";
import type { Prisma } from "@/lib/generated/prisma/client";

type RawClient = Pick<Prisma.TransactionClient, "$queryRawUnsafe">;

/**
 * Queues send-email jobs inside the caller's transaction (pg-boss runs its INSERT on the given
 * client), so the jobs exist exactly when the rows they send for commit.
 */
export async function enqueueEmails(tx: RawClient, jobs: SendEmailJobData[]): Promise<void> {
  if (!jobs.length) return;
  const boss = await getBoss();
  const db = { executeSql: async (text: string, values: unknown[] = []) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }) };
  await boss.insert(
    jobs.map((data) => ({ name: SEND_EMAIL, data })),
    { db },
  );
}
