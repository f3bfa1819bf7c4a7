import type { ReminderKind } from "@/lib/generated/prisma/enums";

// The kinds of reminder, in the order the preferences page lists them. Each person can switch
// each one off (NotificationOptOut); a switched-off kind is neither emailed nor listed in the app.
export const REMINDER_KINDS: readonly ReminderKind[] = ["ONE_ON_ONE_TOMORROW", "COMMITMENT_DUE", "WEEKLY_DIGEST"];

export const REMINDER_KIND_TEXT: Record<ReminderKind, { label: string; description: string }> = {
  ONE_ON_ONE_TOMORROW: { label: "One-on-one tomorrow", description: "The day before each of your one-on-ones, with a link to prepare it." },
  COMMITMENT_DUE: { label: "Commitments due", description: "A commitment you own is due tomorrow, or has just become overdue." },
  WEEKLY_DIGEST: { label: "Weekly digest", description: "Managers: your team's digest for the week is ready (Monday morning)." },
};

/** Where each person switches reminders off and manages their calendar feed. */
export const PREFERENCES_PATH = "/settings/profile";

/** The email's button: a meeting reminder leads to its preparation. */
export function reminderLinkLabel(kind: ReminderKind): string {
  return kind === "ONE_ON_ONE_TOMORROW" ? "Prepare the one-on-one" : "Open Coachboard";
}
