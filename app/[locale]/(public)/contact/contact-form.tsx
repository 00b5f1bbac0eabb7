"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { CharacterCount } from "@/components/ui/character-count";
import styles from "@/components/trust/trust.module.css";
import { RETENTION } from "@/lib/content/retention";
import { formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import {
  CONTACT_LIMITS,
  CONTACT_TOPIC_SLUGS,
  contactFieldErrors,
  contactInput,
  type TContactTopic,
  ZContactMessage,
} from "@/lib/validation/contact";
import { sendContactMessage, type TContactFormState } from "./actions";

const IDLE: TContactFormState = { status: "idle" };
const FOCUS_ORDER = ["topic", "name", "email", "message"] as const;

const describedBy = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(" ") || undefined;

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="field-error">
      {error}
    </p>
  ) : null;
}

/**
 * The message to the moderators. Checked in the browser with the server's schema (mistakes show at
 * once); the server checks again, with the spam checks, and its answer wins. Works without JavaScript.
 * Its words are the namespace contactForm, which the contact page alone sends to the browser.
 */
export function ContactForm({ stamp, topic }: { stamp: string; topic: TContactTopic | null }) {
  const t = useTranslations("contactForm");
  const locale = useLocale();
  const [state, action, pending] = useActionState(sendContactMessage, IDLE);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [seen, setSeen] = useState(state);
  const [chosen, setChosen] = useState<string | null>(null);
  // Each answer from the server mounts the topic list anew with what was sent as its default: React
  // resets the form after an action, and a select keeps only the default it was mounted with.
  const [round, setRound] = useState(0);
  const [length, setLength] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  if (seen !== state) {
    setSeen(state);
    setClientErrors(null);
    setChosen(null);
    setRound((r) => r + 1);
    setLength(state.values?.message?.length ?? 0);
  }
  const errors = clientErrors ?? (state.status === "error" ? (state.fieldErrors ?? {}) : {});
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const currentTopic = chosen ?? values.topic ?? topic ?? "";
  const deletion = currentTopic === "delete";

  useEffect(() => {
    if (state.status === "ok") doneRef.current?.focus();
    else if (state.status === "error") {
      const first = FOCUS_ORDER.find((k) => state.fieldErrors?.[k]);
      formRef.current?.querySelector<HTMLElement>(first ? `[name="${first}"]` : "[role=alert]")?.focus();
    }
  }, [state]);

  if (state.status === "ok") {
    return (
      <div ref={doneRef} tabIndex={-1} role="status" className="alert alert--info">
        <p>
          <strong>{state.message}</strong>
        </p>
        <p>
          {t.rich("done", {
            reference: state.reference ?? "",
            strong: (chunks) => <strong data-testid="contact-reference">{chunks}</strong>,
          })}
        </p>
      </div>
    );
  }

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    const input = contactInput(new FormData(e.currentTarget));
    const parsed = ZContactMessage.safeParse(input);
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    e.preventDefault();
    const found = contactFieldErrors(
      parsed.error,
      input,
      (code, v) => t(`errors.${code}`, v),
      (n) => formatNumber(n, locale),
    );
    setClientErrors(found);
    const first = FOCUS_ORDER.find((k) => found[k]);
    if (first) e.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }

  const invalid = (k: string) => (errors[k] ? true : undefined);
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate className={styles.form}>
      <div role="alert" tabIndex={-1} className={styles.formAlert}>
        {state.status === "error" && state.message && !clientErrors ? (
          <p className="alert alert--error">{state.message}</p>
        ) : hasErrors ? (
          <p className="alert alert--error">{t("correct")}</p>
        ) : null}
      </div>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="stamp" value={state.stamp ?? stamp} />
      {/* For bots only: hidden from people and from screen readers, never focusable. */}
      <div className={styles.trap} aria-hidden="true">
        <label htmlFor="ct-website">{t("trap")}</label>
        <input id="ct-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <div className="field">
        <label htmlFor="ct-topic">{t("topic")}</label>
        <select
          key={round}
          id="ct-topic"
          name="topic"
          defaultValue={values.topic ?? topic ?? ""}
          onChange={(ev) => setChosen(ev.currentTarget.value)}
          aria-invalid={invalid("topic")}
          aria-describedby={describedBy(errors.topic && "ct-topic-error")}
        >
          <option value="" disabled>
            {t("chooseTopic")}
          </option>
          {CONTACT_TOPIC_SLUGS.map((slug) => (
            <option key={slug} value={slug}>
              {t(`topics.${slug}`)}
            </option>
          ))}
        </select>
        <FieldError id="ct-topic-error" error={errors.topic} />
      </div>
      {deletion ? (
        <div className={`alert alert--info ${styles.deletionNote}`} id="ct-deletion-note">
          <p>
            {t.rich("deletionNote", {
              link: (chunks) => <Link href={{ pathname: "/privacy", hash: "deletion" }}>{chunks}</Link>,
            })}
          </p>
        </div>
      ) : null}

      <div className="field">
        <label htmlFor="ct-name">{t("name")}</label>
        <input
          id="ct-name"
          name="name"
          type="text"
          autoComplete="name"
          maxLength={CONTACT_LIMITS.name}
          defaultValue={values.name ?? ""}
          aria-invalid={invalid("name")}
          aria-describedby={describedBy(errors.name && "ct-name-error")}
        />
        <FieldError id="ct-name-error" error={errors.name} />
      </div>
      <div className="field">
        <label htmlFor="ct-email">{t("email")}</label>
        <input
          id="ct-email"
          name="email"
          type="email"
          autoComplete="email"
          maxLength={CONTACT_LIMITS.email}
          defaultValue={values.email ?? ""}
          aria-invalid={invalid("email")}
          aria-describedby={describedBy("ct-email-hint", errors.email && "ct-email-error")}
        />
        <p id="ct-email-hint" className="field-hint">
          {deletion ? t("emailHintDeletion") : t("emailHint")}
        </p>
        <FieldError id="ct-email-error" error={errors.email} />
      </div>
      <div className="field">
        <label htmlFor="ct-message">
          {t("message")}
          {deletion ? <span className={styles.optional}>{t("optional")}</span> : null}
        </label>
        <textarea
          id="ct-message"
          name="message"
          rows={6}
          defaultValue={values.message ?? ""}
          onChange={(ev) => setLength(ev.currentTarget.value.length)}
          aria-invalid={invalid("message")}
          aria-describedby={describedBy("ct-message-hint", "ct-message-count", errors.message && "ct-message-error")}
        />
        <p id="ct-message-hint" className="field-hint">
          {t("messageHint")}
        </p>
        <CharacterCount id="ct-message-count" length={length} max={CONTACT_LIMITS.message} />
        <FieldError id="ct-message-error" error={errors.message} />
      </div>
      <p className="field-hint">
        {t.rich("retention", {
          days: RETENTION.closedContactMessageDays,
          link: (chunks) => <Link href="/privacy">{chunks}</Link>,
        })}
      </p>
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("sending") : deletion ? t("sendDeletion") : t("send")}
      </button>
    </form>
  );
}
