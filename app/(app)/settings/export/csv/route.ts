import { exportDownload } from "@/lib/server/export/export-download";

export const dynamic = "force-dynamic";

export const GET = exportDownload("csv");
