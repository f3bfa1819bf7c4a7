import type { ImportPresetKey } from "@/lib/import/presets";

export interface UploadedFile {
  jobId: string;
  fileName: string;
  bytes: number;
  header: string[];
  guessedPreset: ImportPresetKey | null;
}

export interface ImportJobProgress {
  status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
  totalRows: number;
  processedRows: number;
  error: string | null;
  /** SUCCEEDED: the import's outcome; FAILED on bad rows: `{ errors }`. */
  result: unknown;
}

const UPLOAD_URL = "/activity/import/upload";

function errorMessage(text: string, fallback: string): string {
  try {
    const body = JSON.parse(text) as { error?: { message?: string } };
    return body.error?.message ?? fallback;
  } catch {
    return fallback;
  }
}

/** Sends the file as the request body with XMLHttpRequest, whose upload events (unlike fetch's) report progress. */
export function uploadCsv(file: File, onProgress: (loaded: number, total: number) => void): Promise<{ ok: true; upload: UploadedFile } | { ok: false; message: string }> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", `${UPLOAD_URL}?name=${encodeURIComponent(file.name)}`);
    // Browsers label .csv files inconsistently (Excel on Windows says application/vnd.ms-excel).
    request.setRequestHeader("Content-Type", "text/csv; charset=utf-8");
    request.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    request.onload = () => {
      if (request.status === 201) {
        try {
          resolve({ ok: true, upload: JSON.parse(request.responseText) as UploadedFile });
        } catch {
          resolve({ ok: false, message: "The server's answer could not be read; try again." });
        }
        return;
      }
      resolve({ ok: false, message: errorMessage(request.responseText, `The upload failed (status ${request.status}).`) });
    };
    request.onerror = () => resolve({ ok: false, message: "The upload failed: the server could not be reached." });
    request.send(file);
  });
}

export async function readImportProgress(jobId: string): Promise<ImportJobProgress | null> {
  try {
    const response = await fetch(`${UPLOAD_URL}?job=${encodeURIComponent(jobId)}`, { cache: "no-store" });
    return response.ok ? ((await response.json()) as ImportJobProgress) : null;
  } catch {
    return null;
  }
}
