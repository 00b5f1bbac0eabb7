"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { roundedPlace } from "@/lib/geo/browser-location";
import { stateName } from "@/lib/geo/state-names";
import { useRouter } from "@/lib/i18n/navigation";
import { localizedPath } from "@/lib/i18n/routing";
import { DEFAULT_RADIUS, RADIUS_OPTIONS } from "@/lib/validation/search-options";
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

/** The browser's geolocation error codes and their messages' keys. */
const GEO_ERROR_KEYS = { 1: "denied", 2: "unavailable", 3: "timeout" } as const;

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
  const locale = useLocale();
  const t = useTranslations("searchClient.box");
  const tGeo = useTranslations("searchClient.geo");
  const [geoMessage, setGeoMessage] = useState<string | null>(null);
  const [locating, setLocating] = useState(false);
  const message = geoMessage ?? error;
  const searchPath = localizedPath("/search", locale);

  function useMyLocation() {
    if (!("geolocation" in navigator)) {
      setGeoMessage(tGeo("unsupported"));
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
        setGeoMessage(tGeo(GEO_ERROR_KEYS[err.code as keyof typeof GEO_ERROR_KEYS] ?? "unavailable"));
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  return (
    <form
      action={searchPath}
      method="get"
      role="search"
      aria-label={t("label")}
      className={styles.searchBox}
      data-inert-when-filtering
    >
      {/* Keep the current filters when the place or radius changes. */}
      {[...new URLSearchParams(filterParams).entries()].map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className="field">
        <label htmlFor="search-near">{t("near")}</label>
        <input
          id="search-near"
          name="near"
          type="search"
          defaultValue={near}
          key={near}
          maxLength={120}
          autoComplete="postal-code"
          placeholder={t("nearPlaceholder")}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? "search-near-error" : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="search-name">
          {t("name")} <span className="field-hint">{t("optional")}</span>
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
          placeholder={t("namePlaceholder")}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? "search-name-error" : "search-name-hint"}
        />
      </div>
      <div className="field">
        <label htmlFor="search-radius">{t("within")}</label>
        <select id="search-radius" name="radius" defaultValue={String(radius)} key={radius}>
          {RADIUS_OPTIONS.map((r) => (
            <option key={r} value={r}>
              {t("miles", { radius: r })}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.searchButtons}>
        <button type="submit" className="button">
          {t("search")}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={useMyLocation}
          disabled={locating}
        >
          {locating ? tGeo("locating") : tGeo("locate")}
        </button>
      </div>
      {nameError ? (
        <p id="search-name-error" className={`field-error ${styles.searchRow}`}>
          {nameError}
        </p>
      ) : (
        <p id="search-name-hint" className={`field-hint ${styles.searchRow}`}>
          {t("nameHint")}
        </p>
      )}
      <div id="search-near-error" className={styles.searchError} role="alert">
        {message ? <p className="field-error">{message}</p> : null}
        {choices?.length && !geoMessage ? (
          <ul className={styles.choices} aria-label={t("choices")}>
            {/* Every state that has the place, largest first, each with the state's name. */}
            {choices.map((c) => {
              const params = new URLSearchParams(filterParams);
              params.set("near", c);
              if (radius !== DEFAULT_RADIUS) params.set("radius", String(radius));
              const state = stateName(c.slice(c.lastIndexOf(",") + 1).trim(), locale);
              return (
                <li key={c}>
                  <a href={`${searchPath}?${params.toString()}`}>
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
