"use client";

// Budgets in team settings: the team's monthly budget, per-request ceiling and rate limit, and
// each member's own monthly budget, each raised or lowered in place. Blank: none, or the default.
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { setPersonBudgetAction } from "@/lib/actions/budgets/set-person-budget";
import { setTeamLimitsAction } from "@/lib/actions/budgets/set-team-limits";
import { formatUsd } from "@/lib/images/cost";
import type { BudgetSettingsView, PersonBudgetView } from "@/lib/views/budget-form";
import { Button } from "@/components/ui/button";
import { Field, fieldErrors } from "@/components/ui/field";
import { SettingsSection } from "@/components/team/settings-section";

export function BudgetSettings({ view }: { view: BudgetSettingsView }) {
  const [monthlyUsd, setMonthly] = useState(view.monthlyUsd);
  const [requestCeilingUsd, setCeiling] = useState(view.requestCeilingUsd);
  const [ratePerMinute, setRate] = useState(view.ratePerMinute);
  const save = useAction(setTeamLimitsAction, { onSuccess: () => toast.success("Budgets saved.") });
  const errors = fieldErrors(save.result.validationErrors);
  return (
    <SettingsSection title="Budgets" description={`Spent or held this month (UTC): ${formatUsd(view.teamUsedUsd)}. Submissions past a budget are refused with what is left.`}>
      <form
        aria-label="Team budgets"
        className="space-y-4 rounded-lg border border-line bg-surface p-4"
        onSubmit={(e) => {
          e.preventDefault();
          save.execute({ monthlyUsd, requestCeilingUsd, ratePerMinute });
        }}
      >
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label="Monthly team budget, USD" value={monthlyUsd} placeholder="none" inputMode="decimal" onChange={(e) => setMonthly(e.target.value)} error={errors.monthlyUsd} data-testid="budget-monthly" />
          <Field label="Most per request, USD" value={requestCeilingUsd} placeholder={`${view.defaults.requestCeilingUsd} (default)`} inputMode="decimal" onChange={(e) => setCeiling(e.target.value)} error={errors.requestCeilingUsd} />
          <Field label="Requests per person per minute" value={ratePerMinute} placeholder={`${view.defaults.ratePerMinute} (default)`} inputMode="numeric" onChange={(e) => setRate(e.target.value)} error={errors.ratePerMinute} />
        </div>
        <Button type="submit" variant="primary" disabled={save.isPending} data-testid="budget-save">
          Save budgets
        </Button>
      </form>
      <ul className="divide-y divide-line rounded-lg border border-line bg-surface" aria-label="Budgets per person">
        {view.people.map((p) => (
          <PersonRow key={p.userId} person={p} />
        ))}
      </ul>
    </SettingsSection>
  );
}

function PersonRow({ person }: { person: PersonBudgetView }) {
  const [monthlyUsd, setMonthly] = useState(person.monthlyUsd);
  const save = useAction(setPersonBudgetAction, { onSuccess: () => toast.success(`${person.name}'s budget saved.`) });
  const error = fieldErrors(save.result.validationErrors).monthlyUsd ?? save.result.serverError;
  return (
    <li className="flex flex-wrap items-end gap-3 p-3">
      <div className="min-w-40 flex-1 text-sm">
        <p className="font-medium">{person.name}</p>
        <p className="text-xs text-muted">{formatUsd(person.usedUsd)} spent or held this month</p>
      </div>
      <div className="w-44">
        <Field label="Monthly budget, USD" value={monthlyUsd} placeholder="none" inputMode="decimal" onChange={(e) => setMonthly(e.target.value)} error={error} />
      </div>
      <Button type="button" disabled={save.isPending} onClick={() => save.execute({ userId: person.userId, monthlyUsd })}>
        Save
      </Button>
    </li>
  );
}
