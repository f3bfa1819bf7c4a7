"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { UnprocessableRowsError } from "@/lib/server/http/errors";
import { previewActivityImport } from "@/lib/server/import/preview-activity-import";
import { queueLargeActivityImport } from "@/lib/server/import/queue-large-activity-import";
import { runActivityImport } from "@/lib/server/import/run-activity-import";
import { saveImportPreset } from "@/lib/server/import/save-import-preset";
import { activityImportMappingSchema, saveImportPresetSchema } from "@/lib/validation/activity-import";

const IMPORTERS = { permission: "activity.import" } as const;

/** Reads the uploaded file with a mapping, writing nothing. */
export const previewActivityImportAction = viewerAction(activityImportMappingSchema, (viewer, input) => previewActivityImport(viewer, input), IMPORTERS);

/**
 * Imports the uploaded file, all or nothing; failing rows come back as a list (the file may have
 * changed since the preview). A very large file goes to a background job instead, and the screen
 * follows its progress.
 */
export const runActivityImportAction = viewerAction(
  activityImportMappingSchema,
  async (viewer, input) => {
    if ((await queueLargeActivityImport(viewer, input)).queued) return { status: "queued" as const, jobId: input.jobId };
    try {
      const outcome = await runActivityImport(viewer, { jobId: input.jobId, mapping: input.mapping });
      return { status: "imported" as const, ...outcome };
    } catch (error) {
      if (error instanceof UnprocessableRowsError) return { status: "invalid" as const, message: error.message, errors: error.details as { row: number; column: string | null; message: string }[] };
      throw error;
    }
  },
  IMPORTERS,
);

export const saveImportPresetAction = viewerAction(
  saveImportPresetSchema,
  async (viewer, input) => {
    const saved = await saveImportPreset(viewer, input);
    revalidatePath("/activity/import");
    return saved;
  },
  IMPORTERS,
);
