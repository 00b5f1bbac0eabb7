"use client";

import type { TChecklistActions } from "@/lib/checklist/provider";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { FactMark } from "@/components/provider/fact-mark";
import type { TChecklistProvider, TProviderSearchResult } from "@/lib/checklist/provider";
import { UNCLAIMED_INJECTIONS_NOTE } from "@/lib/content/listing";
import { DEMO_PROVIDER_LABEL } from "@/lib/content/medical";
import { CHECKLIST_LIMITS } from "@/lib/validation/checklist";
import styles from "./checklist.module.css";

type Props = {
  /** Looks doctors up by name (a server action, from the page). */
  search: TChecklistActions["searchProviders"];
  provider: TChecklistProvider | null;
  loading: boolean;
  onChoose: (id: number) => void;
  onRemove: () => void;
};

type TSearch =
  | { status: "idle" }
  | { status: "searching" }
  | { status: "done"; query: string; results: TProviderSearchResult[] }
  | { status: "error"; message: string };

/** Search by name among published providers: a search field and a list of buttons, one per doctor. */
export function DoctorPicker({ provider, loading, onChoose, onRemove, search: searchProviders }: Props) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [search, setSearch] = useState<TSearch>({ status: "idle" });
  const [changing, setChanging] = useState(false);
  const seq = useRef(0);
  const chosenHeading = useRef<HTMLHeadingElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const focusAfterChoice = useRef<"chosen" | "search" | null>(null);

  // The latest search function, for the typing effect below (it runs on the name alone).
  const searchRef = useRef(searchProviders);
  useEffect(() => {
    searchRef.current = searchProviders;
  }, [searchProviders]);

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
      if (mine === seq.current)
        setSearch({ status: "error", message: "The doctor search is not available right now." });
    }
  }

  // Search as the name is typed, after a short pause.
  useEffect(() => {
    const t = setTimeout(() => void run(query), 300);
    return () => clearTimeout(t);
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
      ? "Searching…"
      : search.status === "error"
        ? search.message
        : search.status === "done"
          ? search.results.length === 0
            ? `No published doctor matches “${search.query}”.`
            : `${search.results.length}${search.results.length === 10 ? " or more" : ""} doctors match “${search.query}”${search.results.length === 10 ? ": type more of the name to narrow the list" : ""}.`
          : "";

  return (
    <div>
      {provider ? (
        <div className={styles.chosen}>
          <h3 ref={chosenHeading} tabIndex={-1}>
            {provider.name}
          </h3>
          {provider.demo ? <span className="badge badge--demo">{DEMO_PROVIDER_LABEL}</span> : null}
          {provider.practiceName ? <p>{provider.practiceName}</p> : null}
          {provider.addressLines.length ? <p>{provider.addressLines.join(", ")}</p> : null}
          {provider.phone ? <p>Phone: {provider.phone}</p> : null}
          {provider.unclaimedImport ? <p className="muted">{UNCLAIMED_INJECTIONS_NOTE}</p> : null}
          {provider.certifications.length ? (
            <ul className={styles.certList} aria-label="Board certifications">
              {provider.certifications.map((c, i) => (
                <li key={i}>
                  {c.board}: {c.specialty}
                  {c.subspecialty ? `, subspecialty ${c.subspecialty}` : ""}
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
            <p className="muted">No board certification listed.</p>
          )}
          <div className={styles.buttonRow}>
            <Link href={`/providers/${provider.id}`}>View profile</Link>
            <button
              type="button"
              className={styles.linkButton}
              aria-expanded={changing}
              onClick={() => {
                setChanging((c) => !c);
              }}
            >
              Change doctor
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
              Remove doctor
            </button>
          </div>
        </div>
      ) : loading ? (
        <p role="status">Loading the doctor…</p>
      ) : null}

      {showSearch ? (
        <form
          role="search"
          aria-label="Find your doctor"
          onSubmit={(e) => {
            e.preventDefault();
            void run(query);
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-q`}>Find your doctor by name</label>
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
                Search
              </button>
            </div>
            <p id={`${id}-hint`} className="field-hint">
              Type at least {CHECKLIST_LIMITS.searchQueryMin} letters of the first or last name. Only the name
              you type is sent to our server.
            </p>
          </div>
          <p role="status" className={search.status === "error" ? "field-error" : "field-hint"}>
            {statusText}
          </p>
          <ul
            id={resultsId}
            className={styles.results}
            aria-label="Matching doctors"
            hidden={search.status !== "done" || search.results.length === 0}
          >
            {search.status === "done"
              ? search.results.map((r) => (
                  <li key={r.id}>
                    <button type="button" className={styles.resultButton} onClick={() => choose(r)}>
                      <span>{r.name}</span>
                      {r.place ? <span className={styles.resultPlace}>{r.place}</span> : null}
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
