// Medical statements the site makes, in one place so they stay consistent and reviewable.
// Sources: FDA labels of the five botulinum toxins approved for cervical dystonia; Cochrane review
// CD008626 (2011) on botulinum toxin for chronic neck pain (shared/DOMAIN.md).
export const DIRECTORY_NOTICE =
  "NeckCare Finder is a directory and gives no medical advice. Talk with a qualified doctor about your own situation.";

export const LABEL_STATUS_NOTICE =
  "Botulinum toxin is FDA-approved for cervical dystonia. For other neck pain its use is off-label, and a Cochrane review found little or no benefit over placebo for chronic neck pain.";

export const URGENT_WARNING =
  "Get help at once if you have trouble swallowing, speaking or breathing after an injection. These problems can appear hours to weeks later.";

export const FDA_APPROVED_PRODUCTS = [
  { product: "ONABOTULINUMTOXINA", generic: "onabotulinumtoxinA", brand: "Botox" },
  { product: "ABOBOTULINUMTOXINA", generic: "abobotulinumtoxinA", brand: "Dysport" },
  { product: "INCOBOTULINUMTOXINA", generic: "incobotulinumtoxinA", brand: "Xeomin" },
  { product: "RIMABOTULINUMTOXINB", generic: "rimabotulinumtoxinB", brand: "Myobloc" },
  { product: "DAXIBOTULINUMTOXINA", generic: "daxibotulinumtoxinA", brand: "Daxxify" },
] as const;

/** The label on every fictional demo provider, wherever one shows (list, profile, map). */
export const DEMO_PROVIDER_LABEL = "Demo data: fictional provider";
