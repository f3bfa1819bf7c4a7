import { z } from "zod";
import { dayKey } from "@/lib/calendar/days";

/** A calendar date, YYYY-MM-DD, that exists (2026-02-30 is refused). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && dayKey(date) === value;
  }, "is not a real calendar date");

export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "is not a valid id");

export const emailSchema = z.string().trim().toLowerCase().max(254).email("must be a valid email address");

export const personNameSchema = z.string().trim().min(1, "is required").max(120, "must be at most 120 characters");
