import { useLocale, useTranslations } from "next-intl";
import { FactMark } from "@/components/provider/fact-mark";
import { joinAnd } from "@/components/provider/format";
import { factMarksFor } from "@/lib/content/fact-marks";
import { FDA_APPROVED_PRODUCTS } from "@/lib/content/medical";
import { CLAIMS_DATASET } from "@/lib/cms/evidence";
import { medicareFor } from "@/lib/content/medicare";
import type { TMedicareEvidence } from "@/lib/data/medicare-evidence";
import { formatNumber } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/routing";
import type { TEvidenceYear } from "@/lib/providers/medicare-evidence";
import m from "./medicare.module.css";
import styles from "./profile.module.css";

type TT = ReturnType<typeof useTranslations<"profile.medicare">>;

function toxinName(generic: TEvidenceYear["toxins"][number]): string {
  const p = FDA_APPROVED_PRODUCTS.find((x) => x.generic === generic);
  return p ? `${generic} (${p.brand})` : generic;
}

function guidanceWords(t: TT, g: TEvidenceYear["guidance"]): string[] {
  return [
    ...(g.emg ? [t("emg")] : []),
    ...(g.electricalStimulation ? [t("stimulation")] : []),
    ...(g.ultrasound ? [t("ultrasound")] : []),
  ];
}

function YearRow({ y, t, locale }: { y: TEvidenceYear; t: TT; locale: TLocale }) {
  const count = (n: number) => formatNumber(n, locale);
  const { PUBLIC_SOURCES } = factMarksFor(locale);
  const header = (
    <th scope="row">
      <FactMark kind="public" date={null} source={PUBLIC_SOURCES.medicareClaims} year={y.year} />
    </th>
  );
  if (y.state === "none-published")
    return (
      <tr data-year={y.year}>
        {header}
        <td colSpan={4} className={styles.muted}>
          {t("rowNone")}
        </td>
      </tr>
    );
  const guidance = guidanceWords(t, y.guidance);
  const neckCode = y.neckCode === "64616" ? "" : t("code", { code: y.neckCode });
  return (
    <tr data-year={y.year}>
      {header}
      <td>
        {y.neck ? (
          <>
            {t("neckValue", { patients: count(y.neck.patientsAtLeast), visits: count(y.neck.visits) })}
            {neckCode}
          </>
        ) : (
          <span className={styles.muted}>{t("notPublished")}</span>
        )}
      </td>
      <td>{guidance.length ? guidance.join(", ") : <span className={styles.muted}>{t("nonePublished")}</span>}</td>
      <td>
        {y.toxins.length ? (
          y.toxins.map(toxinName).join(", ")
        ) : (
          <span className={styles.muted}>{t("nonePublished")}</span>
        )}
      </td>
      <td>
        {y.migraine ? (
          t("migraineValue", { patients: count(y.migraine.patientsAtLeast) })
        ) : (
          <span className={styles.muted}>{t("notPublished")}</span>
        )}
      </td>
    </tr>
  );
}

/**
 * "2021, 2022 and 2023: file (release …)": each file once, with the years read from it. File names
 * and releases are the importer's record, as written (English).
 */
function filesRead(t: TT, and: string, years: TEvidenceYear[]): React.ReactNode[] {
  const byFile = new Map<string, { name: string; release: string | null; years: number[] }>();
  for (const y of years) {
    const key = `${y.source.sourceFile}\u0000${y.source.release ?? ""}`;
    const file = byFile.get(key) ?? { name: y.source.sourceFile, release: y.source.release || null, years: [] };
    file.years.push(y.year);
    byFile.set(key, file);
  }
  return [...byFile.values()].map((file, i) => (
    <span key={`${file.name}|${file.release}`}>
      {i > 0 ? "; " : ""}
      {joinAnd(file.years.sort((a, b) => a - b).map(String), and)}: <span lang="en">{file.name}</span>
      {file.release ? (
        <>
          {t("releaseLabel")}
          <span lang="en">{file.release}</span>)
        </>
      ) : null}
    </span>
  ));
}

/**
 * Step 3, "Evidence from Medicare claims": one row per data year, with what the figures are not
 * always beside them (lib/content/medicare.ts). Shown only once a claims file has been imported.
 */
export function MedicareClaims({ evidence, isDemo }: { evidence: TMedicareEvidence; isDemo: boolean }) {
  const t = useTranslations("profile.medicare");
  const and = useTranslations("profile")("and");
  const locale = useLocale();
  const { CLAIMS_CAVEATS, CLAIMS_DEMO_NOTE, CLAIMS_INTRO, CLAIMS_NONE_PUBLISHED } = medicareFor(locale);
  const { PUBLIC_SOURCES } = factMarksFor(locale);
  const { years } = evidence;
  const span =
    years.length > 1
      ? t("span", { from: String(years[years.length - 1]?.year), to: String(years[0]?.year) })
      : `${years[0]?.year}`;
  const nothing = years.every((y) => y.state === "none-published");
  return (
    <section aria-labelledby="medicare-claims-title" className={m.block} data-testid="medicare-claims">
      <h3 id="medicare-claims-title" className={styles.sub}>
        {t("title")}
      </h3>
      {isDemo ? (
        <p className={m.demo}>
          <span className="badge badge--demo">{CLAIMS_DEMO_NOTE}</span>
        </p>
      ) : null}
      <p className={m.intro}>{CLAIMS_INTRO}</p>
      {nothing ? (
        <p>
          <FactMark kind="public" date={null} source={PUBLIC_SOURCES.medicareClaims} year={years[0]?.year} />{" "}
          {t("nothing", { span, text: CLAIMS_NONE_PUBLISHED })}
        </p>
      ) : (
        <>
          <p id="medicare-claims-caption" className={m.caption}>
            {t("caption", { span })}
          </p>
          <div className={m.scroll} role="region" aria-labelledby="medicare-claims-caption" tabIndex={0}>
            <table className={m.table}>
              {/* The table's own name; the line above shows it, outside the part that scrolls on a phone. */}
              <caption className="visually-hidden">{t("caption", { span })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("year")}</th>
                  <th scope="col">{t("neck")}</th>
                  <th scope="col">{t("guidance")}</th>
                  <th scope="col">{t("toxins")}</th>
                  <th scope="col">{t("migraine")}</th>
                </tr>
              </thead>
              <tbody>
                {years.map((y) => (
                  <YearRow key={y.year} y={y} t={t} locale={locale} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <ul className={m.caveats} aria-label={t("caveats")}>
        {CLAIMS_CAVEATS.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <p className={m.source}>
        {t("source")}{" "}
        <a href={evidence.datasetUrl} rel="noopener" hrefLang="en" lang="en">
          {CLAIMS_DATASET.name}
        </a>
        {t("filesRead")}
        {filesRead(t, and, years)}.
      </p>
    </section>
  );
}
