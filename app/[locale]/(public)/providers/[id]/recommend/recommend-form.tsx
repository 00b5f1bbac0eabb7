"use client";

import { useActionState, useState } from "react";
import { CharacterCount } from "@/components/ui/character-count";
import styles from "@/components/reviews/reviews.module.css";
import { IDLE } from "@/lib/forms";
import { RECOMMENDATION_REASON } from "@/lib/validation/recommendation";
import { sendRecommendation } from "./actions";

type Props = { targetId: number; targetName: string; choices: Array<{ id: number; name: string }> };

/** Recommend as one of your published profiles (a choice only when there are several). */
export function RecommendForm({ targetId, targetName, choices }: Props) {
  const [state, action, pending] = useActionState(sendRecommendation, IDLE);
  const [seen, setSeen] = useState(state);
  const [length, setLength] = useState(0);
  if (seen !== state) {
    setSeen(state);
    setLength(state.values?.reason?.length ?? 0);
  }
  if (state.status === "ok") {
    return (
      <p className="alert alert--info" role="status">
        {state.message}
      </p>
    );
  }
  const err = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const only = choices.length === 1 ? choices[0] : undefined;
  return (
    <form action={action} noValidate className={`card ${styles.form}`}>
      <input type="hidden" name="toProviderId" value={targetId} />
      <div role="alert">
        {state.status === "error" && state.message ? (
          <p className="alert alert--error">{state.message}</p>
        ) : null}
      </div>
      {only ? (
        <p>
          <input type="hidden" name="fromProviderId" value={only.id} />
          You recommend as <strong>{only.name}</strong>.
        </p>
      ) : (
        <div className="field">
          <label htmlFor="rec-from">Recommend as</label>
          <select
            id="rec-from"
            name="fromProviderId"
            defaultValue={values.fromProviderId ?? ""}
            aria-invalid={err.fromProviderId ? true : undefined}
            aria-describedby={err.fromProviderId ? "rec-from-error" : undefined}
          >
            <option value="">Choose one of your profiles</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          {err.fromProviderId ? (
            <p id="rec-from-error" className="field-error">
              {err.fromProviderId}
            </p>
          ) : null}
        </div>
      )}
      <div className="field">
        <label htmlFor="rec-reason">Why do you recommend {targetName}?</label>
        <textarea
          id="rec-reason"
          name="reason"
          rows={4}
          defaultValue={values.reason ?? ""}
          onChange={(e) => setLength(e.currentTarget.value.length)}
          aria-invalid={err.reason ? true : undefined}
          aria-describedby={["rec-reason-hint", "rec-reason-count", err.reason ? "rec-reason-error" : ""]
            .filter(Boolean)
            .join(" ")}
        />
        <p id="rec-reason-hint" className="field-hint">
          Shown publicly with your name and specialty, e.g. what your shared patients value. No patient
          details.
        </p>
        <CharacterCount
          id="rec-reason-count"
          length={length}
          min={RECOMMENDATION_REASON.min}
          max={RECOMMENDATION_REASON.max}
        />
        {err.reason ? (
          <p id="rec-reason-error" className="field-error">
            {err.reason}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Sending…" : "Send recommendation"}
      </button>
    </form>
  );
}
