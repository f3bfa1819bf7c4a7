import { apiRoute } from "@/lib/server/http/api/api-route";
import { dealFiguresDto } from "@/lib/server/deals/deal-figures-dto";
import { getRepDealFigures } from "@/lib/server/deals/get-rep-deal-figures";
import { repIdParamsSchema } from "@/lib/validation/api";
import { periodRangeQuerySchema } from "@/lib/validation/period";
import { methodNotAllowed } from "@/lib/server/http/api/method-not-allowed";

export const GET = apiRoute({ params: repIdParamsSchema, query: periodRangeQuerySchema }, async ({ viewer, params, query }) => {
  const { rep, period, currency, figures } = await getRepDealFigures(viewer, params.id, query);
  return { repId: rep.id, name: rep.name, from: period.from, to: period.to, currency, ...dealFiguresDto(figures, currency) };
});

const notAllowed = methodNotAllowed(["GET"]);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
