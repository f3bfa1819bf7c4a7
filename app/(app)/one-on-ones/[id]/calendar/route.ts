import { getOneOnOneIcs } from "@/lib/server/calendar-feed/get-one-on-one-ics";
import { ExpectedError } from "@/lib/server/http/errors";
import { getViewer } from "@/lib/server/viewer/get-viewer";
import { idSchema } from "@/lib/validation/common";

// "Add to calendar": the meeting as an .ics download for the signed-in coach or member; anyone
// else (another manager, an observer, another organization) gets the meeting page's 404.
export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return Response.redirect(new URL("/login", request.url), 303);
  const { id } = await params;
  if (!idSchema.safeParse(id).success) return notFound();
  try {
    const { fileName, ics } = await getOneOnOneIcs(viewer, id);
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Disposition": `attachment; filename="${fileName}"`,
      },
    });
  } catch (error) {
    if (error instanceof ExpectedError) return notFound();
    throw error;
  }
}
