// The checklist in this browser's localStorage. Storage can be unavailable (private modes, disabled
// storage, quota): then the checklist still works, it just is not kept.
import { parseFromStorage, serializeForStorage, type TDecodeResult } from "@/lib/checklist/encoding";
import type { TChecklistState } from "@/lib/checklist/state";

const KEY = "neckcare.checklist.v1";

/** The saved checklist, null when there is none, or a decode error when it cannot be read. */
export async function readSaved(): Promise<TDecodeResult | null> {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
  return raw === null ? null : parseFromStorage(raw);
}

export function writeSaved(state: TChecklistState): boolean {
  try {
    window.localStorage.setItem(KEY, serializeForStorage(state));
    return true;
  } catch {
    return false;
  }
}

export function clearSaved(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // Nothing saved, nothing to clear.
  }
}
