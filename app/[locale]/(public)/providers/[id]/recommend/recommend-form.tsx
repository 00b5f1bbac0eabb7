"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { CharacterCount } from "@/components/ui/character-count";
import styles from "@/components/reviews/reviews.module.css";
import { IDLE } from "@/lib/forms";
import { RECOMMENDATION_REASON } from "@/lib/validation/recommendation";
import { sendRecommendation } from "./actions";

type Props = { targetId: number; targetName: string; choices: Array<{ id: number; name: string }> };

/** Recommend as one of your published profiles (a choice only when there are several). */
export function RecommendForm({ targetId, targetName, choices }: Props) {
  const t = useTranslations("profileForms");
  const locale = useLocale();
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
      <input type="hidden" name="locale" value={locale} />
      <div role="alert">
        {state.status === "error" && state.message ? (
          <p className="alert alert--error">{state.message}</p>
        ) : null}
      </div>
      {only ? (
        <p>
          <input type="hidden" name="fromProviderId" value={only.id} />
          {t.rich("recommend.as", { name: only.name, strong: (c) => <strong>{c}</strong> })}
        </p>
      ) : (
        <div className="field">
          <label htmlFor="rec-from">{t("recommend.asLabel")}</label>
          <select
            id="rec-from"
            name="fromProviderId"
            defaultValue={values.fromProviderId ?? ""}
            aria-invalid={err.fromProviderId ? true : undefined}
            aria-describedby={err.fromProviderId ? "rec-from-error" : undefined}
          >
            <option value="">{t("recommend.choose")}</option>
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
        <label htmlFor="rec-reason">{t("recommend.why", { name: targetName })}</label>
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
          {t("recommend.hint")}
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
        {pending ? t("sending") : t("recommend.send")}
      </button>
    </form>
  );
}
