import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter the email address you sign in with").max(254),
  password: z.string().min(1, "Enter your password").max(256, "Password is too long"),
});

// A short list of the most common passwords (ASVS 6.2.4); length does the rest (no composition rules).
const COMMON_PASSWORDS = new Set([
  "123456789012", "password1234", "qwertyuiop12", "passwordpassword", "111111111111", "iloveyou1234",
  "123456123456", "abcdefghijkl", "letmeinletmein", "welcomewelcome", "changemechangeme", "administrator",
  "coachboard123", "salesforce123", "password12345", "qwerty123456",
]);

export const newPasswordSchema = z
  .string()
  .min(12, "Password must be at least 12 characters")
  .max(128, "Password must be at most 128 characters")
  .refine((value) => !COMMON_PASSWORDS.has(value.toLowerCase()), "This password is too common; choose another");
