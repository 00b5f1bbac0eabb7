import Link from "next/link";
import { FACT_MARKS, type TFactKind } from "@/lib/content/fact-marks";
import { formatDate } from "@/components/provider/format";
import { SaveButton } from "@/components/shortlist/save-button";
import { DEMO_PROVIDER_LABEL } from "@/lib/content/medical";
import { SELECTION_STEPS, type TStepId } from "@/lib/content/steps";
import type { TCompared } from "@/lib/data/compare";
import { INSURANCE_NAMES, type TInsurancePlan } from "@/lib/providers/insurance";
import { LANGUAGE_NAMES, type TLanguageCode } from "@/lib/providers/languages";
import { BOARD_NAMES, SPECIALTY_NAMES } from "@/lib/providers/format";
import styles from "./compare.module.css";

/** One fact of a doctor: what it says (its text, to tell whether doctors differ) and how it shows. */
type TCell = { text: string; node: React.ReactNode };
type TRow = { step: TStepId; label: string; cell: (c: TCompared) => TCell };

/**
 * A fact's mark, compact for a table (the site's key to the marks explains them): the icon, and for
 * verified and public facts their date or source; "reported by the practice" is dated once per
 * doctor in the column's head.
 */
function Mark({ kind, text }: { kind: TFactKind; text?: string }) {
  return (
    <span
      className={`${styles.mark} ${styles[`mark_${kind}`]}`}
      data-fact={kind}
      title={FACT_MARKS[kind].label}
    >
      <span aria-hidden="true">{FACT_MARKS[kind].icon}</span>
      {text ? <> {text}</> : <span className="visually-hidden"> {FACT_MARKS[kind].label.toLowerCase()}</span>}
    </span>
  );
}

const unknown = (why = "Not known"): TCell => ({
  text: "",
  node: <span className={styles.unknown}>{why}</span>,
});
const unclaimed = (c: TCompared) => c.profile.source === "NPPES_IMPORT" && !c.profile.claimed;
const reported = () => <Mark kind="reported" />;
const yesNo = (v: boolean) => (v ? "Yes" : "No");

function textCell(text: string, mark?: React.ReactNode): TCell {
  return {
    text,
    node: (
      <>
        {text} {mark}
      </>
    ),
  };
}

/** A location fact, unknown (not "no") for a registry listing nobody has confirmed. */
function practiceFact(c: TCompared, pick: (l: TCompared["profile"]["locations"][number]) => boolean): TCell {
  const l = c.profile.locations[0];
  if (!l || unclaimed(c)) return unknown("Not confirmed by the practice");
  return textCell(yesNo(pick(l)), reported());
}

const ROWS: TRow[] = [
  {
    step: "referrals",
    label: "Recommended by clinicians",
    cell: (c) =>
      textCell(
        c.profile.recommendations.length
          ? `${c.profile.recommendations.length} (approved by a moderator)`
          : "None yet",
      ),
  },
  { step: "referrals", label: "Referral needed", cell: (c) => practiceFact(c, (l) => l.referralRequired) },
  {
    step: "credentials",
    label: "Board certification",
    cell: (c) => {
      const certs = c.profile.certifications;
      if (!certs.length) {
        return c.profile.registeredSpecialty
          ? {
              text: `registered:${c.profile.registeredSpecialty}`,
              node: (
                <>
                  {c.profile.registeredSpecialty}{" "}
                  <Mark kind="public" text="NPI registry: a registered specialty, not board certification" />
                </>
              ),
            }
          : unknown("None listed");
      }
      return {
        text: certs
          .map((x) => `${x.board}${x.specialty}${x.subspecialty}${x.verified}`)
          .sort()
          .join("|"),
        node: (
          <ul className={styles.plain}>
            {certs.map((x) => (
              <li key={x.id}>
                {x.board === "OTHER" ? (x.boardName ?? BOARD_NAMES.OTHER) : x.board} ·{" "}
                {SPECIALTY_NAMES[x.specialty]}
                {x.subspecialty ? ` (${SPECIALTY_NAMES[x.subspecialty]})` : ""}{" "}
                {x.verified ? (
                  <Mark
                    kind="verified"
                    text={x.verifiedAt ? `verified ${formatDate(x.verifiedAt)}` : "verified"}
                  />
                ) : (
                  <Mark kind="reported" />
                )}
              </li>
            ))}
          </ul>
        ),
      };
    },
  },
  {
    step: "credentials",
    label: "In practice since",
    cell: (c) =>
      c.careCompare?.graduationYear
        ? textCell(
            `${c.careCompare.graduationYear} (medical school graduation)`,
            <Mark kind="public" text={`Care Compare, ${formatDate(c.careCompare.fileDate)}`} />,
          )
        : unknown(),
  },
  {
    step: "experience",
    label: "Medicare claims for neck injections",
    cell: (c) => {
      const e = c.evidence;
      if (!e) return unknown("Not published (under 11 Medicare patients a year, or none)");
      const text = `At least ${e.patients ?? 11} patients, ${e.visits ?? "?"} visits in ${e.year}`;
      return textCell(text, <Mark kind="public" text={`Medicare data, ${e.year}`} />);
    },
  },
  {
    step: "experience",
    label: "Years injecting the neck",
    cell: (c) =>
      c.profile.experience?.yearsInjecting != null
        ? textCell(String(c.profile.experience.yearsInjecting), reported())
        : unknown("Not reported"),
  },
  {
    step: "experience",
    label: "Neck procedures a year",
    cell: (c) =>
      c.profile.experience?.yearlyNeckProcedures != null
        ? textCell(`About ${c.profile.experience.yearlyNeckProcedures}`, reported())
        : unknown("Not reported"),
  },
  {
    step: "experience",
    label: "Injection guidance",
    cell: (c) => {
      const g = (c.profile.experience?.guidance ?? []).filter((x) => x !== "NONE");
      const billed = c.evidence?.guidanceBilled ?? [];
      if (!g.length && !billed.length) return unknown("Not reported");
      const words = g.map((x) => (x === "EMG" ? "EMG" : "ultrasound")).join(" + ");
      return {
        text: `${words}|${billed.join(",")}`,
        node: (
          <>
            {words ? (
              <>
                {words} {reported()}
              </>
            ) : null}
            {billed.length ? (
              <div>
                {billed.map((b) => (b === "emg" ? "EMG" : "electrical stimulation")).join(" + ")} billed to
                Medicare <Mark kind="public" text={`Medicare data, ${c.evidence!.year}`} />
              </div>
            ) : null}
          </>
        ),
      };
    },
  },
  {
    step: "experience",
    label: "Treats cervical dystonia",
    cell: (c) =>
      c.profile.experience
        ? textCell(yesNo(c.profile.experience.cervicalDystoniaFocus), reported())
        : unknown("Not reported"),
  },
  {
    step: "reviews",
    label: "Patient reviews",
    cell: (c) =>
      c.profile.reviews.count && c.profile.reviews.average !== null
        ? textCell(
            `${c.profile.reviews.average.toFixed(1)} of 5 (${c.profile.reviews.count} review${c.profile.reviews.count === 1 ? "" : "s"})`,
          )
        : unknown("No reviews yet"),
  },
  {
    step: "consultation",
    label: "Accepting new patients",
    cell: (c) => practiceFact(c, (l) => l.acceptingNewPatients),
  },
  {
    step: "consultation",
    label: "Telehealth consultations",
    cell: (c) => practiceFact(c, (l) => l.telehealthConsults),
  },
  {
    step: "consultation",
    label: "Languages (doctor or staff)",
    cell: (c) => {
      const names = [
        ...c.profile.languages.map((l) => LANGUAGE_NAMES[l as TLanguageCode] ?? l),
        ...c.profile.languagesOther,
      ];
      return names.length ? textCell(names.join(", "), reported()) : unknown("Not listed");
    },
  },
  {
    step: "consultation",
    label: "Insurance (reported by the practice)",
    cell: (c) => {
      const ins = c.profile.insurance;
      if (!ins?.plans.length) return unknown(ins ? "None listed" : "Not known");
      return textCell(
        ins.plans.map((p) => INSURANCE_NAMES[p as TInsurancePlan] ?? p).join(", "),
        <Mark
          kind="reported"
          text={ins.confirmedAt ? `confirmed ${formatDate(ins.confirmedAt)}` : undefined}
        />,
      );
    },
  },
  {
    step: "consultation",
    label: "Medicare assignment",
    cell: (c) => {
      const a = c.careCompare?.acceptsAssignment;
      if (!a) return unknown();
      return textCell(
        a === "Y" ? "Accepts" : "May accept",
        <Mark kind="public" text={`Care Compare, ${formatDate(c.careCompare!.fileDate)}`} />,
      );
    },
  },
];

/** The doctors side by side: one row a fact, grouped under the guide's five steps, differences marked. */
export function CompareTable({ doctors }: { doctors: TCompared[] }) {
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption className="visually-hidden">
          The doctors compared, one column each, one row a fact, under the five steps
        </caption>
        <thead>
          <tr>
            <td />
            {doctors.map((c) => (
              <th key={c.profile.id} scope="col" className={styles.doctor}>
                <Link href={c.profile.path}>{c.profile.name}</Link>
                {c.profile.locations[0] ? (
                  <div className={styles.place}>
                    {c.profile.locations[0].city}, {c.profile.locations[0].state}
                  </div>
                ) : null}
                <div className={styles.place}>
                  {c.profile.lastConfirmedAt ? (
                    <>
                      <Mark kind="reported" /> details confirmed by the practice{" "}
                      {formatDate(c.profile.lastConfirmedAt)}
                    </>
                  ) : (
                    "Details not yet confirmed by the practice"
                  )}
                </div>
                {c.profile.source === "DEMO" ? (
                  <span className={`badge badge--demo ${styles.demo}`}>{DEMO_PROVIDER_LABEL}</span>
                ) : null}
                <div className={styles.actions}>
                  <SaveButton id={c.profile.id} name={c.profile.name} />
                  <Link href={`/checklist?provider=${c.profile.id}`}>
                    Prepare a checklist<span className="visually-hidden"> for {c.profile.name}</span>
                  </Link>
                </div>
              </th>
            ))}
          </tr>
        </thead>
        {SELECTION_STEPS.map((step) => (
          <tbody key={step.id}>
            <tr className={styles.stepRow}>
              <th scope="colgroup" colSpan={doctors.length + 1}>
                {step.number}. {step.title}
              </th>
            </tr>
            {ROWS.filter((r) => r.step === step.id).map((row) => {
              const cells = doctors.map((c) => row.cell(c));
              const differs = doctors.length > 1 && new Set(cells.map((x) => x.text)).size > 1;
              return (
                <tr key={row.label} className={differs ? styles.differs : undefined}>
                  <th scope="row">
                    {row.label}
                    {differs ? (
                      <span className={styles.differsMark}>
                        <span aria-hidden="true"> ≠</span>
                        <span className="visually-hidden"> (the doctors differ)</span>
                      </span>
                    ) : null}
                  </th>
                  {cells.map((x, i) => (
                    <td key={doctors[i]!.profile.id}>{x.node}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
