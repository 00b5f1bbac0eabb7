"use client";

import { useState, type ReactNode } from "react";
import type { Gender } from "@/lib/generated/prisma/enums";
import type { TIdentityForm } from "@/lib/validation/provider-form";
import { SUBMISSION_LIMITS } from "@/lib/validation/provider-submission";
import { RadioGroup, SelectField, TextField } from "./fields";
import { LanguagesField } from "./languages-field";
import styles from "./provider-form.module.css";
import type { TStepProps } from "./step-props";

const CREDENTIALS = [
  { value: "MD", label: "MD (Doctor of Medicine)" },
  { value: "DO", label: "DO (Doctor of Osteopathic Medicine)" },
  { value: "other", label: "Other" },
];

const GENDER_OPTIONS: Array<{ value: Gender | ""; label: string }> = [
  { value: "FEMALE", label: "Female" },
  { value: "MALE", label: "Male" },
  { value: "", label: "Prefer not to say" },
];

export function IdentityStep({
  form,
  errors,
  update,
  mode,
  signedInEmail,
  npiOffer,
}: TStepProps & { npiOffer?: ReactNode }) {
  const i = form.identity;
  const set =
    <K extends keyof TIdentityForm>(key: K) =>
    (value: TIdentityForm[K]) =>
      update((f) => ({ ...f, identity: { ...f.identity, [key]: value } }));
  // "Other" stays chosen while its text is still empty. Derived from the value, so answers filled
  // in from the NPI registry or a restored draft show the right choice.
  const [otherChosen, setOtherChosen] = useState(false);
  const credentialChoice =
    i.credential === "MD" || i.credential === "DO"
      ? i.credential
      : i.credential || otherChosen
        ? "other"
        : "";
  return (
    <>
      <TextField
        path="identity.npi"
        label="National Provider Identifier (NPI)"
        hint={
          mode === "edit"
            ? "The NPI of a listing cannot be changed."
            : "10 digits, from your NPPES record (npiregistry.cms.hhs.gov). Its last digit is a check digit, so we can spot a typo."
        }
        errors={errors}
        value={i.npi}
        onChange={set("npi")}
        inputMode="numeric"
        readOnly={mode === "edit"}
        width="medium"
      />
      {npiOffer}
      <div className={styles.grid}>
        <TextField
          path="identity.firstName"
          label="First name"
          errors={errors}
          value={i.firstName}
          onChange={set("firstName")}
          autoComplete="given-name"
        />
        <TextField
          path="identity.middleName"
          label="Middle name"
          optional
          errors={errors}
          value={i.middleName}
          onChange={set("middleName")}
          autoComplete="additional-name"
        />
        <TextField
          path="identity.lastName"
          label="Last name"
          errors={errors}
          value={i.lastName}
          onChange={set("lastName")}
          autoComplete="family-name"
        />
        <TextField
          path="identity.suffix"
          label="Suffix"
          hint="e.g. Jr., III"
          optional
          errors={errors}
          value={i.suffix}
          onChange={set("suffix")}
          autoComplete="honorific-suffix"
          width="short"
        />
      </div>
      <SelectField
        // The error of an empty credential sits on the list, or on the text box once "Other" is chosen.
        path={credentialChoice === "other" ? "identity.credentialKind" : "identity.credential"}
        label="Credential"
        placeholder="Choose…"
        errors={errors}
        value={credentialChoice}
        options={CREDENTIALS}
        onChange={(v) => {
          setOtherChosen(v === "other");
          set("credential")(v === "other" ? "" : v);
        }}
      />
      {credentialChoice === "other" ? (
        <TextField
          path="identity.credential"
          label="Your credential"
          hint={`As you write it after your name, up to ${SUBMISSION_LIMITS.credential} characters.`}
          errors={errors}
          value={i.credential}
          onChange={set("credential")}
          width="medium"
        />
      ) : null}
      <RadioGroup
        path="identity.gender"
        label="Gender"
        hint="Some patients look for a doctor of a particular gender. “Prefer not to say” leaves it off your profile."
        options={GENDER_OPTIONS}
        errors={errors}
        value={i.gender}
        onChange={set("gender")}
      />
      <LanguagesField value={i.languages} errors={errors} onChange={set("languages")} />
      <TextField
        path="identity.languagesOther"
        label="Other languages"
        hint={`Any not in the list, separated by commas, e.g. Hmong, Tigrinya. Shown as you write them (up to ${SUBMISSION_LIMITS.otherLanguages}).`}
        optional
        errors={errors}
        value={i.languagesOther}
        onChange={set("languagesOther")}
      />
      <TextField
        path="identity.bio"
        label="A short introduction for patients"
        hint="Plain text. Describe your practice; do not promise results."
        optional
        multiline
        max={SUBMISSION_LIMITS.bio}
        errors={errors}
        value={i.bio}
        onChange={set("bio")}
      />
      <TextField
        path="identity.contactEmail"
        label="Contact e-mail for consultation requests"
        hint={
          signedInEmail
            ? `Private: never shown on your profile. We send notices about this submission to your account address, ${signedInEmail}.`
            : "Private: never shown on your profile. We also send your sign-in link and the outcome of the review here."
        }
        type="email"
        autoComplete="email"
        errors={errors}
        value={i.contactEmail}
        onChange={set("contactEmail")}
      />
    </>
  );
}
