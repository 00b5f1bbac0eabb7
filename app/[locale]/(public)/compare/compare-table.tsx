import { useLocale, useTranslations } from "next-intl";
import { factMarksFor, type TFactKind } from "@/lib/content/fact-marks";
import { SaveButton } from "@/components/shortlist/save-button";
import { medicalFor } from "@/lib/content/medical";
import { stepsFor, type TStepId } from "@/lib/content/steps";
import type { TCompared } from "@/lib/data/compare";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { TLocale } from "@/lib/i18n/routing";
import { INSURANCE_OPTIONS, LANGUAGE_OPTIONS, optionLabel } from "@/lib/search/filters";
import styles from "./compare.module.css";

type TT = ReturnType<typeof useTranslations<"compare">>;
type TTSearch = ReturnType<typeof useTranslations<"search">>;

/** One fact of a doctor: what it says (its text, to tell whether doctors differ) and how it shows. */
type TCell = { text: string; node: React.ReactNode };
type TRow = { step: TStepId; label: string; cell: (c: TCompared) => TCell };

/**
 * A fact's mark, compact for a table (the site's key to the marks explains them): the icon, and for
 * verified and public facts their date or source; "reported by the practice" is dated once per
 * doctor in the column's head.
 */
function Mark({ kind, text }: { kind: TFactKind; text?: string }) {
  const { FACT_MARKS } = factMarksFor(useLocale());
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

const unclaimed = (c: TCompared) => c.profile.source === "NPPES_IMPORT" && !c.profile.claimed;
const reported = () => <Mark kind="reported" />;

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

/** The rows, in the page's language. */
function rows(t: TT, ts: TTSearch, locale: TLocale): TRow[] {
  const date = (iso: string) => formatDate(iso, locale);
  const unknown = (why = t("unknown")): TCell => ({
    text: "",
    node: <span className={styles.unknown}>{why}</span>,
  });
  const yesNo = (v: boolean) => (v ? t("yes") : t("no"));
  /** A location fact, unknown (not "no") for a registry listing nobody has confirmed. */
  function practiceFact(
    c: TCompared,
    pick: (l: TCompared["profile"]["locations"][number]) => boolean,
  ): TCell {
    const l = c.profile.locations[0];
    if (!l || unclaimed(c)) return unknown(t("unconfirmed"));
    return textCell(yesNo(pick(l)), reported());
  }
  const specialty = (s: TCompared["profile"]["certifications"][number]["specialty"]) => ts(`specialty.${s}`);
  return [
    {
      step: "referrals",
      label: t("rows.recommended"),
      cell: (c) =>
        textCell(
          c.profile.recommendations.length
            ? t("rows.recommendedCount", { count: c.profile.recommendations.length })
            : t("rows.recommendedNone"),
        ),
    },
    { step: "referrals", label: t("rows.referral"), cell: (c) => practiceFact(c, (l) => l.referralRequired) },
    {
      step: "credentials",
      label: t("rows.board"),
      cell: (c) => {
        const certs = c.profile.certifications;
        if (!certs.length) {
          return c.profile.registeredSpecialty
            ? {
                text: `registered:${c.profile.registeredSpecialty}`,
                node: (
                  <>
                    <span data-provider-text>{c.profile.registeredSpecialty}</span>{" "}
                    <Mark kind="public" text={t("rows.registered")} />
                  </>
                ),
              }
            : unknown(t("rows.boardNone"));
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
                  {x.board === "OTHER" ? (
                    x.boardName ? (
                      <span data-provider-text>{x.boardName}</span>
                    ) : (
                      t("rows.otherBoard")
                    )
                  ) : (
                    x.board
                  )}{" "}
                  · {specialty(x.specialty)}
                  {x.subspecialty ? ` (${specialty(x.subspecialty)})` : ""}{" "}
                  {x.verified ? (
                    <Mark
                      kind="verified"
                      text={
                        x.verifiedAt ? t("rows.verifiedOn", { date: date(x.verifiedAt) }) : t("rows.verified")
                      }
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
      label: t("rows.since"),
      cell: (c) =>
        c.careCompare?.graduationYear
          ? textCell(
              t("rows.sinceYear", { year: c.careCompare.graduationYear }),
              <Mark kind="public" text={`Care Compare, ${date(c.careCompare.fileDate)}`} />,
            )
          : unknown(),
    },
    {
      step: "experience",
      label: t("rows.claims"),
      cell: (c) => {
        const e = c.evidence;
        if (!e) return unknown(t("rows.claimsNone"));
        const text = t("rows.claimsText", {
          patients: formatNumber(e.patients ?? 11, locale),
          visits: e.visits === null ? "?" : formatNumber(e.visits, locale),
          year: e.year,
        });
        return textCell(text, <Mark kind="public" text={t("rows.claimsMark", { year: e.year })} />);
      },
    },
    {
      step: "experience",
      label: t("rows.years"),
      cell: (c) =>
        c.profile.experience?.yearsInjecting != null
          ? textCell(String(c.profile.experience.yearsInjecting), reported())
          : unknown(t("notReported")),
    },
    {
      step: "experience",
      label: t("rows.volume"),
      cell: (c) =>
        c.profile.experience?.yearlyNeckProcedures != null
          ? textCell(
              t("rows.volumeText", {
                count: formatNumber(c.profile.experience.yearlyNeckProcedures, locale),
              }),
              reported(),
            )
          : unknown(t("notReported")),
    },
    {
      step: "experience",
      label: t("rows.guidance"),
      cell: (c) => {
        const g = (c.profile.experience?.guidance ?? []).filter((x) => x !== "NONE");
        const billed = c.evidence?.guidanceBilled ?? [];
        if (!g.length && !billed.length) return unknown(t("notReported"));
        const words = g
          .map((x) => (x === "EMG" ? t("rows.guidanceEMG") : t("rows.guidanceULTRASOUND")))
          .join(" + ");
        return {
          text: `${g.join("+")}|${billed.join(",")}`,
          node: (
            <>
              {words ? (
                <>
                  {words} {reported()}
                </>
              ) : null}
              {billed.length ? (
                <div>
                  {billed
                    .map((b) => (b === "emg" ? t("rows.billedEmg") : t("rows.billedStimulation")))
                    .join(" + ")}
                  {t("rows.billed")}{" "}
                  <Mark kind="public" text={t("rows.claimsMark", { year: c.evidence!.year })} />
                </div>
              ) : null}
            </>
          ),
        };
      },
    },
    {
      step: "experience",
      label: t("rows.dystonia"),
      cell: (c) =>
        c.profile.experience
          ? textCell(yesNo(c.profile.experience.cervicalDystoniaFocus), reported())
          : unknown(t("notReported")),
    },
    {
      step: "reviews",
      label: t("rows.reviews"),
      cell: (c) =>
        c.profile.reviews.count && c.profile.reviews.average !== null
          ? textCell(
              t("rows.reviewsText", {
                average: formatNumber(c.profile.reviews.average, locale, {
                  minimumFractionDigits: 1,
                  maximumFractionDigits: 1,
                }),
                count: c.profile.reviews.count,
              }),
            )
          : unknown(t("rows.reviewsNone")),
    },
    {
      step: "consultation",
      label: t("rows.accepting"),
      cell: (c) => practiceFact(c, (l) => l.acceptingNewPatients),
    },
    {
      step: "consultation",
      label: t("rows.telehealth"),
      cell: (c) => practiceFact(c, (l) => l.telehealthConsults),
    },
    {
      step: "consultation",
      label: t("rows.languages"),
      cell: (c) => {
        const known = c.profile.languages.map((l) => optionLabel(LANGUAGE_OPTIONS, l, locale));
        const other = c.profile.languagesOther;
        if (!known.length && !other.length) return unknown(t("rows.languagesNone"));
        // Languages the practice typed that match no code are shown as written.
        return {
          text: [...c.profile.languages, ...other].join(", "),
          node: (
            <>
              {known.join(", ")}
              {known.length && other.length ? ", " : ""}
              {other.length ? <span data-provider-text>{other.join(", ")}</span> : null} {reported()}
            </>
          ),
        };
      },
    },
    {
      step: "consultation",
      label: t("rows.insurance"),
      cell: (c) => {
        const ins = c.profile.insurance;
        if (!ins?.plans.length) return unknown(ins ? t("rows.insuranceNone") : t("unknown"));
        return textCell(
          ins.plans.map((p) => optionLabel(INSURANCE_OPTIONS, p, locale)).join(", "),
          <Mark
            kind="reported"
            text={ins.confirmedAt ? t("rows.insuranceConfirmed", { date: date(ins.confirmedAt) }) : undefined}
          />,
        );
      },
    },
    {
      step: "consultation",
      label: t("rows.assignment"),
      cell: (c) => {
        const a = c.careCompare?.acceptsAssignment;
        if (!a) return unknown();
        return textCell(
          a === "Y" ? t("rows.assignmentY") : t("rows.assignmentM"),
          <Mark kind="public" text={`Care Compare, ${date(c.careCompare!.fileDate)}`} />,
        );
      },
    },
  ];
}

/** The doctors side by side: one row a fact, grouped under the guide's five steps, differences marked. */
export function CompareTable({ doctors }: { doctors: TCompared[] }) {
  const t = useTranslations("compare");
  const ts = useTranslations("search");
  const locale = useLocale();
  const table = rows(t, ts, locale);
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead>
          <tr>
            <td />
            {doctors.map((c) => (
              <th key={c.profile.id} scope="col" className={styles.doctor}>
                <Link href={c.profile.path} data-provider-text>
                  {c.profile.name}
                </Link>
                {c.profile.locations[0] ? (
                  <div className={styles.place} data-provider-text>
                    {c.profile.locations[0].city}, {c.profile.locations[0].state}
                  </div>
                ) : null}
                <div className={styles.place}>
                  {c.profile.lastConfirmedAt ? (
                    <>
                      <Mark kind="reported" />{" "}
                      {t("confirmed", { date: formatDate(c.profile.lastConfirmedAt, locale) })}
                    </>
                  ) : (
                    t("notConfirmed")
                  )}
                </div>
                {c.profile.source === "DEMO" ? (
                  <span className={`badge badge--demo ${styles.demo}`}>
                    {medicalFor(locale).DEMO_PROVIDER_LABEL}
                  </span>
                ) : null}
                <div className={styles.actions}>
                  <SaveButton id={c.profile.id} name={c.profile.name} />
                  <Link href={`/checklist?provider=${c.profile.id}`}>
                    {t("checklist")}
                    <span className="visually-hidden">{t("checklistFor", { name: c.profile.name })}</span>
                  </Link>
                </div>
              </th>
            ))}
          </tr>
        </thead>
        {stepsFor(locale).SELECTION_STEPS.map((step) => (
          <tbody key={step.id}>
            <tr className={styles.stepRow}>
              <th scope="colgroup" colSpan={doctors.length + 1}>
                {`${step.number}. ${step.title}`}
              </th>
            </tr>
            {table
              .filter((r) => r.step === step.id)
              .map((row) => {
                const cells = doctors.map((c) => row.cell(c));
                const differs = doctors.length > 1 && new Set(cells.map((x) => x.text)).size > 1;
                return (
                  <tr key={row.label} className={differs ? styles.differs : undefined}>
                    <th scope="row">
                      {row.label}
                      {differs ? (
                        <span className={styles.differsMark}>
                          <span aria-hidden="true"> ≠</span>
                          <span className="visually-hidden">{t("differs")}</span>
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
