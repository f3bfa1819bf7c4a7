"use server";
import { signIn } from "@/lib/auth";
import { fieldErrorsOf } from "@/lib/server/http/action";
import { requestPasswordReset } from "@/lib/server/auth/request-password-reset";
import { resetPassword } from "@/lib/server/auth/reset-password";
import { clientIp } from "@/lib/server/runtime/client-ip";
import { forgotPasswordSchema, setPasswordSchema } from "@/lib/validation/invitations";

export interface ForgotPasswordState {
  sent?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  email?: string;
}

/** Public: one answer whether or not the address has an account. */
export async function forgotPasswordAction(_previous: ForgotPasswordState, formData: FormData): Promise<ForgotPasswordState> {
  const email = String(formData.get("email") ?? "");
  const parsed = forgotPasswordSchema.safeParse({ email });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), email };
  const outcome = await requestPasswordReset({ email: parsed.data.email, ip: await clientIp() });
  if (outcome.status === "limited") return { message: `Too many reset requests. Try again in ${Math.ceil(outcome.retryAfterSeconds / 60)} minutes.`, email };
  return { sent: true, email: parsed.data.email };
}

export interface ResetPasswordState {
  message?: string;
  fieldErrors?: Record<string, string[]>;
}

/** Public: the link's token is the credential. Ends every session of the user, then signs them in afresh. */
export async function resetPasswordAction(_previous: ResetPasswordState, formData: FormData): Promise<ResetPasswordState> {
  const parsed = setPasswordSchema.safeParse({ token: formData.get("token"), password: formData.get("password"), confirm: formData.get("confirm") });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  const reset = await resetPassword(parsed.data);
  if (!reset) return { message: "This reset link has expired or was already used. Ask for a new one." };
  await signIn("credentials", { email: reset.email, password: parsed.data.password, redirectTo: "/" });
  return {};
}
