"use server";
import { signIn } from "@/lib/auth";
import { fieldErrorsOf } from "@/lib/server/http/action";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";
import { setPasswordSchema } from "@/lib/validation/invitations";

export interface SetPasswordState {
  message?: string;
  fieldErrors?: Record<string, string[]>;
}

/** Public: the link's token is the credential. Sets the password, then signs the person in. */
export async function acceptInvitationAction(_previous: SetPasswordState, formData: FormData): Promise<SetPasswordState> {
  const parsed = setPasswordSchema.safeParse({ token: formData.get("token"), password: formData.get("password"), confirm: formData.get("confirm") });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  const accepted = await acceptInvitation(parsed.data);
  if (!accepted) return { message: "This invitation link has expired or was already used. Ask your administrator to send a new one." };
  // Throws Next's redirect on success.
  await signIn("credentials", { email: accepted.email, password: parsed.data.password, redirectTo: "/" });
  return {};
}
