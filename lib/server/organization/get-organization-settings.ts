import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export const ORGANIZATION_SETTINGS_SELECT = {
  name: true,
  currency: true,
  timeZone: true,
  dateStyle: true,
  fiscalYearStartMonth: true,
  gradeAThreshold: true,
  gradeBThreshold: true,
  confidenceThreshold: true,
  defaultCadence: true,
  focusRule: true,
} as const;

export async function getOrganizationSettings(viewer: Viewer) {
  assertAdmin(viewer);
  return db.organization.findUniqueOrThrow({ where: { id: viewer.organizationId }, select: ORGANIZATION_SETTINGS_SELECT });
}
