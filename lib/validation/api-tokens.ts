import { z } from "zod";
import { idSchema, textField } from "@/lib/validation/common";

export const createApiTokenSchema = z.object({ name: textField({ max: 80 }) });
export const revokeApiTokenSchema = z.object({ tokenId: idSchema });
