"use client";

import { useActionState } from "react";
import styles from "@/components/admin/admin.module.css";
import { FieldError, FormMessage } from "@/components/admin/form-message";
import type { TAdminFormState } from "../guard";
import { resolveReportAction } from "./actions";

/** Resolve (the report was right and has been acted on) or dismiss (nothing to do) one report. */
export function ResolveReportForm({ reportId, aboutReview }: { reportId: number; aboutReview: boolean }) {
  const [state, action, pending] = useActionState(resolveReportAction, { status: "idle" } as TAdminFormState);
  const err = state.fieldErrors ?? {};
  const id = (name: string) => `report-${reportId}-${name}`;
  return (
    <form action={action} noValidate aria-label={`Close report #${reportId}`}>
      <input type="hidden" name="reportId" value={reportId} />
      <div className="field">
        <label htmlFor={id("note")}>Note (optional, kept in the audit log)</label>
        <textarea
          id={id("note")}
          name="note"
          rows={2}
          maxLength={1000}
          defaultValue={state.values?.note ?? ""}
          aria-invalid={err.note ? true : undefined}
          aria-describedby={err.note ? `${id("note")}-error` : undefined}
        />
        <FieldError id={id("note")} message={err.note} />
      </div>
      {aboutReview ? (
        <p>
          <label>
            <input type="checkbox" name="hideReview" defaultChecked={state.values?.hideReview === "on"} />{" "}
            Also hide the review (when resolving)
          </label>
        </p>
      ) : null}
      <FormMessage state={state} />
      <div className={styles.inlineForm}>
        <button type="submit" name="outcome" value="RESOLVED" className="button" disabled={pending}>
          Resolve
        </button>
        <button
          type="submit"
          name="outcome"
          value="DISMISSED"
          className="button button--secondary"
          disabled={pending}
        >
          Dismiss
        </button>
      </div>
    </form>
  );
}
