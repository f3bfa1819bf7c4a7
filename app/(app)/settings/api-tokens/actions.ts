"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/validation/api-tokens";

const ADMIN = { permission: "organization.admin" } as const;

/** Answers the token itself once, to the administrator who created it; only its hash is stored. */
export const createApiTokenAction = viewerAction(
  createApiTokenSchema,
  async (viewer, input) => {
    const created = await createApiToken(viewer, input);
    revalidatePath("/settings/api-tokens");
    return { name: created.name, prefix: created.prefix, token: created.token };
  },
  ADMIN,
);

export const revokeApiTokenAction = viewerAction(
  revokeApiTokenSchema,
  async (viewer, input) => {
    await revokeApiToken(viewer, input.tokenId);
    revalidatePath("/settings/api-tokens");
  },
  ADMIN,
);
