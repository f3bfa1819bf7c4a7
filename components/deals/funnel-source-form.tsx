"use client";
import { useActionState } from "react";
import { setFunnelSourcesAction } from "@/app/(app)/settings/funnel/actions";
import { selectClass } from "@/components/one-on-ones/field-styles";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";

const LABELS: Record<string, string> = { revenue: "Revenue won" };

/** Per stage deals can count: logged activity or CRM deals. */
export function FunnelSourceForm({ stages, sources, hasDeals }: { stages: { key: string; label: string }[]; sources: Record<string, "activity" | "deals">; hasDeals: boolean }) {
  const [state, action, pending] = useActionState(setFunnelSourcesAction, { ok: null });
  const keys = Object.keys(sources);
  return (
    <form action={action} className="flex flex-col gap-4">
      <div className="grid gap-3 sm:grid-cols-3">
        {keys.map((key) => (
          <div key={key} className="grid gap-1">
            <Label htmlFor={`source-${key}`}>{stages.find((stage) => stage.key === key)?.label ?? LABELS[key] ?? key}</Label>
            <select id={`source-${key}`} name={`sources.${key}`} defaultValue={sources[key]} className={selectClass}>
              <option value="activity">Logged activity</option>
              <option value="deals">CRM deals</option>
            </select>
          </div>
        ))}
      </div>
      {!hasDeals && <p className="text-sm text-slate-600">No deals are imported yet, so these stages count logged activity until you import deals or choose here.</p>}
      <div>
        <Button type="submit" disabled={pending}>
          Save sources
        </Button>
      </div>
      {state.ok === true && <Alert tone="success">Saved. Dashboards, ratios and grades now count these stages from the chosen source.</Alert>}
      {state.ok === false && <Alert tone="error">{state.message}</Alert>}
    </form>
  );
}
