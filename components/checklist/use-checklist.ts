"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import {
  checklistHref,
  decodeChecklist,
  encodeChecklist,
  stateParamFromHash,
  type TDecodeError,
} from "@/lib/checklist/encoding";
import type { TChecklistActions, TChecklistProvider } from "@/lib/checklist/provider";
import { defaultState, sameChecklist, type TChecklistState } from "@/lib/checklist/state";
import { localizedPath } from "@/lib/i18n/routing";
import { clearSaved, readSaved, writeSaved } from "./storage";

export type TNotice = { kind: "error" | "info"; text: string; saved?: TChecklistState };

const SAVE_DELAY_MS = 400;

/** The message key for each way a link can fail to decode. */
const DECODE_KEYS = {
  "too-long": "tooLong",
  format: "damaged",
  checksum: "damaged",
  corrupt: "damaged",
  invalid: "invalid",
  unsupported: "unsupported",
  unavailable: "unavailable",
} as const satisfies Record<TDecodeError, string>;

/**
 * The checklist's state and where it lives. It is restored once, in the browser: a link's fragment
 * wins over the checklist saved in this browser, which wins over the default; `?provider=` (public,
 * read by the server) sets the doctor. After the patient changes something it is saved (debounced)
 * to localStorage and to the address bar's fragment, so reloading or copying the address keeps it.
 * Only the doctor lookup talks to the server, with a public provider id. Links and saved checklists
 * hold ids and codes, never words, so they open the same checklist in every language; the address
 * stays on this page's language (/checklist or /es/checklist).
 */
export function useChecklist(
  initialProvider: TChecklistProvider | null,
  providerMessage: string | null,
  getProvider: TChecklistActions["getProvider"],
) {
  const t = useTranslations("checklist.notices");
  const locale = useLocale();
  const path = localizedPath("/checklist", locale);
  const [state, setState] = useState<TChecklistState>(() => ({
    ...defaultState(),
    providerId: initialProvider?.id ?? null,
  }));
  const [provider, setProvider] = useState<TChecklistProvider | null>(initialProvider);
  const [providerLoading, setProviderLoading] = useState(false);
  const [ready, setReady] = useState(false);
  const [notices, setNotices] = useState<TNotice[]>(
    providerMessage ? [{ kind: "error", text: providerMessage }] : [],
  );
  const [storageOff, setStorageOff] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const dirty = useRef(false);
  const latest = useRef(state);
  const providerSeq = useRef(0);
  // Restoring a saved or linked checklist can wait for its validation's code to download; changes
  // made meanwhile are kept here and applied on top of the restored checklist, never lost under it.
  const restored = useRef(false);
  const changedBeforeRestore = useRef<Array<(s: TChecklistState) => TChecklistState>>([]);

  useEffect(() => {
    latest.current = state;
  }, [state]);

  function update(fn: (s: TChecklistState) => TChecklistState) {
    dirty.current = true;
    if (!restored.current) changedBeforeRestore.current.push(fn);
    setState(fn);
  }

  async function loadProvider(providerId: number, why: "saved" | "chosen") {
    const mine = ++providerSeq.current;
    setProviderLoading(true);
    const result = await getProvider(providerId, locale).catch(
      () => ({ ok: false, reason: "unavailable" }) as const,
    );
    if (mine !== providerSeq.current) return; // the doctor was changed again meanwhile
    setProviderLoading(false);
    if (result.ok) {
      setProvider(result.provider);
      return;
    }
    setProvider(null);
    if (result.reason === "not-found") {
      setState((s) => (s.providerId === providerId ? { ...s, providerId: null } : s));
      const text = why === "saved" ? t("savedDoctorGone") : t("chosenDoctorGone");
      setNotices((n) => [...n, { kind: "error", text }]);
    } else {
      setNotices((n) => [
        ...n,
        { kind: "error", text: t("doctorUnavailable") },
      ]);
    }
  }

  useEffect(() => {
    let cancelled = false;
    /** The checklist to open: from the link, else the one saved here, else the default; and why. */
    async function restore(): Promise<{ next: TChecklistState; found: TNotice[] }> {
      const saved = await readSaved();
      const param = stateParamFromHash(window.location.hash);
      let next = defaultState();
      const found: TNotice[] = [];
      if (param !== null) {
        const decoded = await decodeChecklist(param);
        if (decoded.ok) {
          next = decoded.state;
          if (decoded.dropped) found.push({ kind: "info", text: t("dropped", { count: decoded.dropped }) });
          if (saved?.ok && !sameChecklist(saved.state, next)) {
            found.push({
              kind: "info",
              text: t("linkReplacesSaved"),
              saved: saved.state,
            });
          }
        } else {
          // Never a crash: say what happened, show the default, offer the saved one if there is one.
          found.push({
            kind: "error",
            text: t("decodeFailed", { problem: t(`decode.${DECODE_KEYS[decoded.error]}`) }),
            saved: saved?.ok ? saved.state : undefined,
          });
        }
      } else if (saved?.ok) {
        next = saved.state;
      } else if (saved && !saved.ok) {
        found.push({
          kind: "error",
          text: saved.error === "unavailable" ? t("savedUnavailable") : t("savedUnreadable"),
        });
      }
      return { next, found };
    }
    void restore()
      // Not expected (decoding never throws), but the checklist must never stay unsaved for it.
      .catch(() => ({ next: defaultState(), found: [] as TNotice[] }))
      .then(({ next, found }) => {
        if (cancelled) return;
        if (initialProvider) next = { ...next, providerId: initialProvider.id };
        else if (providerMessage) next = { ...next, providerId: null };
        // Changes the patient made while it was restoring, on top of it.
        next = changedBeforeRestore.current.reduce((s, fn) => fn(s), next);
        changedBeforeRestore.current = [];
        restored.current = true;
        setState(next);
        setNotices((n) => [...n, ...found]);
        setReady(true);
        if (next.providerId && next.providerId !== initialProvider?.id)
          void loadProvider(next.providerId, "saved");
      });
    return () => {
      cancelled = true;
    };
    // Runs once on mount: the props are the server's answer for this URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!ready || !dirty.current) return;
    const t = setTimeout(async () => {
      if (!writeSaved(state)) setStorageOff(true);
      const encoded = await encodeChecklist(state);
      if (latest.current !== state) return; // a newer change will save itself
      const href = checklistHref(state.providerId, encoded, path);
      window.history.replaceState(null, "", href);
      setLink((old) => (old ? new URL(href, window.location.origin).toString() : old));
    }, SAVE_DELAY_MS);
    return () => clearTimeout(t);
  }, [state, ready, path]);

  useEffect(() => {
    const onHide = () => {
      // Not before the restore: that would write the default checklist over the saved one.
      if (dirty.current && restored.current) writeSaved(latest.current);
    };
    window.addEventListener("pagehide", onHide);
    return () => window.removeEventListener("pagehide", onHide);
  }, []);

  return {
    state,
    update,
    provider,
    providerLoading,
    ready,
    notices,
    storageOff,
    link,
    chooseDoctor(providerId: number) {
      update((s) => ({ ...s, providerId }));
      void loadProvider(providerId, "chosen");
    },
    removeDoctor() {
      providerSeq.current++;
      setProvider(null);
      update((s) => ({ ...s, providerId: null }));
    },
    restoreSaved(saved: TChecklistState) {
      update(() => saved);
      setNotices([]);
      setProvider(null);
      if (saved.providerId) void loadProvider(saved.providerId, "saved");
    },
    /** The absolute link that reproduces this checklist; also puts it in the address bar. */
    async makeLink(): Promise<string> {
      const href = checklistHref(state.providerId, await encodeChecklist(state), path);
      window.history.replaceState(null, "", href);
      const url = new URL(href, window.location.origin).toString();
      setLink(url);
      return url;
    },
    reset() {
      dirty.current = false;
      providerSeq.current++;
      setState(defaultState());
      setProvider(null);
      setLink(null);
      setNotices([]);
      clearSaved();
      window.history.replaceState(null, "", path);
    },
  };
}
