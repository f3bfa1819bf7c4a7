"use server";
import { notFound } from "next/navigation";
import { signIn } from "@/lib/auth";
import { fieldErrorsOf } from "@/lib/server/http/action";
import { clientIp } from "@/lib/server/runtime/client-ip";
import { signUpOrganization } from "@/lib/server/signup/sign-up-organization";
import { signUpSchema } from "@/lib/validation/signup";

export interface SignUpState {
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
}

const FIELDS = ["organizationName", "name", "email", "currency", "timeZone"] as const;

/** Public while SIGNUP=open: creates the organization and its ADMIN, signs them in, opens the checklist. */
export async function signUpAction(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const values = Object.fromEntries(FIELDS.map((field) => [field, String(formData.get(field) ?? "")]));
  const parsed = signUpSchema.safeParse({ ...values, password: formData.get("password") });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  const outcome = await signUpOrganization({ ...parsed.data, ip: await clientIp() });
  if (outcome.status === "closed") notFound();
  if (outcome.status === "limited") return { message: `Too many sign-up attempts. Try again in ${Math.ceil(outcome.retryAfterSeconds / 60)} minutes.`, values };
  // One answer for an address already in use and any other refusal (no enumeration).
  if (outcome.status === "refused") return { message: "We couldn't create an account with these details. If you already use Coachboard, sign in or reset your password.", values };
  await signIn("credentials", { email: outcome.email, password: parsed.data.password, redirectTo: "/getting-started" });
  return {};
}
