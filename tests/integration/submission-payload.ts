// A complete, valid provider submission for the submission and account tests.
import { npiCheckDigit } from "@/lib/npi";
import type { TProviderForm } from "@/lib/validation/provider-form";
import { ZProviderSubmission, type TProviderSubmission } from "@/lib/validation/provider-submission";

let n = 0;
const tag = String(Math.floor(Math.random() * 900_000) + 100_000);

/** A valid NPI no other test file uses (they start with 2; these with 17). */
export function freshNpi(): string {
  n += 1;
  const first9 = `17${tag.slice(0, 4)}${String(n).padStart(3, "0")}`;
  return first9 + String(npiCheckDigit(first9));
}

export function samplePayload(
  over: {
    npi?: string;
    zip?: string;
    lastName?: string;
    email?: string;
    insurancePlans?: TProviderForm["insurancePlans"];
  } = {},
): TProviderSubmission {
  return ZProviderSubmission.parse({
    identity: {
      npi: over.npi ?? freshNpi(),
      firstName: "Avery",
      middleName: "",
      lastName: over.lastName ?? "Quill",
      suffix: "",
      credential: "MD",
      // Spanish typed rather than ticked: stored as a code; Klingon is kept as written.
      languages: ["en"],
      languagesOther: "Spanish, Klingon",
      gender: "FEMALE",
      bio: "Treats cervical dystonia.",
      contactEmail: over.email ?? `office-${tag}-${n}@example.org`,
    },
    locations: [
      {
        practiceName: "Prairie Neurology",
        street1: "100 Capitol Ave",
        street2: "",
        city: "Cheyenne",
        state: "WY",
        zip: over.zip ?? "82001",
        phone: "307-555-0142",
        acceptingNewPatients: true,
        inPersonConsults: true,
        telehealthConsults: true,
        referralRequired: false,
      },
    ],
    certifications: [
      { board: "ABPN", boardName: "", specialty: "NEUROLOGY", subspecialty: "", year: "2009" },
    ],
    experience: {
      yearsInjecting: "11",
      yearlyNeckProcedures: "250",
      cervicalDystoniaFocus: true,
      guidance: ["EMG"],
      products: ["ONABOTULINUMTOXINA"],
      fellowship: "",
    },
    insurancePlans: over.insurancePlans ?? ["medicare", "bcbs"],
    attestation: true,
  } satisfies TProviderForm);
}
