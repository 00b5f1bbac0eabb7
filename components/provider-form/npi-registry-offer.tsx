"use client";

import { useEffect, useState } from "react";
import { isValidNpi } from "@/lib/npi";
import { formCredential, type TNpiRegistryRecord } from "@/lib/providers/npi-registry";
import { specialtyLabel } from "@/lib/checklist/provider";
import { emptyCertification, emptyLocation, type TProviderForm } from "@/lib/validation/provider-form";
import styles from "./provider-form.module.css";
import type { TStepProps } from "./step-props";

type TState =
  | { kind: "idle" }
  | { kind: "looking"; npi: string }
  | { kind: "found"; record: TNpiRegistryRecord }
  | { kind: "filled"; npi: string; what: string }
  | { kind: "none"; npi: string };

/** The registry's answers over the form's: only what the registry knows, only where it says something. */
export function fillFromRegistry(f: TProviderForm, r: TNpiRegistryRecord): TProviderForm {
  const credential = formCredential(r.credential);
  const first = f.locations[0] ?? emptyLocation();
  return {
    ...f,
    identity: {
      ...f.identity,
      firstName: r.firstName,
      middleName: r.middleName ?? "",
      lastName: r.lastName,
      suffix: r.suffix ?? "",
      credential: credential ?? f.identity.credential,
    },
    locations: r.address
      ? [
          {
            ...first,
            street1: r.address.street1,
            street2: r.address.street2 ?? "",
            city: r.address.city,
            state: r.address.state,
            zip: r.address.zip,
            phone: r.address.phone ?? first.phone,
          },
          ...f.locations.slice(1),
        ]
      : f.locations,
    // The registered specialty starts a certification row the provider completes (board, year) or
    // removes: a taxonomy is self-selected and is never a board certification by itself.
    certifications:
      r.specialty && !f.certifications.some((c) => c.specialty === r.specialty)
        ? [
            ...f.certifications,
            { ...emptyCertification(), specialty: r.specialty, subspecialty: r.subspecialty ?? "" },
          ]
        : f.certifications,
  };
}

/**
 * Once the NPI is valid, asks GET /api/npi-lookup whether the public NPI registry knows it, and
 * offers its name, credential, registered specialty and practice address as answers. Nothing is
 * filled in until the provider says so; everything stays editable.
 */
export function NpiRegistryOffer({ npi, update }: { npi: string; update: TStepProps["update"] }) {
  const [state, setState] = useState<TState>({ kind: "idle" });
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const clean = npi.replace(/[\s-]/g, "");
  const valid = isValidNpi(clean);

  useEffect(() => {
    if (!valid || dismissed.has(clean)) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setState({ kind: "looking", npi: clean });
      try {
        const res = await fetch(`/api/npi-lookup?npi=${clean}`, { signal: controller.signal });
        const body = (await res.json()) as { found?: boolean; record?: TNpiRegistryRecord };
        setState(
          res.ok && body.found && body.record
            ? { kind: "found", record: body.record }
            : { kind: "none", npi: clean },
        );
      } catch {
        if (!controller.signal.aborted) setState({ kind: "none", npi: clean });
      }
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [clean, valid, dismissed]);

  if (!valid || dismissed.has(clean)) return null;
  if (state.kind === "filled" && state.npi === clean) {
    return (
      <p className={`alert alert--info ${styles.registryOffer}`} role="status">
        Filled in from the NPI registry: {state.what}. Check each answer; you can change any of them.
      </p>
    );
  }
  if (state.kind !== "found" || state.record.npi !== clean) {
    return (
      <p className="visually-hidden" role="status">
        {state.kind === "looking" ? "Looking up this NPI in the registry…" : ""}
      </p>
    );
  }
  const r = state.record;
  const name = [r.firstName, r.middleName, r.lastName, r.suffix].filter(Boolean).join(" ");
  const address = r.address
    ? [r.address.street1, r.address.street2, `${r.address.city}, ${r.address.state} ${r.address.zip}`]
        .filter(Boolean)
        .join(", ")
    : null;
  const specialty = r.specialty
    ? `${specialtyLabel(r.specialty)}${r.subspecialty ? `, subspecialty ${specialtyLabel(r.subspecialty)}` : ""}`
    : null;
  const fill = () => {
    update((f) => fillFromRegistry(f, r));
    const what = [
      "your name",
      formCredential(r.credential) ? "credential" : null,
      address ? "practice address (step 2)" : null,
      specialty ? "specialty (step 3: add the board and year, or remove it)" : null,
    ].filter(Boolean);
    setState({ kind: "filled", npi: clean, what: what.join(", ") });
  };
  return (
    <section className={`card ${styles.registryOffer}`} aria-labelledby="npi-registry-offer" role="region">
      <h3 id="npi-registry-offer">Found in the NPI registry</h3>
      <p className="field-hint">
        {r.source === "import"
          ? "From the public NPI registry (NPPES) file we import."
          : "From the public NPI registry (NPPES), asked just now."}{" "}
        Use these answers, or type your own.
      </p>
      <dl className={styles.registryFacts}>
        <dt>Name</dt>
        <dd>{name}</dd>
        {r.credential ? (
          <>
            <dt>Credential</dt>
            <dd>{r.credential}</dd>
          </>
        ) : null}
        {r.registeredSpecialty || specialty ? (
          <>
            <dt>Registered specialty</dt>
            <dd>
              {r.registeredSpecialty ?? specialty} (self-selected in the registry, not a board certification)
            </dd>
          </>
        ) : null}
        {address ? (
          <>
            <dt>Practice address</dt>
            <dd>
              {address}
              {r.address?.phone ? `, phone ${r.address.phone}` : ""}
            </dd>
          </>
        ) : null}
      </dl>
      <div className={styles.registryActions}>
        <button type="button" className="button button--secondary" onClick={fill}>
          Fill in these answers
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setDismissed((d) => new Set(d).add(clean))}
        >
          No, thanks
        </button>
      </div>
    </section>
  );
}
