"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { updateOrganizationSettings } from "@/lib/server/organization/update-organization-settings";
import { organizationSettingsFormSchema } from "@/lib/validation/organization";

export const updateOrganizationSettingsAction = viewerAction(
  organizationSettingsFormSchema,
  async (viewer, input) => {
    const { changed } = await updateOrganizationSettings(viewer, input);
    // Name, currency and time zone show in the shell and on every dashboard.
    revalidatePath("/", "layout");
    return { changed };
  },
  { permission: "organization.admin" },
);
