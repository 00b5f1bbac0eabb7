"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { FactMark } from "@/components/provider/fact-mark";
import type {
  TBoardSource,
  TChecklistActions,
  TChecklistProvider,
  TProviderSearchResult,
} from "@/lib/checklist/provider";
import { Link } from "@/lib/i18n/navigation";
import { CHECKLIST_LIMITS } from "@/lib/checklist/limits";
import styles from "./checklist.module.css";

type Props = {
  /** Looks doctors up by name (a server action, from the page). */
  search: TChecklistActions["searchProviders"];
  provider: TChecklistProvider | null;
  loading: boolean;
  onChoose: (id: number) => void;
  onRemove: () => void;
  /** "Demo data: fictional provider", in the page's language (lib/content). */
  demoLabel: string;
  /** Under an unclaimed registry listing, in the page's language (lib/content). */
  unclaimedNote: string;
};

type TSearch =
  | { status: "idle" }
  | { status: "searching" }
  | { status: "done"; query: string; results: TProviderSearchResult[] }
  /** `message` null: the search could not be reached (worded at render, in the page's language). */
  | { status: "error"; message: string | null };

/**
 * Search by name among published providers: a search field and a list of buttons, one per doctor.
 * Names, practices and addresses are the directory's words, shown as written (data-provider-text).
 */
export function DoctorPicker({
  provider,
  loading,
  onChoose,
  onRemove,
  search: searchProviders,
  demoLabel,
  unclaimedNote,
}: Props) {
  const id = useId();
  const t = useTranslations("checklist.doctor");
  const locale = useLocale();
  const [query, setQuery] = useState("");
  const [search, setSearch] = useState<TSearch>({ status: "idle" });
  const [changing, setChanging] = useState(false);
  const seq = useRef(0);
  const chosenHeading = useRef<HTMLHeadingElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const focusAfterChoice = useRef<"chosen" | "search" | null>(null);

  // The latest search function, for the typing effect below (it runs on the name alone); the
  // answer's messages come in the page's language.
  const searchRef = useRef((q: string) => searchProviders(q, locale));
  useEffect(() => {
    searchRef.current = (q: string) => searchProviders(q, locale);
  }, [searchProviders, locale]);

  async function run(q: string) {
    const trimmed = q.trim();
    const mine = ++seq.current;
    if (trimmed.length < CHECKLIST_LIMITS.searchQueryMin) {
      setSearch({ status: "idle" });
      return;
    }
    setSearch({ status: "searching" });
    try {
      const result = await searchRef.current(trimmed);
      if (mine !== seq.current) return; // a newer search is under way
      setSearch(
        result.ok
          ? { status: "done", query: trimmed, results: result.results }
          : { status: "error", message: result.message },
      );
    } catch {
      if (mine === seq.current) setSearch({ status: "error", message: null });
    }
  }

  // Search as the name is typed, after a short pause.
  useEffect(() => {
    const timer = setTimeout(() => void run(query), 300);
    return () => clearTimeout(timer);
  }, [query]);

  useEffect(() => {
    if (focusAfterChoice.current === "chosen" && provider) chosenHeading.current?.focus();
    if (focusAfterChoice.current === "search" && !provider) searchInput.current?.focus();
    focusAfterChoice.current = null;
  }, [provider]);

  function choose(result: TProviderSearchResult) {
    focusAfterChoice.current = "chosen";
    setChanging(false);
    setQuery("");
    setSearch({ status: "idle" });
    onChoose(result.id);
  }

  const showSearch = !provider || changing;
  const resultsId = `${id}-results`;
  const statusText =
    search.status === "searching"
      ? t("searching")
      : search.status === "error"
        ? (search.message ?? t("unavailable"))
        : search.status === "done"
          ? search.results.length === 0
            ? t("none", { query: search.query })
            : search.results.length === 10
              ? t("many", { count: search.results.length, query: search.query })
              : t("some", { count: search.results.length, query: search.query })
          : "";

  return (
    <div>
      {provider ? (
        <div className={styles.chosen}>
          <h3 ref={chosenHeading} tabIndex={-1} data-provider-text>
            {provider.name}
          </h3>
          {provider.demo ? <span className="badge badge--demo">{demoLabel}</span> : null}
          {provider.practiceName ? <p data-provider-text>{provider.practiceName}</p> : null}
          {provider.addressLines.length ? <p data-provider-text>{provider.addressLines.join(", ")}</p> : null}
          {provider.phone ? <p>{t("phone", { phone: provider.phone })}</p> : null}
          {provider.unclaimedImport ? <p className="muted">{unclaimedNote}</p> : null}
          {provider.certifications.length ? (
            <ul className={styles.certList} aria-label={t("certifications")}>
              {provider.certifications.map((c, i) => (
                <li key={i}>
                  <BoardName board={c.board} source={c.boardSource} />: {c.specialty}
                  {c.subspecialty ? `, ${t("subspecialty", { name: c.subspecialty })}` : ""}
                  {c.year ? `, ${c.year}` : ""}{" "}
                  {provider.demo ? null : c.verified ? (
                    <FactMark kind="verified" date={c.verifiedAt} />
                  ) : (
                    <FactMark kind="reported" date={provider.lastConfirmedAt} />
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("noCertification")}</p>
          )}
          <div className={styles.buttonRow}>
            <Link href={`/providers/${provider.id}`}>{t("viewProfile")}</Link>
            <button
              type="button"
              className={styles.linkButton}
              aria-expanded={changing}
              onClick={() => {
                setChanging((c) => !c);
              }}
            >
              {t("change")}
            </button>
            <button
              type="button"
              className={styles.linkButton}
              onClick={() => {
                focusAfterChoice.current = "search";
                setChanging(false);
                onRemove();
              }}
            >
              {t("remove")}
            </button>
          </div>
        </div>
      ) : loading ? (
        <p role="status">{t("loading")}</p>
      ) : null}

      {showSearch ? (
        <form
          role="search"
          aria-label={t("searchRegion")}
          onSubmit={(e) => {
            e.preventDefault();
            void run(query);
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-q`}>{t("searchLabel")}</label>
            <div className={styles.searchRow}>
              <input
                ref={searchInput}
                id={`${id}-q`}
                type="search"
                value={query}
                maxLength={CHECKLIST_LIMITS.searchQueryMax}
                autoComplete="off"
                aria-describedby={`${id}-hint`}
                aria-controls={resultsId}
                onChange={(e) => setQuery(e.target.value)}
              />
              <button type="submit" className="button button--secondary">
                {t("search")}
              </button>
            </div>
            <p id={`${id}-hint`} className="field-hint">
              {t("searchHint", { min: CHECKLIST_LIMITS.searchQueryMin })}
            </p>
          </div>
          <p role="status" className={search.status === "error" ? "field-error" : "field-hint"}>
            {statusText}
          </p>
          <ul
            id={resultsId}
            className={styles.results}
            aria-label={t("results")}
            hidden={search.status !== "done" || search.results.length === 0}
          >
            {search.status === "done"
              ? search.results.map((r) => (
                  <li key={r.id}>
                    <button type="button" className={styles.resultButton} onClick={() => choose(r)}>
                      <span data-provider-text>{r.name}</span>
                      {r.place ? (
                        <span className={styles.resultPlace} data-provider-text>
                          {r.place}
                        </span>
                      ) : null}
                    </button>
                  </li>
                ))
              : null}
          </ul>
        </form>
      ) : null}
    </div>
  );
}

/**
 * A certification's board: a named board's English name (lang="en"), the practice's own words
 * (shown as written), or our "Other board" in the page's language.
 */
export function BoardName({ board, source }: { board: string; source: TBoardSource }) {
  if (source === "name") return <span lang="en">{board}</span>;
  if (source === "provider") return <span data-provider-text>{board}</span>;
  return <>{board}</>;
}
