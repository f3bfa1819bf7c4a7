import { z } from "zod";
import { idSchema } from "@/lib/validation/common";

export const coCoachSchema = z.object({ repId: idSchema, coachId: idSchema });
