"use client";
import { useEffect, useId, useRef, useState, type DragEvent } from "react";
import Link from "next/link";
import { previewActivityImportAction, runActivityImportAction, saveImportPresetAction } from "@/app/(app)/activity/import/actions";
import { ImportErrorsTable, ImportRecordsTable, ImportTotalsTable, type ImportTotals, type RowProblem } from "@/components/activity-import/import-preview";
import { MappingEditor } from "@/components/activity-import/mapping-editor";
import { ImportFormatHelp } from "@/components/activity-import/import-format-help";
import { readImportProgress, uploadCsv, type UploadedFile } from "@/components/activity-import/upload-csv";
import { selectClass } from "@/components/one-on-ones/field-styles";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { clsx } from "clsx";
import { IMPORT_PRESETS, type ImportPresetKey } from "@/lib/import/presets";
import type { ColumnMapping } from "@/lib/import/types";
import type { previewActivityImport } from "@/lib/server/import/preview-activity-import";
import { formatCount, formatNumber } from "@/lib/format";

type Preview = Awaited<ReturnType<typeof previewActivityImport>>;
interface Outcome {
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  summary: ImportTotals;
}

const BUILT_IN: { key: ImportPresetKey; label: string }[] = [
  { key: "coachboard_long", label: "Coachboard long (rep_email, date, stage, count)" },
  { key: "coachboard_wide", label: "Coachboard wide (rep_email, date, one column per stage)" },
  { key: "salesforce", label: "Salesforce activity export" },
  { key: "hubspot", label: "HubSpot activity export" },
];
const CUSTOM = "custom";
const POLL_MS = 400;
const QUEUED_POLL_MS = 1_000;

const DATE_HINTS: Record<string, string> = {
  MDY: "Dates as YYYY-MM-DD or MM/DD/YYYY (your organization's format).",
  DMY: "Dates as YYYY-MM-DD or DD/MM/YYYY (your organization's format).",
  auto: "Dates as YYYY-MM-DD, or day and month in either order when only one reading exists.",
};

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function ImportWizard({
  stages,
  savedPresets,
  currency,
  dateStyle,
  maxBytes,
}: {
  stages: { key: string; label: string }[];
  savedPresets: { name: string; mapping: ColumnMapping }[];
  currency: string;
  dateStyle: string;
  maxBytes: number;
}) {
  const fileInputId = useId();
  const presetId = useId();
  const presetNameId = useId();
  const stageKeys = stages.map((stage) => stage.key);
  const [upload, setUpload] = useState<UploadedFile | null>(null);
  const [uploadProgress, setUploadProgress] = useState<{ loaded: number; total: number } | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [presetChoice, setPresetChoice] = useState<string>(CUSTOM);
  const [mapping, setMapping] = useState<ColumnMapping>(() => IMPORT_PRESETS.coachboard_long(stageKeys));
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewStale, setPreviewStale] = useState(true);
  const [checking, setChecking] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [presetName, setPresetName] = useState("");
  const [presetMessage, setPresetMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [importing, setImporting] = useState<{ processed: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [runErrors, setRunErrors] = useState<{ message: string; errors: RowProblem[] } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (outcome || runErrors) resultRef.current?.focus();
  }, [outcome, runErrors]);

  async function check(jobId: string, nextMapping: ColumnMapping) {
    setChecking(true);
    setActionError(null);
    const answer = await previewActivityImportAction(null, { jobId, mapping: nextMapping });
    setChecking(false);
    if (answer.ok && answer.data) {
      setPreview(answer.data);
      setPreviewStale(false);
    } else if (answer.ok === false) {
      setActionError(answer.message);
    }
  }

  function mappingOf(choice: string): ColumnMapping | null {
    const builtIn = BUILT_IN.find((preset) => `builtin:${preset.key}` === choice);
    if (builtIn) return IMPORT_PRESETS[builtIn.key](stageKeys);
    const saved = savedPresets.find((preset) => `saved:${preset.name}` === choice);
    return saved ? saved.mapping : null;
  }

  async function chooseFile(file: File | undefined) {
    if (!file) return;
    setUploadError(null);
    setOutcome(null);
    setRunErrors(null);
    setPreview(null);
    setUpload(null);
    if (file.size > maxBytes) {
      setUploadError(`${file.name} is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}. Split it into smaller files.`);
      return;
    }
    setUploadProgress({ loaded: 0, total: file.size });
    const answer = await uploadCsv(file, (loaded, total) => setUploadProgress({ loaded, total }));
    setUploadProgress(null);
    if (!answer.ok) {
      setUploadError(answer.message);
      return;
    }
    const uploaded = answer.upload;
    setUpload(uploaded);
    const choice = uploaded.guessedPreset ? `builtin:${uploaded.guessedPreset}` : CUSTOM;
    const initial = mappingOf(choice) ?? { format: "long" as const, columns: { repEmail: uploaded.header[0] ?? "", date: uploaded.header[1] ?? "", stage: uploaded.header[2], count: uploaded.header[3] } };
    setPresetChoice(choice);
    setMapping(initial);
    await check(uploaded.jobId, initial);
  }

  function changeMapping(next: ColumnMapping) {
    setMapping(next);
    setPresetChoice(CUSTOM);
    setPreviewStale(true);
  }

  async function choosePreset(choice: string) {
    setPresetChoice(choice);
    const next = mappingOf(choice);
    if (!next || !upload) return;
    setMapping(next);
    setPreviewStale(true);
    await check(upload.jobId, next);
  }

  async function savePreset() {
    setPresetMessage(null);
    const answer = await saveImportPresetAction(null, { name: presetName, mapping });
    if (answer.ok && answer.data) setPresetMessage({ ok: true, text: `Saved as "${answer.data.name}"${answer.data.replaced ? " (replacing the earlier one)" : ""}. The API takes it as ?mapping=${encodeURIComponent(answer.data.name)}.` });
    else if (answer.ok === false) setPresetMessage({ ok: false, text: answer.message });
  }

  async function runImport() {
    if (!upload) return;
    setActionError(null);
    setRunErrors(null);
    setImporting({ processed: 0, total: 0 });
    let polling = true;
    const poll = async () => {
      while (polling) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        const progress = await readImportProgress(upload.jobId);
        if (polling && progress?.status === "RUNNING") setImporting({ processed: progress.processedRows, total: progress.totalRows });
      }
    };
    void poll();
    const answer = await runActivityImportAction(null, { jobId: upload.jobId, mapping });
    polling = false;
    if (answer.ok && answer.data?.status === "queued") {
      await followQueuedImport(upload.jobId);
      return;
    }
    setImporting(null);
    if (answer.ok && answer.data?.status === "imported") {
      setOutcome(answer.data);
      setPreview(null);
    } else if (answer.ok && answer.data?.status === "invalid") {
      setRunErrors({ message: answer.data.message, errors: answer.data.errors });
    } else if (answer.ok === false) {
      setActionError(answer.message);
    }
  }

  // A large file imports in a background job (any instance's worker): follow it to the end.
  async function followQueuedImport(jobId: string) {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, QUEUED_POLL_MS));
      const progress = await readImportProgress(jobId);
      if (!progress) continue;
      if (progress.status === "QUEUED" || progress.status === "RUNNING") {
        setImporting({ processed: progress.processedRows, total: progress.totalRows });
        continue;
      }
      setImporting(null);
      if (progress.status === "SUCCEEDED") {
        setOutcome(progress.result as Outcome);
        setPreview(null);
      } else {
        const errors = (progress.result as { errors?: RowProblem[] } | null)?.errors;
        if (errors?.length) setRunErrors({ message: progress.error ?? "The file has problems; nothing was written", errors });
        else setActionError(progress.error ?? "The import failed; nothing was written");
      }
      return;
    }
  }

  function reset() {
    setUpload(null);
    setPreview(null);
    setOutcome(null);
    setRunErrors(null);
    setActionError(null);
    setPresetMessage(null);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    void chooseFile(event.dataTransfer.files[0]);
  }

  const uploading = uploadProgress !== null;
  const busy = uploading || checking || importing !== null;

  return (
    <div className="flex flex-col gap-6">
      <Card>
        <CardHeader>
          <CardTitle>1. Upload</CardTitle>
          <CardDescription>A CSV file with a header row, up to {formatBytes(maxBytes)}: Coachboard&apos;s own long or wide format, or a Salesforce or HubSpot activity export.</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-3">
          <ImportFormatHelp stages={stages} dateExample="2026-01-05" />
          <div
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            className={clsx("flex flex-col items-center gap-2 rounded-lg border-2 border-dashed px-4 py-8 text-center", dragging ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-slate-50")}
          >
            <p className="text-sm text-slate-700">Drop a CSV file here, or</p>
            <Label htmlFor={fileInputId} className="sr-only">
              CSV file
            </Label>
            <input
              id={fileInputId}
              type="file"
              accept=".csv,text/csv"
              disabled={busy}
              onChange={(event) => {
                void chooseFile(event.target.files?.[0]);
                event.target.value = "";
              }}
              className="max-w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-600 file:px-4 file:py-2 file:text-sm file:font-medium file:text-white"
            />
          </div>
          {uploadProgress ? (
            <div className="flex flex-col gap-1">
              <label htmlFor={`${fileInputId}-progress`} className="text-sm text-slate-700">
                Uploading… {formatBytes(uploadProgress.loaded)} of {formatBytes(uploadProgress.total)}
              </label>
              <progress id={`${fileInputId}-progress`} className="h-2 w-full" max={uploadProgress.total || 1} value={uploadProgress.loaded} />
            </div>
          ) : null}
          {uploadError ? <Alert tone="error">{uploadError}</Alert> : null}
          {upload ? (
            <p className="text-sm text-slate-700" data-testid="uploaded-file">
              <strong>{upload.fileName}</strong> ({formatBytes(upload.bytes)}) uploaded
              {upload.guessedPreset ? `; it looks like ${BUILT_IN.find((preset) => preset.key === upload.guessedPreset)?.label ?? upload.guessedPreset}` : "; choose its format below"}.
            </p>
          ) : null}
        </CardContent>
      </Card>

      {upload && !outcome ? (
        <Card>
          <CardHeader>
            <CardTitle>2. Map the columns</CardTitle>
            <CardDescription>{DATE_HINTS[dateStyle] ?? DATE_HINTS.MDY}</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            <div className="flex flex-col gap-1">
              <Label htmlFor={presetId}>Column mapping</Label>
              <select id={presetId} className={selectClass} value={presetChoice} disabled={busy} onChange={(event) => void choosePreset(event.target.value)}>
                <optgroup label="Built in">
                  {BUILT_IN.map((preset) => (
                    <option key={preset.key} value={`builtin:${preset.key}`}>
                      {preset.label}
                    </option>
                  ))}
                </optgroup>
                {savedPresets.length ? (
                  <optgroup label="Saved">
                    {savedPresets.map((preset) => (
                      <option key={preset.name} value={`saved:${preset.name}`}>
                        {preset.name}
                      </option>
                    ))}
                  </optgroup>
                ) : null}
                <option value={CUSTOM}>Custom (edited below)</option>
              </select>
            </div>
            <MappingEditor mapping={mapping} onChange={changeMapping} header={upload.header} stages={stages} activityTypes={preview?.activityTypes.types ?? []} dateHint={DATE_HINTS[dateStyle] ?? ""} />
            <div className="flex flex-wrap items-end gap-2 border-t border-slate-100 pt-4">
              <div className="flex flex-col gap-1">
                <Label htmlFor={presetNameId}>Save this mapping as</Label>
                <Input id={presetNameId} value={presetName} maxLength={80} onChange={(event) => setPresetName(event.target.value)} className="w-64" placeholder="e.g. Salesforce, EMEA team" />
              </div>
              <Button type="button" variant="secondary" disabled={presetName.trim() === "" || busy} onClick={() => void savePreset()}>
                Save mapping
              </Button>
            </div>
            {presetMessage ? <Alert tone={presetMessage.ok ? "success" : "error"}>{presetMessage.text}</Alert> : null}
            <div>
              <Button type="button" disabled={busy} onClick={() => void check(upload.jobId, mapping)}>
                {checking ? "Checking…" : "Check the file"}
              </Button>
            </div>
          </CardContent>
        </Card>
      ) : null}

      {upload && preview && !outcome ? (
        <Card aria-busy={checking}>
          <CardHeader>
            <CardTitle>3. Preview</CardTitle>
            <CardDescription>{previewStale ? "The mapping changed since this preview: check the file again before importing." : "What the import will write. Nothing has been written yet."}</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            {preview.ok ? <ImportTotalsTable totals={preview.summary} stages={stages} currency={currency} /> : null}
            <ImportRecordsTable header={preview.header} records={preview.records} />
            {preview.ok ? null : <ImportErrorsTable errors={preview.errors} />}
            {preview.ok ? (
              <div className="flex flex-col gap-2">
                <div>
                  <Button type="button" disabled={busy || previewStale} onClick={() => void runImport()}>
                    Import {formatCount(preview.summary.rows, "value")}
                  </Button>
                </div>
                {importing ? (
                  <div className="flex flex-col gap-1">
                    <label htmlFor={`${fileInputId}-write`} className="text-sm text-slate-700">
                      {importing.total ? `Writing… ${formatNumber(importing.processed)} of ${formatCount(importing.total, "value")}` : "Checking the file and writing…"}
                    </label>
                    {importing.total ? <progress id={`${fileInputId}-write`} className="h-2 w-full" max={importing.total} value={importing.processed} /> : <progress id={`${fileInputId}-write`} className="h-2 w-full" />}
                  </div>
                ) : null}
              </div>
            ) : null}
          </CardContent>
        </Card>
      ) : null}

      {actionError ? <Alert tone="error">{actionError}</Alert> : null}

      <div ref={resultRef} tabIndex={-1} className="outline-none">
        {runErrors ? (
          <div className="flex flex-col gap-3">
            <Alert tone="error">{runErrors.message}</Alert>
            <ImportErrorsTable errors={runErrors.errors} />
          </div>
        ) : null}
        {outcome ? (
          <div className="flex flex-col gap-3">
            <Alert tone="success" data-testid="import-result">
              {outcome.inserted + outcome.updated === 0 ? (
                <>Nothing changed: all {formatCount(outcome.rows, "value")} in the file were already up to date.</>
              ) : (
                <>
                  Imported {formatCount(outcome.rows, "value")}: {formatNumber(outcome.inserted)} new, {formatNumber(outcome.updated)} updated, {formatNumber(outcome.unchanged)} unchanged.
                </>
              )}
            </Alert>
            <ImportTotalsTable totals={outcome.summary} stages={stages} currency={currency} />
            <div className="flex flex-wrap gap-2">
              <Button type="button" variant="secondary" onClick={reset}>
                Import another file
              </Button>
              <Link href="/activity" className={buttonVariants({ variant: "ghost" })}>
                Log activity
              </Link>
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
