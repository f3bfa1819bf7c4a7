import type { DealPresetKey } from "@/lib/import/deals/presets";

export interface UploadedDealFile {
  importId: string;
  fileName: string;
  bytes: number;
  header: string[];
  guessedPreset: DealPresetKey | null;
}

/** Sends the export as the request body with XMLHttpRequest, whose upload events report progress. */
export function uploadDeals(file: File, onProgress: (loaded: number, total: number) => void): Promise<{ ok: true; upload: UploadedDealFile } | { ok: false; message: string }> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/deals/import/upload?name=${encodeURIComponent(file.name)}`);
    request.setRequestHeader("Content-Type", "text/csv; charset=utf-8");
    request.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    request.onload = () => {
      try {
        const body = JSON.parse(request.responseText) as UploadedDealFile & { error?: { message?: string } };
        if (request.status === 201) resolve({ ok: true, upload: body });
        else resolve({ ok: false, message: body.error?.message ?? `The upload failed (status ${request.status}).` });
      } catch {
        resolve({ ok: false, message: `The upload failed (status ${request.status}).` });
      }
    };
    request.onerror = () => resolve({ ok: false, message: "The upload failed: the server could not be reached." });
    request.send(file);
  });
}
