import { FactMark } from "@/components/provider/fact-mark";
import { PUBLIC_SOURCES } from "@/lib/content/fact-marks";
import { FDA_APPROVED_PRODUCTS } from "@/lib/content/medical";
import { CLAIMS_DATASET } from "@/lib/cms/evidence";
import {
  CLAIMS_CAVEATS,
  CLAIMS_DEMO_NOTE,
  CLAIMS_INTRO,
  CLAIMS_NONE_PUBLISHED,
} from "@/lib/content/medicare";
import type { TMedicareEvidence } from "@/lib/data/medicare-evidence";
import type { TEvidenceYear } from "@/lib/providers/medicare-evidence";
import m from "./medicare.module.css";
import styles from "./profile.module.css";

const count = (n: number) => n.toLocaleString("en-US");

function toxinName(generic: TEvidenceYear["toxins"][number]): string {
  const p = FDA_APPROVED_PRODUCTS.find((x) => x.generic === generic);
  return p ? `${generic} (${p.brand})` : generic;
}

function guidanceWords(g: TEvidenceYear["guidance"]): string[] {
  return [
    ...(g.emg ? ["EMG (95874)"] : []),
    ...(g.electricalStimulation ? ["electrical stimulation (95873)"] : []),
    ...(g.ultrasound ? ["ultrasound (76942)"] : []),
  ];
}

function YearRow({ y }: { y: TEvidenceYear }) {
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
          Not published: fewer than 11 Medicare patients for each code, or none
        </td>
      </tr>
    );
  const guidance = guidanceWords(y.guidance);
  const neckCode = y.neckCode === "64616" ? "" : ` (code ${y.neckCode})`;
  return (
    <tr data-year={y.year}>
      {header}
      <td>
        {y.neck ? (
          <>
            At least {count(y.neck.patientsAtLeast)} patients, {count(y.neck.visits)} visits{neckCode}
          </>
        ) : (
          <span className={styles.muted}>Not published</span>
        )}
      </td>
      <td>{guidance.length ? guidance.join(", ") : <span className={styles.muted}>None published</span>}</td>
      <td>
        {y.toxins.length ? (
          y.toxins.map(toxinName).join(", ")
        ) : (
          <span className={styles.muted}>None published</span>
        )}
      </td>
      <td>
        {y.migraine ? (
          `At least ${count(y.migraine.patientsAtLeast)} patients`
        ) : (
          <span className={styles.muted}>Not published</span>
        )}
      </td>
    </tr>
  );
}

/** "2021, 2022 and 2023: file (release …)": each file once, with the years read from it. */
function filesRead(years: TEvidenceYear[]): string {
  const byFile = new Map<string, number[]>();
  for (const y of years) {
    const file = `${y.source.sourceFile}${y.source.release ? ` (release: ${y.source.release})` : ""}`;
    byFile.set(file, [...(byFile.get(file) ?? []), y.year]);
  }
  return [...byFile]
    .map(([file, ys]) => {
      const sorted = ys.sort((a, b) => a - b).map(String);
      const list = sorted.length > 1 ? `${sorted.slice(0, -1).join(", ")} and ${sorted.at(-1)}` : sorted[0];
      return `${list}: ${file}`;
    })
    .join("; ");
}

/**
 * Step 3, "Evidence from Medicare claims": one row per data year, with what the figures are not
 * always beside them (lib/content/medicare.ts). Shown only once a claims file has been imported.
 */
export function MedicareClaims({ evidence, isDemo }: { evidence: TMedicareEvidence; isDemo: boolean }) {
  const { years } = evidence;
  const span =
    years.length > 1 ? `${years[years.length - 1]?.year} to ${years[0]?.year}` : `${years[0]?.year}`;
  const nothing = years.every((y) => y.state === "none-published");
  return (
    <section aria-labelledby="medicare-claims-title" className={m.block} data-testid="medicare-claims">
      <h3 id="medicare-claims-title" className={styles.sub}>
        Evidence from Medicare claims
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
          Data years {span}: {CLAIMS_NONE_PUBLISHED}
        </p>
      ) : (
        <>
          <p id="medicare-claims-caption" className={m.caption}>
            Medicare Part B claims of this doctor, data years {span}
          </p>
          <div className={m.scroll} role="region" aria-labelledby="medicare-claims-caption" tabIndex={0}>
            <table className={m.table}>
              {/* The table's own name; the line above shows it, outside the part that scrolls on a phone. */}
              <caption className="visually-hidden">
                Medicare Part B claims of this doctor, data years {span}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Data year</th>
                  <th scope="col">Neck injections (CPT 64616)</th>
                  <th scope="col">Guidance billed</th>
                  <th scope="col">Toxins billed</th>
                  <th scope="col">Migraine injections (64615, not neck)</th>
                </tr>
              </thead>
              <tbody>
                {years.map((y) => (
                  <YearRow key={y.year} y={y} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <ul className={m.caveats} aria-label="What these figures are not">
        {CLAIMS_CAVEATS.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <p className={m.source}>
        Source:{" "}
        <a href={evidence.datasetUrl} rel="noopener">
          {CLAIMS_DATASET.name}
        </a>
        . Files read: {filesRead(years)}.
      </p>
    </section>
  );
}
