"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/action";
import { retryFailedJob } from "@/lib/server/jobs/retry-failed-job";
import { retryJobSchema } from "@/lib/validation/jobs";

export const retryJobAction = viewerAction(
  retryJobSchema,
  async (viewer, input) => {
    await retryFailedJob(viewer, input);
    revalidatePath("/settings/jobs");
  },
  { permission: "organization.admin" },
);
