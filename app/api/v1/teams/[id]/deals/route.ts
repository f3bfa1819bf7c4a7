import { apiRoute } from "@/lib/server/http/api/api-route";
import { dealFiguresDto } from "@/lib/server/deals/deal-figures-dto";
import { getTeamDealFigures } from "@/lib/server/deals/get-team-deal-figures";
import { teamIdParamsSchema } from "@/lib/validation/api";
import { periodRangeQuerySchema } from "@/lib/validation/period";
import { methodNotAllowed } from "@/lib/server/http/api/method-not-allowed";

export const GET = apiRoute({ params: teamIdParamsSchema, query: periodRangeQuerySchema }, async ({ viewer, params, query }) => {
  const { team, period, currency, totals, reps } = await getTeamDealFigures(viewer, params.id, query);
  return {
    teamId: team.id,
    from: period.from,
    to: period.to,
    currency,
    totals: dealFiguresDto(totals, currency),
    reps: reps.map((rep) => ({ repId: rep.id, name: rep.name, ...dealFiguresDto(rep.figures, currency) })),
  };
});

const notAllowed = methodNotAllowed(["GET"]);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
