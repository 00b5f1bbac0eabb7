import { describe, expect, it } from "vitest";
import { parseSearchParams, searchQueryToParams } from "./search-params";

describe("parseSearchParams", () => {
  it("applies defaults", () => {
    const r = parseSearchParams({ near: "02139" });
    expect(r).toMatchObject({ ok: true, query: { near: "02139", radius: 25, sort: "distance", page: 1, board: [], verified: false } });
  });
  it("parses every filter", () => {
    const r = parseSearchParams(
      new URLSearchParams(
        "near=Boston, MA&radius=50&board=neurology,PMR&verified=1&minYears=5&minVolume=100&guidance=emg&recommended=1&noReferral=1&minRating=4.5&minReviews=10&accepting=1&telehealth=1&sort=rating&page=3",
      ),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.query).toMatchObject({
      radius: 50, board: ["neurology", "pmr"], verified: true, minYears: 5, minVolume: 100, guidance: ["emg"],
      recommended: true, noReferral: true, minRating: 4.5, minReviews: 10, accepting: true, telehealth: true, sort: "rating", page: 3,
    });
  });
  it("names each bad field with a clear message", () => {
    const r = parseSearchParams({ near: "02139", radius: "30", board: "dermatology", minRating: "9", page: "0", sort: "price" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fields).sort()).toEqual(["board", "minRating", "page", "radius", "sort"]);
    expect(r.fields.radius).toBe("Radius must be 5, 10, 25, 50 or 100 miles.");
    expect(r.fields.board).toContain('"dermatology"');
  });
  it("merges repeated list parameters, as a plain form sends checkboxes", () => {
    const r = parseSearchParams(new URLSearchParams("near=02139&board=neurology&board=pmr&guidance=emg&radius=10&radius=50"));
    expect(r).toMatchObject({ ok: true, query: { board: ["neurology", "pmr"], guidance: ["emg"], radius: 10 } });
  });
  it("requires a location", () => {
    const r = parseSearchParams({});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fields.near).toMatch(/ZIP code/);
  });
  it("round-trips through the canonical query string", () => {
    const r = parseSearchParams({ near: "02139", radius: "10", board: "pmr", accepting: "1", sort: "experience" });
    if (!r.ok) throw new Error("expected ok");
    expect(searchQueryToParams(r.query).toString()).toBe("near=02139&radius=10&board=pmr&accepting=1&sort=experience");
  });

  it("keeps the valid rest of a search beside the bad fields", () => {
    const r = parseSearchParams({ near: "02139", radius: "7", board: "pmr", minYears: "5", sort: "cheapest" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fields).sort()).toEqual(["radius", "sort"]);
    expect(r.valid).toMatchObject({ near: "02139", radius: 25, board: ["pmr"], minYears: 5, sort: "distance" });
    const noPlace = parseSearchParams({ near: "", board: "pmr" });
    expect(noPlace.ok || noPlace.valid).toBeFalsy();
  });
});

// The filters added with the filter table (lib/search/filters.ts): same parameter names on /search and the API.
describe("parseSearchParams: name, language, gender, focus, insurance", () => {
  it("parses each new filter and keeps their names in the canonical query string", () => {
    const r = parseSearchParams({ near: "60611", q: "  Fostr  ", language: "es,ZH", gender: "female", focus: "cervical-dystonia", insurance: "medicare,aetna" });
    expect(r).toMatchObject({ ok: true, query: { q: "Fostr", language: ["es", "zh"], gender: ["female"], focus: ["cervical-dystonia"], insurance: ["medicare", "aetna"] } });
    if (!r.ok) return;
    expect(searchQueryToParams(r.query).toString()).toBe("near=60611&q=Fostr&language=es%2Czh&gender=female&focus=cervical-dystonia&insurance=medicare%2Caetna");
  });
  it("searches everywhere by name without a place, sorted by best match", () => {
    const r = parseSearchParams({ q: "Foster" });
    expect(r).toMatchObject({ ok: true, query: { q: "Foster", sort: "match" } });
    if (r.ok) expect(searchQueryToParams(r.query).toString()).toBe("q=Foster");
    expect(parseSearchParams({ q: "Foster", sort: "distance" })).toMatchObject({ ok: false, fields: { sort: expect.stringMatching(/needs a place/) } });
    expect(parseSearchParams({ near: "60611", q: "Foster", sort: "match" })).toMatchObject({ ok: false, fields: { sort: expect.any(String) } });
  });
  it("names each bad value of the new filters", () => {
    const r = parseSearchParams({ near: "60611", q: "x", language: "klingon", gender: "female,male", insurance: "acme", focus: "migraine" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fields).sort()).toEqual(["focus", "gender", "insurance", "language", "q"]);
    expect(r.fields.q).toBe("Doctor or practice name must be 2 to 100 characters.");
    expect(r.fields.language).toContain('"klingon"');
    expect(r.fields.gender).toMatch(/not several/);
    expect(r.fields.insurance).toContain("medicare");
    expect(parseSearchParams({ q: "a".repeat(101) })).toMatchObject({ ok: false, fields: { q: expect.any(String) } });
  });
  it("treats control characters in a name as spaces and asks for a place or a name when both are missing", () => {
    expect(parseSearchParams({ q: "Fos\u0000ter" })).toMatchObject({ ok: true, query: { q: "Fos ter" } });
    expect(parseSearchParams({ q: "  " })).toMatchObject({ ok: false, fields: { near: expect.stringMatching(/ZIP code/) } });
  });
});

// Issue 19: /es/search tells a patient about bad input in Spanish; the API (the default) stays English.
describe("parseSearchParams in Spanish", () => {
  it("gives the same answer with Spanish messages", () => {
    const params = { near: "02139", radius: "30", board: "dermatology", minRating: "9", page: "0", sort: "price", q: "x" };
    const en = parseSearchParams(params);
    const es = parseSearchParams(params, "es");
    if (en.ok || es.ok) throw new Error("expected errors");
    expect(Object.keys(es.fields).sort()).toEqual(Object.keys(en.fields).sort());
    expect(es.valid).toEqual(en.valid);
    expect(en.fields.radius).toBe("Radius must be 5, 10, 25, 50 or 100 miles.");
    expect(es.fields.radius).toBe("La distancia debe ser de 5, 10, 25, 50 o 100 millas.");
    expect(es.fields.board).toBe('Certificación de especialidad (board) en: "dermatology" no es uno de estos valores: neurology, pain-medicine, pmr.');
    expect(es.fields.minRating).toBe("Mínimo de calificación promedio: debe ser un número del 1 al 5 (por ejemplo, 4 o 4.5).");
    expect(es.fields.q).toBe("Nombre del médico o del consultorio: escriba de 2 a 100 caracteres.");
    expect(es.fields.page).toMatch(/^La página debe ser/);
    expect(es.fields.sort).toMatch(/^El orden debe ser/);
  });
  it("asks for a place or a name in Spanish", () => {
    const r = parseSearchParams({}, "es");
    if (r.ok) throw new Error("expected an error");
    expect(r.fields.near).toMatch(/^Escriba un código postal \(ZIP\)/);
    expect(parseSearchParams({ q: "Foster", sort: "distance" }, "es")).toMatchObject({ ok: false, fields: { sort: expect.stringMatching(/hace falta un lugar/) } });
  });
});
