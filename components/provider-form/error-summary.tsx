"use client";

import type { ReactNode, Ref } from "react";
import { errorContext, fieldId, type TErrors } from "./form-steps";

type Props = { errors: TErrors; message?: string; children?: ReactNode; ref?: Ref<HTMLDivElement> };

/**
 * "There is a problem" box at the top of a step: focused when a step fails, each message a link
 * that moves focus to its field (a fragment link alone scrolls but does not focus in every browser).
 */
export function ErrorSummary({ errors, message, children, ref }: Props) {
  const entries = Object.entries(errors);
  if (entries.length === 0 && !message && !children) return null;
  return (
    <div
      ref={ref}
      className="alert alert--error"
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
    >
      <h3 id="error-summary-title">There is a problem</h3>
      {message ? <p>{message}</p> : null}
      {children}
      {entries.length ? (
        <ul>
          {entries.map(([path, text]) => (
            <li key={path}>
              <a
                href={`#${fieldId(path)}`}
                onClick={(e) => {
                  const el = document.getElementById(fieldId(path));
                  if (!el) return;
                  e.preventDefault();
                  el.focus();
                  el.scrollIntoView({ block: "center" });
                }}
              >
                {errorContext(path)}
                {text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
