"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { retryFailedJob } from "@/lib/server/jobs/retry-failed-job";
import { requestReminderCheck } from "@/lib/server/reminders/request-reminder-check";
import { retryJobSchema } from "@/lib/validation/jobs";
import { noInputSchema } from "@/lib/validation/reminders";

export const retryJobAction = viewerAction(
  retryJobSchema,
  async (viewer, input) => {
    await retryFailedJob(viewer, input);
    revalidatePath("/settings/jobs");
  },
  { permission: "organization.admin" },
);

export const requestReminderCheckAction = viewerAction(
  noInputSchema,
  async (viewer) => requestReminderCheck(viewer),
  { permission: "organization.admin" },
);
