"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { createSalesPlay } from "@/lib/server/playbook/create-sales-play";
import { restoreSalesPlay } from "@/lib/server/playbook/restore-sales-play";
import { retireSalesPlay } from "@/lib/server/playbook/retire-sales-play";
import { updateSalesPlay } from "@/lib/server/playbook/update-sales-play";
import { createSalesPlaySchema, salesPlayIdSchema, updateSalesPlaySchema } from "@/lib/validation/playbook";

const WRITERS = { permission: "play.write" } as const;
const RETIRERS = { permission: "play.retire" } as const;
const refresh = () => revalidatePath("/playbook");

/** Answers the new play's id, so the page can scroll to its anchor. */
export const createSalesPlayAction = viewerAction(
  createSalesPlaySchema,
  async (viewer, input) => {
    const play = await createSalesPlay(viewer, input);
    refresh();
    return play;
  },
  WRITERS,
);

export const updateSalesPlayAction = viewerAction(
  updateSalesPlaySchema,
  async (viewer, input) => {
    await updateSalesPlay(viewer, input);
    refresh();
  },
  WRITERS,
);

export const retireSalesPlayAction = viewerAction(
  salesPlayIdSchema,
  async (viewer, { salesPlayId }) => {
    await retireSalesPlay(viewer, salesPlayId);
    refresh();
  },
  RETIRERS,
);

export const restoreSalesPlayAction = viewerAction(
  salesPlayIdSchema,
  async (viewer, { salesPlayId }) => {
    await restoreSalesPlay(viewer, salesPlayId);
    refresh();
  },
  RETIRERS,
);
