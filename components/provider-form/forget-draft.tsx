"use client";

import { useEffect } from "react";
import { forgetDraft } from "./provider-form";

/** On the confirmation page: the sent form's draft has no use left in this browser tab. */
export function ForgetDraft({ draftKey }: { draftKey: string }) {
  useEffect(() => forgetDraft(draftKey), [draftKey]);
  return null;
}
