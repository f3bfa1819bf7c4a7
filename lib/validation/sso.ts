// Single sign-on (OpenID Connect): the settings form and the "Continue with SSO" step of /login.
import { z } from "zod";
import { emailSchema, idSchema } from "@/lib/validation/common";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

export const ssoSettingsSchema = z
  .object({
    issuer: z
      .string()
      .trim()
      .url("must be a URL such as https://login.example.com")
      .max(500, "must be at most 500 characters")
      // Plain HTTP only to a provider on this machine (development and tests).
      .refine((value) => {
        const url = new URL(value);
        return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.has(url.hostname));
      }, "must use https")
      .transform((value) => value.replace(/\/+$/, "")),
    clientId: z.string().trim().min(1, "is required").max(256, "must be at most 256 characters"),
    /** Empty keeps the stored secret. */
    clientSecret: z
      .string()
      .max(1024, "must be at most 1,024 characters")
      .optional()
      .transform((value) => value?.trim() || null),
    domains: z
      .string()
      .transform((value) => [...new Set(value.split(/[\s,;]+/).map((domain) => domain.trim().toLowerCase().replace(/^@/, "")).filter(Boolean))])
      .pipe(z.array(z.string().regex(DOMAIN, "each domain must look like example.com")).min(1, "name at least one email domain").max(20, "at most 20 domains")),
    createUnknownUsers: checkbox,
    ssoOnly: checkbox,
    breakGlassAdminId: z
      .union([z.literal(""), idSchema])
      .optional()
      .transform((value) => value || null),
  })
  .refine((settings) => !settings.ssoOnly || settings.breakGlassAdminId, { message: "choose the administrator who may still sign in with a password", path: ["breakGlassAdminId"] });
export type SsoSettingsInput = z.infer<typeof ssoSettingsSchema>;

export const ssoStartSchema = z.object({ email: emailSchema });

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}
