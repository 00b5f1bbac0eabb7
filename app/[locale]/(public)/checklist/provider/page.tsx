import type { Metadata } from "next";
import { ChecklistBuilder } from "@/components/checklist/checklist-builder";
import { getProviderAction, searchProvidersAction } from "../actions";
import type { TChecklistProvider } from "@/lib/checklist/provider";
import { getChecklistProvider } from "@/lib/data/checklist";
import { ZProviderIdParam } from "@/lib/validation/checklist";
import { checklistMetadata } from "../metadata";

// `/checklist?provider=…` lands here (a rewrite in next.config.js): the doctor is looked up per
// request, while plain `/checklist` (../page.tsx) is prerendered once for everyone (issue 15).
export const metadata: Metadata = {
  ...checklistMetadata,
  alternates: { canonical: "/checklist" },
};

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ChecklistPage({ searchParams }: TProps) {
  // Only `provider` (public directory data) is read on the server. The checklist itself lives in the
  // URL fragment and the browser's storage, which the server never sees.
  const raw = (await searchParams).provider;
  let provider: TChecklistProvider | null = null;
  let providerMessage: string | null = null;
  if (raw !== undefined) {
    const parsed = ZProviderIdParam.safeParse(Array.isArray(raw) ? raw[0] : raw);
    if (!parsed.success) {
      providerMessage = "The doctor in this link is not valid, so the checklist opens without a doctor.";
    } else {
      const found = await getChecklistProvider({ id: parsed.data }).catch((e: unknown) => {
        console.error("checklist: provider lookup failed", e);
        return undefined;
      });
      provider = found ?? null;
      if (found === undefined) {
        providerMessage = "We could not load that doctor right now, so the checklist opens without a doctor.";
      } else if (!found) {
        providerMessage =
          "We could not find that doctor in the directory (the listing may have been removed), so the checklist opens without a doctor.";
      }
    }
  }
  return (
    <div className="container">
      <ChecklistBuilder
        initialProvider={provider}
        providerMessage={providerMessage}
        actions={{ searchProviders: searchProvidersAction, getProvider: getProviderAction }}
      />
    </div>
  );
}
