"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth";
import { signInSchema } from "@/lib/validation/auth";
import { callbackUrlSchema } from "@/lib/validation/callback-url";

export interface SignInState {
  message?: string;
  fieldErrors?: { email?: string[]; password?: string[] };
  email?: string;
}

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) {
    const { fieldErrors } = parsed.error.flatten();
    return { fieldErrors, email };
  }
  const redirectTo = callbackUrlSchema.parse(formData.get("callbackUrl") ?? "/");
  try {
    await signIn("credentials", { ...parsed.data, redirectTo });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "locked") {
      return { message: "Too many failed sign-ins. This account is locked for 15 minutes; try again later.", email };
    }
    // One message for an unknown account, a deactivated one and a wrong password (no enumeration).
    if (error instanceof AuthError) return { message: "Email or password is incorrect.", email };
    throw error;
  }
}
