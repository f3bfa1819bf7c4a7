import { z } from "zod";

/** Where to go after sign-in: only a path on this site, never another origin (open-redirect guard). */
export const callbackUrlSchema = z
  .string()
  .max(2048)
  .refine((value) => value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") && !value.startsWith("/login"), "not a local path")
  .catch("/");
