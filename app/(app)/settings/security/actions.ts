"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { viewerAction } from "@/lib/server/http/action";
import { removeSsoSettings } from "@/lib/server/sso/remove-sso-settings";
import { saveSsoSettings } from "@/lib/server/sso/save-sso-settings";
import { ssoSettingsSchema } from "@/lib/validation/sso";

const ADMIN = { permission: "organization.admin" } as const;

export const saveSsoSettingsAction = viewerAction(
  ssoSettingsSchema,
  async (viewer, input) => {
    await saveSsoSettings(viewer, input);
    revalidatePath("/settings/security");
  },
  ADMIN,
);

export const removeSsoSettingsAction = viewerAction(
  z.object({}),
  async (viewer) => {
    await removeSsoSettings(viewer);
    revalidatePath("/settings/security");
  },
  ADMIN,
);
