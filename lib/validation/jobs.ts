import { z } from "zod";
import { QUEUES } from "@/lib/jobs/queues";

const queueNames = Object.keys(QUEUES) as [string, ...string[]];

export const retryJobSchema = z.object({
  jobId: z.string().uuid("must be a job id"),
  queue: z.enum(queueNames, { message: "must be a job queue" }),
});

export type RetryJobInput = z.infer<typeof retryJobSchema>;
