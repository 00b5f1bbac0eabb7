import { describe, expect, it } from "vitest";
import { emptyProviderForm } from "./provider-form";
import { parseDraft, serializeDraft, stepIndexOf } from "./provider-form-draft";

// The provider form's draft in the browser (issue 18): what was saved comes back whole; what was not
// written by this version, or was tampered with, is dropped instead of breaking the form.

describe("provider form draft", () => {
  it("round-trips a form", () => {
    const form = emptyProviderForm("office@example.org");
    form.identity.npi = "1234567893";
    form.locations[0]!.zip = "60601";
    form.certifications.push({
      board: "ABPN",
      boardName: "",
      specialty: "NEUROLOGY",
      subspecialty: "",
      year: "2014",
    });
    expect(parseDraft(serializeDraft(form))).toEqual(form);
  });

  it("never restores the attestation: it is given anew on each submission", () => {
    const form = { ...emptyProviderForm("office@example.org"), attestation: true };
    expect(parseDraft(serializeDraft(form))?.attestation).toBe(false);
  });

  it("drops broken JSON, another version, or values the form never holds", () => {
    const form = emptyProviderForm();
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft("{not json")).toBeNull();
    expect(parseDraft(JSON.stringify({ version: 0, form }))).toBeNull();
    const bad = JSON.parse(serializeDraft(form));
    bad.form.certifications = [
      { board: "<script>", boardName: "", specialty: "", subspecialty: "", year: "" },
    ];
    expect(parseDraft(JSON.stringify(bad))).toBeNull();
    bad.form.certifications = [];
    bad.form.identity.bio = "x".repeat(20_000);
    expect(parseDraft(JSON.stringify(bad))).toBeNull();
  });

  it("reads the step from the URL, 1-based, anything else being step 1", () => {
    expect(stepIndexOf("3", 6)).toBe(2);
    expect(stepIndexOf("6", 6)).toBe(5);
    for (const bad of [null, "", "0", "7", "03", "2.5", "abc", "-1"]) expect(stepIndexOf(bad, 6)).toBe(0);
  });
});
