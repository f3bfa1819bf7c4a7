// Validates a column mapping from a form, the API or a saved preset. Stage keys are checked by the
// parser against the organization's funnel; this checks the shape and what each format needs.
import { z } from "zod";
import { textField } from "@/lib/validation/common";
import type { ColumnMapping } from "./types";

const headerName = textField({ max: 200 });
const optionalHeaderName = headerName.optional();
const stageKey = textField({ max: 64 });

const REQUIRED_BY_FORMAT = {
  long: ["stage", "count"],
  wide: [],
  records: ["activityType"],
} as const;

export const columnMappingSchema = z
  .object({
    format: z.enum(["long", "wide", "records"]),
    columns: z
      .object({
        repEmail: headerName,
        date: headerName,
        stage: optionalHeaderName,
        count: optionalHeaderName,
        activityType: optionalHeaderName,
        amount: optionalHeaderName,
        stageColumns: z
          .record(stageKey, headerName)
          .refine((columns) => Object.keys(columns).length <= 100, "must map at most 100 stages")
          .optional(),
        revenue: optionalHeaderName,
      })
      .strict(),
    typeMap: z
      .record(textField({ max: 200 }), stageKey)
      .refine((types) => Object.keys(types).length <= 500, "must map at most 500 activity types")
      .optional(),
  })
  .strict()
  .superRefine((mapping, context) => {
    for (const column of REQUIRED_BY_FORMAT[mapping.format]) {
      if (mapping.columns[column] !== undefined) continue;
      context.addIssue({ code: "custom", path: ["columns", column], message: `is required for the ${mapping.format} format` });
    }
    // Types match case-insensitively, so "Call" and "call " must not point at different stages.
    const targets = new Map<string, string>();
    for (const [type, target] of Object.entries(mapping.typeMap ?? {})) {
      const name = type.trim().toLowerCase();
      const earlier = targets.get(name);
      if (earlier === undefined) targets.set(name, target);
      else if (earlier.toLowerCase() !== target.toLowerCase()) {
        context.addIssue({
          code: "custom",
          path: ["typeMap", type],
          message: `maps the same activity type as another entry to a different stage ('${earlier}')`,
        });
      }
    }
  })
  .meta({ id: "ImportColumnMapping" }) satisfies z.ZodType<ColumnMapping>;
