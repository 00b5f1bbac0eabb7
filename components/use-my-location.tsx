"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { roundedPlace } from "@/lib/geo/browser-location";

/** Its words, in the page's language (given by the server component that renders it). */
export type TUseMyLocationTexts = {
  locate: string;
  locating: string;
  /** The browser's geolocation errors: 1 permission denied, 2 position unavailable, 3 timeout. */
  denied: string;
  unavailable: string;
  timeout: string;
  unsupported: string;
};

type Props = {
  /** The form whose radius and name (if typed) go with the search. */
  formId: string;
  /** Where its message goes, for aria-describedby of the place box. */
  messageId: string;
  /** The search page's address in the page's language ("/search", "/es/search"). */
  searchPath: string;
  texts: TUseMyLocationTexts;
  className?: string;
};

/** The search address for a place, with the form's radius and typed name. */
function searchUrl(searchPath: string, formId: string, place: string): string {
  const form = document.getElementById(formId);
  const data = form instanceof HTMLFormElement ? new FormData(form) : new FormData();
  const params = new URLSearchParams({ near: place });
  const radius = data.get("radius");
  if (typeof radius === "string" && radius && radius !== "25") params.set("radius", radius);
  const name = data.get("q");
  if (typeof name === "string" && name.trim()) params.set("q", name.trim());
  return `${searchPath}?${params.toString()}`;
}

/** "Use my location": asks the browser, then searches around it (rounded to about 1 km). */
export function UseMyLocation({ formId, messageId, searchPath, texts, className }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [locating, setLocating] = useState(false);

  function locate() {
    if (!("geolocation" in navigator)) {
      setMessage(texts.unsupported);
      return;
    }
    setLocating(true);
    setMessage(null);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        router.push(searchUrl(searchPath, formId, roundedPlace(pos.coords.latitude, pos.coords.longitude)));
      },
      (err) => {
        setLocating(false);
        setMessage(err.code === 1 ? texts.denied : err.code === 3 ? texts.timeout : texts.unavailable);
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  return (
    <>
      <button
        type="button"
        className={className ?? "button button--secondary"}
        onClick={locate}
        disabled={locating}
      >
        {locating ? texts.locating : texts.locate}
      </button>
      <p id={messageId} role="alert" className="field-error search-box__row">
        {message}
      </p>
    </>
  );
}
