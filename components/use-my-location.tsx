"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { GEO_ERRORS, GEO_UNSUPPORTED, roundedPlace } from "@/lib/geo/browser-location";

type Props = {
  /** The form whose radius and name (if typed) go with the search. */
  formId: string;
  /** Where its message goes, for aria-describedby of the place box. */
  messageId: string;
  className?: string;
};

/** The search address for a place, with the form's radius and typed name. */
function searchUrl(formId: string, place: string): string {
  const form = document.getElementById(formId);
  const data = form instanceof HTMLFormElement ? new FormData(form) : new FormData();
  const params = new URLSearchParams({ near: place });
  const radius = data.get("radius");
  if (typeof radius === "string" && radius && radius !== "25") params.set("radius", radius);
  const name = data.get("q");
  if (typeof name === "string" && name.trim()) params.set("q", name.trim());
  return `/search?${params.toString()}`;
}

/** "Use my location": asks the browser, then searches around it (rounded to about 1 km). */
export function UseMyLocation({ formId, messageId, className }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [locating, setLocating] = useState(false);

  function locate() {
    if (!("geolocation" in navigator)) {
      setMessage(GEO_UNSUPPORTED);
      return;
    }
    setLocating(true);
    setMessage(null);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        router.push(searchUrl(formId, roundedPlace(pos.coords.latitude, pos.coords.longitude)));
      },
      (err) => {
        setLocating(false);
        setMessage(GEO_ERRORS[err.code] ?? GEO_ERRORS[2]!);
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  return (
    <>
      <button type="button" className={className ?? "button button--secondary"} onClick={locate} disabled={locating}>
        {locating ? "Finding you…" : "Use my location"}
      </button>
      <p id={messageId} role="alert" className="field-error search-box__row">
        {message}
      </p>
    </>
  );
}
