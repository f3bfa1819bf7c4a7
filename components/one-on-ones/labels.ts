// Words (and badge tones) for one-on-one states: status is never told by colour alone.
type BadgeTone = "neutral" | "good" | "warn" | "bad" | "info";

export const STATUS_LABEL = { SCHEDULED: "Scheduled", IN_PROGRESS: "In progress", COMPLETED: "Completed", CANCELLED: "Cancelled" } as const;
export const STATUS_TONE: Record<keyof typeof STATUS_LABEL, BadgeTone> = { SCHEDULED: "info", IN_PROGRESS: "warn", COMPLETED: "good", CANCELLED: "neutral" };
export const CADENCE_LABEL = { WEEKLY: "Weekly", BIWEEKLY: "Every two weeks", MONTHLY: "Monthly" } as const;
export const OUTCOME_LABEL = { DONE: "Done", MISSED: "Missed", CARRY_OVER: "Carried over" } as const;
export const OUTCOME_TONE: Record<keyof typeof OUTCOME_LABEL, BadgeTone> = { DONE: "good", MISSED: "bad", CARRY_OVER: "warn" };
