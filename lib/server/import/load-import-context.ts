import "server-only";
import { db } from "@/lib/db";
import { todayIn } from "@/lib/calendar/days";
import { DEFAULT_MAX_ROWS, type ImportContext, type ImportDateStyle } from "@/lib/import/types";
import { currencyMinorDigits } from "@/lib/money";
import { getFunnelStages } from "@/lib/server/funnel/get-funnel";
import { importableRepsWhere } from "@/lib/server/import/importable-reps";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export interface LoadedImportContext {
  context: ImportContext;
  stages: { key: string; label: string }[];
  currency: string;
  dateStyle: ImportDateStyle;
  today: string;
}

const DATE_STYLES: readonly ImportDateStyle[] = ["MDY", "DMY", "auto"];

/** What the pure parser needs, scoped to the viewer: the funnel, the reps they may import for, today and the date style. */
export async function loadImportContext(viewer: Viewer): Promise<LoadedImportContext> {
  const repsWhere = importableRepsWhere(viewer);
  const [stages, reps, organization] = await Promise.all([
    getFunnelStages(viewer.organizationId),
    db.user.findMany({ where: repsWhere, select: { id: true, email: true, active: true } }),
    db.organization.findUniqueOrThrow({ where: { id: viewer.organizationId }, select: { currency: true, timeZone: true, dateStyle: true } }),
  ]);
  const dateStyle = DATE_STYLES.find((style) => style === organization.dateStyle) ?? "MDY";
  const today = todayIn(organization.timeZone);
  return {
    context: {
      stages: stages.map((stage) => stage.key),
      reps: new Map(reps.map((rep) => [rep.email.toLowerCase(), { id: rep.id, active: rep.active }])),
      today,
      dateStyle,
      currencyMinorDigits: currencyMinorDigits(organization.currency),
      maxRows: DEFAULT_MAX_ROWS,
    },
    stages,
    currency: organization.currency,
    dateStyle,
    today,
  };
}
