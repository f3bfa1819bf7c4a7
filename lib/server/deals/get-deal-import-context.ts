import "server-only";
import { db } from "@/lib/db";
import { todayIn } from "@/lib/calendar/days";
import { DEFAULT_MAX_DEAL_ROWS, type DealImportContext } from "@/lib/import/deals/types";
import { currencyMinorDigits } from "@/lib/money";
import { assertDealImporter } from "@/lib/server/deals/deal-importer";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** What the pure deal parser needs: the organization's people (any role, deactivated too: old deals keep their owner), saved aliases, today. */
export async function getDealImportContext(viewer: Viewer): Promise<{ context: DealImportContext; currency: string }> {
  assertDealImporter(viewer);
  const { organizationId } = viewer;
  const [people, aliases, organization] = await Promise.all([
    db.user.findMany({ where: { organizationId }, select: { id: true, name: true, email: true } }),
    db.dealOwnerAlias.findMany({ where: { organizationId }, select: { alias: true, userId: true } }),
    db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { currency: true, timeZone: true } }),
  ]);
  return {
    context: {
      people,
      aliases: new Map(aliases.map((entry) => [entry.alias, entry.userId])),
      today: todayIn(organization.timeZone),
      currencyMinorDigits: currencyMinorDigits(organization.currency),
      maxRows: DEFAULT_MAX_DEAL_ROWS,
    },
    currency: organization.currency,
  };
}
