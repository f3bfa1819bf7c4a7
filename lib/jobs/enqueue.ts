import "server-only";
import { getBoss } from "@/lib/jobs/boss";
import { IMPORT_ACTIVITY, type ImportActivityJobData } from "@/lib/jobs/queues";

/** Queues an ImportJob row (already saved with status QUEUED) for a worker of any instance. */
export async function enqueueImportActivity(data: ImportActivityJobData): Promise<string> {
  const boss = await getBoss();
  const id = await boss.send(IMPORT_ACTIVITY, data);
  if (!id) throw new Error(`import ${data.importJobId} was not queued`);
  return id;
}
