import { z } from "zod";
import { idSchema } from "@/lib/validation/common";

export const createApiTokenSchema = z.object({ name: z.string().trim().min(1, "is required").max(80, "must be at most 80 characters") });
export const revokeApiTokenSchema = z.object({ tokenId: idSchema });
