"use server";
import { viewerAction } from "@/lib/server/http/action";
import { saveActivityCell } from "@/lib/server/activity/save-activity-cell";
import { saveActivityCellSchema } from "@/lib/validation/activity";

// The grid saves cell by cell and keeps its own state, so nothing is revalidated (a refresh would
// reset cells the user is typing in). Answers the stored value and the one it replaced, for undo.
export const saveActivityCellAction = viewerAction(saveActivityCellSchema, (viewer, input) => saveActivityCell(viewer, input), { permission: "activity.log" });
