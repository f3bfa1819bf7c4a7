"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { updateAgendaTemplate } from "@/lib/server/one-on-ones/update-agenda-template";
import { agendaTemplateSchema } from "@/lib/validation/one-on-ones";

export const updateAgendaTemplateAction = viewerAction(
  agendaTemplateSchema,
  async (viewer, input) => {
    await updateAgendaTemplate(viewer, input);
    revalidatePath("/settings/agenda");
  },
  { permission: "organization.admin" },
);
