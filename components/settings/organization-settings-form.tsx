"use client";
import { useId } from "react";
import { updateOrganizationSettingsAction } from "@/app/(app)/settings/organization/actions";
import { Button } from "@/components/ui/button";
import { ActionOutcome, SelectField, TextField } from "@/components/settings/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";

export interface OrganizationSettingsValues {
  name: string;
  currency: string;
  timeZone: string;
  dateStyle: string;
  fiscalYearStartMonth: number;
  gradeAThreshold: number;
  gradeBThreshold: number;
  confidenceThreshold: number;
  defaultCadence: string;
  focusRule: string;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
// Fractions are shown as percentages; rounding hides float noise such as 70.00000000000001.
const asPercent = (fraction: number) => String(Math.round(fraction * 1000) / 10);

export function OrganizationSettingsForm({ values, timeZones }: { values: OrganizationSettingsValues; timeZones: string[] }) {
  const id = useId();
  const { state, pending, submit, fieldError } = useFormAction<{ changed: string[] }>(updateOrganizationSettingsAction);
  const changed = state.ok === true ? (state.data?.changed ?? []) : [];
  return (
    <form noValidate aria-label="Organization settings" onSubmit={submit} className="flex flex-col gap-6">
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Organization</legend>
        <TextField id={`${id}-name`} name="name" label="Name" defaultValue={values.name} maxLength={120} required error={fieldError("name")} />
        <TextField
          id={`${id}-currency`}
          name="currency"
          label="Currency"
          defaultValue={values.currency}
          maxLength={3}
          required
          autoComplete="off"
          className="uppercase"
          hint="ISO 4217 code, e.g. USD, EUR, JPY. Amounts already stored are not converted."
          error={fieldError("currency")}
        />
        <TextField
          id={`${id}-time-zone`}
          name="timeZone"
          label="Time zone"
          defaultValue={values.timeZone}
          list={`${id}-time-zones`}
          required
          autoComplete="off"
          hint="IANA name, e.g. America/New_York. Activity days and meeting times are read in it."
          error={fieldError("timeZone")}
        />
        <datalist id={`${id}-time-zones`}>
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <SelectField id={`${id}-date-style`} name="dateStyle" label="Dates in imported CSV files" defaultValue={values.dateStyle} error={fieldError("dateStyle")}>
          <option value="MDY">Month first (03/04/2026 is March 4)</option>
          <option value="DMY">Day first (03/04/2026 is 3 April)</option>
          <option value="auto">Decide per file (refuse ambiguous dates)</option>
        </SelectField>
        <SelectField id={`${id}-fiscal`} name="fiscalYearStartMonth" label="Fiscal year starts in" defaultValue={String(values.fiscalYearStartMonth)} error={fieldError("fiscalYearStartMonth")}>
          {MONTHS.map((month, index) => (
            <option key={month} value={index + 1}>
              {month}
            </option>
          ))}
        </SelectField>
        <SelectField id={`${id}-cadence`} name="defaultCadence" label="Default one-on-one cadence" defaultValue={values.defaultCadence} hint="A manager can set their own." error={fieldError("defaultCadence")}>
          <option value="WEEKLY">Weekly</option>
          <option value="BIWEEKLY">Every two weeks</option>
          <option value="MONTHLY">Monthly</option>
        </SelectField>
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Grades and priorities</legend>
        <TextField id={`${id}-grade-a`} name="gradeAThreshold" label="Grade A from (% of quota)" type="number" inputMode="decimal" step="any" min={0} max={500} defaultValue={asPercent(values.gradeAThreshold)} required error={fieldError("gradeAThreshold")} />
        <TextField
          id={`${id}-grade-b`}
          name="gradeBThreshold"
          label="Grade B from (% of quota)"
          type="number"
          inputMode="decimal"
          step="any"
          min={0}
          max={500}
          defaultValue={asPercent(values.gradeBThreshold)}
          required
          hint="Above 0 and not above A; below B is C."
          error={fieldError("gradeBThreshold")}
        />
        <TextField
          id={`${id}-confidence`}
          name="confidenceThreshold"
          label="Confidence for a focus (%)"
          type="number"
          inputMode="decimal"
          step="any"
          min={50}
          max={99}
          defaultValue={asPercent(values.confidenceThreshold)}
          required
          hint="50–99. A lever becomes a rep's focus only when it is this likely below benchmark."
          error={fieldError("confidenceThreshold")}
        />
        <SelectField
          id={`${id}-focus-rule`}
          name="focusRule"
          label="How the focus is picked"
          defaultValue={values.focusRule}
          hint="Effort first coaches a confident volume gap before any conversion ratio."
          error={fieldError("focusRule")}
        >
          <option value="REVENUE_AT_STAKE">Revenue at stake</option>
          <option value="EFFORT_FIRST">Effort first</option>
        </SelectField>
      </fieldset>
      <div className="flex flex-col gap-3">
        <div>
          <Button type="submit" disabled={pending} aria-busy={pending}>
            {pending ? "Saving…" : "Save settings"}
          </Button>
        </div>
        <ActionOutcome state={state} success={state.ok === true ? (changed.length ? `Saved (${changed.length} ${changed.length === 1 ? "change" : "changes"}).` : "Nothing changed.") : null} />
      </div>
    </form>
  );
}
