"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { GEO_ERRORS, GEO_UNSUPPORTED, roundedPlace } from "@/lib/geo/browser-location";
import { US_STATES } from "@/lib/geo/states";
import { DEFAULT_RADIUS, RADIUS_OPTIONS } from "@/lib/validation/search-params";
import styles from "./search.module.css";

type Props = {
  near: string;
  /** The doctor or practice name searched for, if any. */
  name?: string;
  radius: number;
  error?: string;
  choices?: string[];
  /** The current filters, kept when the place changes (the canonical query string without near/radius/q/page). */
  filterParams: string;
};

/** The place and radius. A plain GET form; with JavaScript it also offers "Use my location". */
export function SearchBox({
  near,
  name = "",
  radius,
  error,
  nameError,
  choices,
  filterParams,
}: Props & { nameError?: string }) {
  const router = useRouter();
  const [geoMessage, setGeoMessage] = useState<string | null>(null);
  const [locating, setLocating] = useState(false);
  const message = geoMessage ?? error;

  function useMyLocation() {
    if (!("geolocation" in navigator)) {
      setGeoMessage(GEO_UNSUPPORTED);
      return;
    }
    setLocating(true);
    setGeoMessage(null);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        // Two decimals (about 1 km): plenty for a radius search, and no exact address in a shared link.
        const point = roundedPlace(pos.coords.latitude, pos.coords.longitude);
        const params = new URLSearchParams(filterParams);
        params.set("near", point);
        const typed = (document.getElementById("search-name") as HTMLInputElement | null)?.value.trim();
        if (typed) params.set("q", typed);
        if (radius !== DEFAULT_RADIUS) params.set("radius", String(radius));
        router.push(`/search?${params.toString()}`);
      },
      (err) => {
        setLocating(false);
        setGeoMessage(GEO_ERRORS[err.code] ?? GEO_ERRORS[2]!);
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label="Search location"
      className={styles.searchBox}
      data-inert-when-filtering
    >
      {/* Keep the current filters when the place or radius changes. */}
      {[...new URLSearchParams(filterParams).entries()].map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className="field">
        <label htmlFor="search-near">ZIP code or city</label>
        <input
          id="search-near"
          name="near"
          type="search"
          defaultValue={near}
          key={near}
          maxLength={120}
          autoComplete="postal-code"
          placeholder="e.g. 02139 or Boston, MA"
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? "search-near-error" : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="search-name">
          Doctor or practice name <span className="field-hint">(optional)</span>
        </label>
        <input
          id="search-name"
          name="q"
          type="search"
          defaultValue={name}
          key={`q-${name}`}
          maxLength={100}
          autoComplete="off"
          spellCheck={false}
          placeholder="e.g. Foster"
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? "search-name-error" : "search-name-hint"}
        />
      </div>
      <div className="field">
        <label htmlFor="search-radius">Within</label>
        <select id="search-radius" name="radius" defaultValue={String(radius)} key={radius}>
          {RADIUS_OPTIONS.map((r) => (
            <option key={r} value={r}>
              {r} miles
            </option>
          ))}
        </select>
      </div>
      <div className={styles.searchButtons}>
        <button type="submit" className="button">
          Search
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={useMyLocation}
          disabled={locating}
        >
          {locating ? "Finding you…" : "Use my location"}
        </button>
      </div>
      {nameError ? (
        <p id="search-name-error" className={`field-error ${styles.searchRow}`}>
          {nameError}
        </p>
      ) : (
        <p id="search-name-hint" className={`field-hint ${styles.searchRow}`}>
          A name without a place searches the whole country.
        </p>
      )}
      <div id="search-near-error" className={styles.searchError} role="alert">
        {message ? <p className="field-error">{message}</p> : null}
        {choices?.length && !geoMessage ? (
          <ul className={styles.choices} aria-label="Places with that name">
            {/* Every state that has the place, largest first, each with the state's name. */}
            {choices.map((c) => {
              const params = new URLSearchParams(filterParams);
              params.set("near", c);
              if (radius !== DEFAULT_RADIUS) params.set("radius", String(radius));
              const state = US_STATES[c.slice(c.lastIndexOf(",") + 1).trim()];
              return (
                <li key={c}>
                  <a href={`/search?${params.toString()}`}>
                    {c}
                    {state ? ` (${state})` : ""}
                  </a>
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
    </form>
  );
}
