// The radius search's in-memory index (decision 0003): a copy of the read model "SearchPoint" in
// typed arrays, bucketed in a 0.5° latitude/longitude grid, answering exactly what the SQL in
// lib/search/sql.ts answers (the same earth model, chord test, filters, facet counts, order and
// tie-breaks); tests/integration/search-engines.test.ts checks the two against each other.
// lib/search/index-sync.ts loads it and keeps it in step with the database. No I/O here.
import { METERS_PER_MILE } from "@/lib/geo/distance";
import type { TSearchQuery } from "@/lib/validation/search-params";
import {
  CELL_DEG,
  cellOf,
  earthXyz,
  gcToSec,
  LAT_CELLS,
  LNG_CELLS,
  R,
  RAD,
  rowOf,
  secToGc,
  wrapCol,
} from "./earth";
import { compileQuery, FACT_WORDS, NO_INT, writeFacts } from "./index-facts";
import { TopK } from "./top-k";

/** One SearchPoint row, with its location's coordinates. */
export type TPointRow = {
  locationId: number;
  providerId: number;
  /** The row's `earth` cube (ll_to_earth of the location), exactly as stored. */
  x: number;
  y: number;
  z: number;
  lat: number;
  lng: number;
  locCombo: number;
  /** The provider's fact keys (SearchPoint."facts"). */
  facts: readonly string[];
  years: number | null;
  volume: number | null;
  rating: number | null;
  reviews: number;
  /** Medicare patients with neck injections (SearchPoint."medicarePatients"). */
  medicare: number | null;
  score: number | null;
  /** The location's name words (SearchPoint."nameWords": the doctor's and the practice's, folded). */
  nameWords: readonly string[];
};

export type TIndexHit = { providerId: number; locationId: number; meters: number; lat: number; lng: number };
/** A hit of a name search everywhere: no distance. */
export type TNamedHit = { providerId: number; locationId: number; meters: null };
/** The locations whose name matches a name search, as parallel arrays (lib/search/sql.ts, namedLocationsSql). */
export type TNamedLocations = {
  locationIds: number[];
  providerIds: number[];
  combos: number[];
  scores: number[];
};
/** `candidates`: providers inside the radius (without facet counts: those that pass their own filters). */
export type TIndexStats = { cells: number; pointsExamined: number; candidates: number; matches: number };
export type TIndexAnswer = {
  total: number;
  facets: Record<string, number>;
  hits: TIndexHit[];
  stats: TIndexStats;
};

function grow<T extends Float64Array | Int32Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/** A point added since the last compaction. */
type TDeltaPoint = {
  x: number;
  y: number;
  z: number;
  lat: number;
  lng: number;
  loc: number;
  v: number;
  combo: number;
  words: Int32Array;
};

/**
 * Points live in "main" arrays sorted by grid cell (so a search reads each cell's points from
 * consecutive memory, and providers are numbered in the same spatial order), plus a small list of
 * points added since (`delta`). Removed providers' main points are marked dead. When the delta or
 * the dead grow past a few percent, `compact` rebuilds the main arrays.
 */
export class SearchIndex {
  /** The database this copy came from (its random epoch) and the generation it reflects (lib/search/index-sync.ts). */
  epoch = "";
  generation = "0";
  get version(): string {
    return `${this.epoch}:${this.generation}`;
  }

  // Main points, sorted by cell; cellStart[c]..cellStart[c + 1] are cell c's.
  private cellStart = new Int32Array(LAT_CELLS * LNG_CELLS + 1);
  private mXyz = new Float64Array(0);
  private mLat = new Float64Array(0);
  private mLng = new Float64Array(0);
  private mLoc = new Int32Array(0);
  private mProv = new Int32Array(0);
  private mCombo = new Uint8Array(0);
  private mDead = new Uint8Array(0);
  private deadCount = 0;
  private delta: TDeltaPoint[] = [];
  // Name words: each distinct word a number; a main point's words are mWords[mWordStart[i]..mWordStart[i + 1]];
  // the main points holding word w are mPosting[mPostStart[w]..mPostStart[w + 1]] (built by compact).
  private wordIds = new Map<string, number>();
  private mWordStart = new Int32Array(1);
  private mWords = new Int32Array(0);
  private mPostStart = new Int32Array(1);
  private mPosting = new Int32Array(0);
  // Per name search: a point's progress through the search's words, and its score so far.
  private pStamp = new Int32Array(0);
  private pStampBase = 0;
  private pBest = new Float64Array(0);
  private pScore = new Float64Array(0);

  // Providers, by slot: their facts, their main points, and per-search scratch space. A slot is
  // never reused before the next compaction.
  private vCap = 0;
  private vCount = 0;
  private vId = new Int32Array(0);
  /** FACT_WORDS words a slot (lib/search/index-facts.ts). */
  private vFacts = new Int32Array(0);
  private vYears = new Int32Array(0);
  private vVolume = new Int32Array(0);
  private vRating = new Float64Array(0);
  private vReviews = new Int32Array(0);
  private vMedicare = new Int32Array(0);
  private vScore = new Float64Array(0);
  private vStamp = new Int32Array(0);
  private vMask = new Int32Array(0);
  /** Per search: the name search's stamp on providers whose name matches. */
  private vNamed = new Int32Array(0);
  private nameStamp = 0;
  private vChord = new Float64Array(0);
  /** The nearest matching point: a main index, or -1 - a delta index. */
  private vBest = new Int32Array(0);
  private cand = new Int32Array(0);
  /** Slots 0..mainProviders-1 existed at the last compaction; their main points are mPoints[mPointStart[v]..mPointStart[v + 1]]. */
  private mainProviders = 0;
  private mPointStart = new Int32Array(1);
  private mPoints = new Int32Array(0);
  private slotOf = new Map<number, number>();
  private stamp = 0;

  get providers(): number {
    return this.slotOf.size;
  }
  /** Bytes held by the typed arrays (the delta's few objects not counted). */
  get bytes(): number {
    const arrays = [
      this.cellStart,
      this.mXyz,
      this.mLat,
      this.mLng,
      this.mLoc,
      this.mProv,
      this.mCombo,
      this.mDead,
      this.mPointStart,
      this.mPoints,
      this.vId,
      this.vFacts,
      this.vYears,
      this.vVolume,
      this.vRating,
      this.vReviews,
      this.vMedicare,
      this.vScore,
      this.vStamp,
      this.vMask,
      this.vNamed,
      this.vChord,
      this.vBest,
      this.cand,
      this.mWordStart,
      this.mWords,
      this.mPostStart,
      this.mPosting,
      this.pStamp,
      this.pBest,
      this.pScore,
    ];
    return arrays.reduce((sum, a) => sum + a.byteLength, 0);
  }
  get points(): number {
    return this.mLoc.length - this.deadCount + this.delta.length;
  }

  /**
   * Adds rows; a provider's facts are the same on each of its rows. A bulk load passes
   * `{ compact: false }` for each chunk and calls `compact()` once at the end.
   */
  add(rows: Iterable<TPointRow>, opts: { compact: boolean } = { compact: true }): void {
    for (const r of rows) {
      const v = this.providerSlot(r);
      this.delta.push({
        x: r.x,
        y: r.y,
        z: r.z,
        lat: r.lat,
        lng: r.lng,
        loc: r.locationId,
        v,
        combo: r.locCombo,
        words: this.wordsOf(r.nameWords),
      });
    }
    if (opts.compact) this.maybeCompact();
  }

  /** Removes every point of these providers (then `add` their current rows, if any). */
  remove(providerIds: Iterable<number>): void {
    const gone = new Set<number>();
    for (const id of providerIds) {
      const v = this.slotOf.get(id);
      if (v === undefined) continue;
      gone.add(v);
      this.slotOf.delete(id);
      if (v < this.mainProviders) {
        for (let k = this.mPointStart[v]!; k < this.mPointStart[v + 1]!; k++) {
          const i = this.mPoints[k]!;
          if (!this.mDead[i]) {
            this.mDead[i] = 1;
            this.deadCount++;
          }
        }
      }
    }
    if (gone.size) this.delta = this.delta.filter((d) => !gone.has(d.v));
    this.maybeCompact();
  }

  private wordsOf(words: readonly string[]): Int32Array {
    return Int32Array.from(words, (w) => {
      let id = this.wordIds.get(w);
      if (id === undefined) this.wordIds.set(w, (id = this.wordIds.size));
      return id;
    });
  }

  private providerSlot(r: TPointRow): number {
    let v = this.slotOf.get(r.providerId);
    if (v === undefined) {
      if (this.vCount >= this.vCap) this.growProviders(Math.max(1024, this.vCap * 2));
      v = this.vCount++;
      this.slotOf.set(r.providerId, v);
    }
    this.vId[v] = r.providerId;
    writeFacts(r, this.vFacts, v * FACT_WORDS);
    this.vYears[v] = r.years ?? NO_INT;
    this.vVolume[v] = r.volume ?? NO_INT;
    // -Infinity fails every minimum rating and sorts last in "DESC NULLS LAST", as NULL does.
    this.vRating[v] = r.rating ?? -Infinity;
    this.vReviews[v] = r.reviews;
    this.vMedicare[v] = r.medicare ?? NO_INT;
    this.vScore[v] = r.score ?? -Infinity;
    return v;
  }

  private growProviders(n: number) {
    this.vId = grow(this.vId, n);
    this.vFacts = grow(this.vFacts, n * FACT_WORDS);
    this.vYears = grow(this.vYears, n);
    this.vVolume = grow(this.vVolume, n);
    this.vRating = grow(this.vRating, n);
    this.vReviews = grow(this.vReviews, n);
    this.vMedicare = grow(this.vMedicare, n);
    this.vScore = grow(this.vScore, n);
    this.vStamp = new Int32Array(n);
    this.vMask = new Int32Array(n);
    this.vNamed = new Int32Array(n);
    this.nameStamp = 0;
    this.vChord = new Float64Array(n);
    this.vBest = new Int32Array(n);
    this.cand = new Int32Array(n);
    this.stamp = 0;
    this.vCap = n;
  }

  private maybeCompact() {
    const main = this.mLoc.length;
    if (this.delta.length > 1000 + main * 0.02 || this.deadCount > 1000 + main * 0.1) this.compact();
  }

  /** Rebuilds the main arrays from every live point, sorted by cell, providers renumbered to match. */
  compact(): void {
    // Every live point as a reference (a main index, or -1 - a delta index) with its cell, then a
    // counting sort by cell: linear, and no object a point (at 1,000,000 providers a comparison sort
    // of objects blocked the thread for about 0.8 s).
    const mainCount = this.mLoc.length;
    const n = mainCount - this.deadCount + this.delta.length;
    const refs = new Int32Array(n);
    const refCells = new Int32Array(n);
    let k = 0;
    for (let i = 0; i < mainCount; i++) {
      if (this.mDead[i]) continue;
      refs[k] = i;
      refCells[k++] = cellOf(this.mLat[i]!, this.mLng[i]!);
    }
    this.delta.forEach((d, j) => {
      refs[k] = -1 - j;
      refCells[k++] = cellOf(d.lat, d.lng);
    });
    const cellCount = LAT_CELLS * LNG_CELLS;
    const cellStart = new Int32Array(cellCount + 1);
    for (let r = 0; r < n; r++) cellStart[refCells[r]! + 1]!++;
    for (let c = 0; c < cellCount; c++) cellStart[c + 1]! += cellStart[c]!;
    const cellFill = cellStart.slice(0, cellCount);
    const sorted = new Int32Array(n);
    for (let r = 0; r < n; r++) sorted[cellFill[refCells[r]!]!++] = refs[r]!;

    const xyz = new Float64Array(3 * n);
    const lat = new Float64Array(n);
    const lng = new Float64Array(n);
    const loc = new Int32Array(n);
    const prov = new Int32Array(n);
    const combo = new Uint8Array(n);
    const wordStart = new Int32Array(n + 1);
    const wordList: number[] = [];
    const newSlot = new Int32Array(this.vCount).fill(-1);
    const order: number[] = [];
    for (let i = 0; i < n; i++) {
      const ref = sorted[i]!;
      const d = ref < 0 ? this.delta[-1 - ref]! : null;
      const m = ref;
      xyz[3 * i] = d ? d.x : this.mXyz[3 * m]!;
      xyz[3 * i + 1] = d ? d.y : this.mXyz[3 * m + 1]!;
      xyz[3 * i + 2] = d ? d.z : this.mXyz[3 * m + 2]!;
      lat[i] = d ? d.lat : this.mLat[m]!;
      lng[i] = d ? d.lng : this.mLng[m]!;
      loc[i] = d ? d.loc : this.mLoc[m]!;
      combo[i] = d ? d.combo : this.mCombo[m]!;
      if (d) for (const w of d.words) wordList.push(w);
      else for (let k = this.mWordStart[m]!; k < this.mWordStart[m + 1]!; k++) wordList.push(this.mWords[k]!);
      wordStart[i + 1] = wordList.length;
      const v = d ? d.v : this.mProv[m]!;
      if (newSlot[v] === -1) {
        newSlot[v] = order.length;
        order.push(v);
      }
      prov[i] = newSlot[v]!;
    }

    // Providers in the order their first point appears; each one's main points as a list.
    const pCount = order.length;
    const cap = Math.max(1024, Math.ceil(pCount * 1.25));
    const old = {
      id: this.vId,
      facts: this.vFacts,
      years: this.vYears,
      volume: this.vVolume,
      rating: this.vRating,
      reviews: this.vReviews,
      medicare: this.vMedicare,
      score: this.vScore,
    };
    this.vCap = 0;
    this.vId = new Int32Array(0);
    this.vFacts = new Int32Array(0);
    this.vYears = new Int32Array(0);
    this.vVolume = new Int32Array(0);
    this.vRating = new Float64Array(0);
    this.vReviews = new Int32Array(0);
    this.vMedicare = new Int32Array(0);
    this.vScore = new Float64Array(0);
    this.growProviders(cap);
    this.slotOf = new Map();
    order.forEach((ov, v) => {
      this.vId[v] = old.id[ov]!;
      this.vFacts.set(old.facts.subarray(ov * FACT_WORDS, (ov + 1) * FACT_WORDS), v * FACT_WORDS);
      this.vYears[v] = old.years[ov]!;
      this.vVolume[v] = old.volume[ov]!;
      this.vRating[v] = old.rating[ov]!;
      this.vReviews[v] = old.reviews[ov]!;
      this.vMedicare[v] = old.medicare[ov]!;
      this.vScore[v] = old.score[ov]!;
      this.slotOf.set(old.id[ov]!, v);
    });
    this.vCount = pCount;
    const pointStart = new Int32Array(pCount + 1);
    for (let i = 0; i < n; i++) pointStart[prov[i]! + 1]!++;
    for (let v = 0; v < pCount; v++) pointStart[v + 1]! += pointStart[v]!;
    const fill = pointStart.slice(0, pCount);
    const points = new Int32Array(n);
    for (let i = 0; i < n; i++) points[fill[prov[i]!]!++] = i;

    // Each word's points, in point order (a counting sort by word).
    const words = Int32Array.from(wordList);
    const wordCount = this.wordIds.size;
    const postStart = new Int32Array(wordCount + 1);
    for (const w of words) postStart[w + 1]!++;
    for (let w = 0; w < wordCount; w++) postStart[w + 1]! += postStart[w]!;
    const postFill = postStart.slice(0, wordCount);
    const posting = new Int32Array(words.length);
    for (let i = 0; i < n; i++)
      for (let k = wordStart[i]!; k < wordStart[i + 1]!; k++) posting[postFill[words[k]!]!++] = i;

    Object.assign(this, {
      cellStart,
      mXyz: xyz,
      mLat: lat,
      mLng: lng,
      mLoc: loc,
      mProv: prov,
      mCombo: combo,
    });
    Object.assign(this, { mWordStart: wordStart, mWords: words, mPostStart: postStart, mPosting: posting });
    this.pStamp = new Int32Array(n);
    this.pStampBase = 0;
    this.pBest = new Float64Array(n);
    this.pScore = new Float64Array(n);
    this.mDead = new Uint8Array(n);
    this.deadCount = 0;
    this.delta = [];
    this.mainProviders = pCount;
    this.mPointStart = pointStart;
    this.mPoints = points;
  }

  /**
   * Providers with a location within `radiusMeters` (chord test, as the SQL's cube_distance), each
   * once, with the mask of its in-radius locations' filter combinations and its nearest in-radius
   * location among those that satisfy `locMask`. Returns how many candidates are in `this.cand`.
   * With a `prefilter` (the provider's own tests), providers it turns down are left out.
   */
  private scan(
    lat: number,
    lng: number,
    radiusMeters: number,
    locMask: number,
    stats: TIndexStats,
    prefilter: ((v: number) => boolean) | null,
  ): number {
    if (++this.stamp > 0x3fffffff) {
      this.stamp = 1;
      this.vStamp.fill(0);
    }
    const stamp = this.stamp;
    const [ox, oy, oz] = earthXyz(lat, lng);
    const limit = gcToSec(radiusMeters);
    // The spherical cap's latitude and longitude extent, widened a little against rounding.
    const alpha = radiusMeters / R;
    const latSpan = alpha / RAD + 0.01;
    const latLo = Math.max(-90, lat - latSpan);
    const latHi = Math.min(90, lat + latSpan);
    const allLngs = latHi >= 89.9 || latLo <= -89.9 || alpha >= Math.PI / 2;
    const lngSpan = allLngs
      ? 180
      : Math.asin(Math.min(1, Math.sin(alpha) / Math.cos(lat * RAD))) / RAD + 0.01;
    const rowLo = rowOf(latLo);
    const rowHi = rowOf(latHi);
    const colLo = Math.floor((lng - lngSpan + 180) / CELL_DEG);
    const colHi =
      allLngs || lngSpan >= 180 ? colLo + LNG_CELLS - 1 : Math.floor((lng + lngSpan + 180) / CELL_DEG);
    const { cellStart, mXyz, mProv, mCombo, mDead, vStamp, vMask, vChord, vBest, cand } = this;
    const dead = this.deadCount > 0;
    let n = 0;
    // One point at distance d: count its provider once, remember its nearest matching point.
    // A provider the prefilter turned down is stamped -stamp, and its other points pass by.
    const visit = (v: number, d: number, combo: number, ref: number) => {
      const seen = vStamp[v];
      if (seen !== stamp) {
        if (seen === -stamp) return;
        if (prefilter !== null && !prefilter(v)) {
          vStamp[v] = -stamp;
          return;
        }
        vStamp[v] = stamp;
        vMask[v] = 0;
        vChord[v] = Infinity;
        vBest[v] = 0;
        cand[n++] = v;
      }
      const bit = 1 << combo;
      vMask[v]! |= bit;
      if (
        (bit & locMask) !== 0 &&
        (d < vChord[v]! || (d === vChord[v]! && this.locOf(ref) < this.locOf(vBest[v]!)))
      ) {
        vChord[v] = d;
        vBest[v] = ref;
      }
    };
    for (let row = rowLo; row <= rowHi; row++) {
      for (let col = colLo; col <= Math.min(colHi, colLo + LNG_CELLS - 1); col++) {
        const cell = row * LNG_CELLS + wrapCol(col);
        const end = cellStart[cell + 1]!;
        let i = cellStart[cell]!;
        if (i === end) continue;
        stats.cells++;
        stats.pointsExamined += end - i;
        for (; i < end; i++) {
          const dx = mXyz[3 * i]! - ox;
          const dy = mXyz[3 * i + 1]! - oy;
          const dz = mXyz[3 * i + 2]! - oz;
          const d = Math.sqrt(dx * dx + dy * dy + dz * dz);
          if (d <= limit && !(dead && mDead[i])) visit(mProv[i]!, d, mCombo[i]!, i);
        }
      }
    }
    stats.pointsExamined += this.delta.length;
    this.delta.forEach((p, j) => {
      const dx = p.x - ox;
      const dy = p.y - oy;
      const dz = p.z - oz;
      const d = Math.sqrt(dx * dx + dy * dy + dz * dz);
      if (d <= limit) visit(p.v, d, p.combo, -1 - j);
    });
    stats.candidates = n;
    return n;
  }

  /** A point reference (vBest): a main index, or -1 - a delta index. */
  private locOf(ref: number): number {
    return ref >= 0 ? this.mLoc[ref]! : this.delta[-1 - ref]!.loc;
  }

  /** "Comes before" in the order of lib/search/sql.ts (orderSql), ties broken by provider id. */
  private before(sort: TSearchQuery["sort"]): (a: number, b: number) => boolean {
    const { vChord, vId, vYears, vVolume, vScore, vReviews, vMedicare } = this;
    const near = (a: number, b: number) =>
      vChord[a]! < vChord[b]! || (vChord[a] === vChord[b] && vId[a]! < vId[b]!);
    if (sort === "experience")
      // Public evidence first (Medicare patients with neck injections), then what the doctor reports.
      return (a, b) =>
        vMedicare[a] !== vMedicare[b]
          ? vMedicare[a]! > vMedicare[b]!
          : vYears[a] !== vYears[b]
            ? vYears[a]! > vYears[b]!
            : vVolume[a] !== vVolume[b]
              ? vVolume[a]! > vVolume[b]!
              : near(a, b);
    if (sort === "rating")
      return (a, b) =>
        vScore[a] !== vScore[b]
          ? vScore[a]! > vScore[b]!
          : vReviews[a] !== vReviews[b]
            ? vReviews[a]! > vReviews[b]!
            : near(a, b);
    return near;
  }

  /**
   * The matches of a search: the total, with `facets` every facet count, and the hits ranked
   * `offset` to `offset + limit` in the search's order.
   */
  search(
    origin: { lat: number; lng: number },
    q: TSearchQuery,
    opts: {
      facets: boolean;
      offset: number;
      limit: number;
      sort?: TSearchQuery["sort"];
      /** With a name (`q`): the ids of the providers whose name matches, as the database found them. */
      named?: Iterable<number>;
    },
  ): TIndexAnswer {
    const stats: TIndexStats = { cells: 0, pointsExamined: 0, candidates: 0, matches: 0 };
    const nameStamp = this.markNamed(opts.named);
    const compiled = this.compile(q, nameStamp, opts.facets);
    // Facet counts need the providers that fail a filter too; a search without them does not.
    const n = this.scan(
      origin.lat,
      origin.lng,
      q.radius * METERS_PER_MILE,
      compiled.locMask,
      stats,
      opts.facets ? null : compiled.passesOwn,
    );
    const { total, facets, slots } = this.rank(n, compiled, { ...opts, sort: opts.sort ?? q.sort });
    stats.matches = total;
    return { total, facets, hits: slots.map((v) => this.hit(v)), stats };
  }

  /**
   * A name search everywhere (no place): the matches among the providers of `named`, the locations
   * whose name matches as the database found them (lib/search/sql.ts, namedLocationsSql), in the
   * order of the SQL's "c" (lib/search/sql.ts): a provider's place-filter mask and score from its
   * matching locations only, listed at the lowest id of those that satisfy the place filters.
   */
  searchNamed(
    q: TSearchQuery,
    named: TNamedLocations,
    opts: { facets: boolean; offset: number; limit: number },
  ): { total: number; facets: Record<string, number>; hits: TNamedHit[]; stats: TIndexStats } {
    const stats: TIndexStats = {
      cells: 0,
      pointsExamined: named.locationIds.length,
      candidates: 0,
      matches: 0,
    };
    const nameStamp = this.markNamed(named.providerIds);
    const compiled = this.compile(q, nameStamp, opts.facets);
    const { locMask } = compiled;
    if (++this.stamp > 0x3fffffff) {
      this.stamp = 1;
      this.vStamp.fill(0);
    }
    const { vStamp, vMask, vChord, vBest, cand, stamp } = this;
    let n = 0;
    for (let i = 0; i < named.locationIds.length; i++) {
      const v = this.slotOf.get(named.providerIds[i]!);
      if (v === undefined) continue;
      if (vStamp[v] !== stamp) {
        vStamp[v] = stamp;
        vMask[v] = 0;
        // No distance to order by: the chord slot holds minus the best score, so the order's
        // "nearer" is the better match, then the lower id, as the SQL's "c.sim DESC, c.pid".
        vChord[v] = Infinity;
        vBest[v] = 0x7fffffff;
        cand[n++] = v;
      }
      const bit = 1 << named.combos[i]!;
      vMask[v]! |= bit;
      vChord[v] = Math.min(vChord[v]!, -named.scores[i]!);
      if ((bit & locMask) !== 0) vBest[v] = Math.min(vBest[v]!, named.locationIds[i]!);
    }
    stats.candidates = n;
    const { total, facets, slots } = this.rank(n, compiled, { ...opts, sort: q.sort });
    stats.matches = total;
    return {
      total,
      facets,
      hits: slots.map((v) => ({ providerId: this.vId[v]!, locationId: vBest[v]!, meters: null })),
      stats,
    };
  }

  private compile(q: TSearchQuery, nameStamp: number, withFacets: boolean) {
    const { vFacts, vYears, vVolume, vRating, vReviews, vMedicare, vMask, vNamed } = this;
    return compileQuery(
      q,
      { vFacts, vYears, vVolume, vRating, vReviews, vMedicare, vMask, vNamed },
      nameStamp,
      withFacets,
    );
  }

  /** The total, the facet counts when asked, and the slots ranked `offset` to `offset + limit`, of the first `n` candidates. */
  private rank(
    n: number,
    compiled: ReturnType<typeof compileQuery>,
    opts: { facets: boolean; offset: number; limit: number; sort: TSearchQuery["sort"] },
  ): { total: number; facets: Record<string, number>; slots: number[] } {
    const { fails, facets } = compiled;
    const { vFacts, vMask } = this;
    const withFacets = opts.facets;
    const facetCount = facets.length;
    const counts = new Int32Array(facetCount);
    const W = FACT_WORDS;
    // Most facet options test one fact bit. Those are counted per bit: a provider's relevant bits
    // are tallied once (for those that match, `bitAll`; for those failing exactly one group, that
    // group's row of `bitByGroup`), and an option's count is then its bit's tally in both. The
    // others (place options, options on several bits) are tested one by one.
    const single = Int32Array.from(facets, (f) => {
      if (f.onLocations) return -1;
      let bit = -1;
      for (let w = 0; w < W; w++) {
        const m = f.mask[w]!;
        if (m === 0) continue;
        if ((m & (m - 1)) !== 0 || bit !== -1) return -1;
        bit = w * 32 + (31 - Math.clz32(m));
      }
      return bit;
    });
    const relevant = new Int32Array(W);
    facets.forEach((f, j) => {
      if (single[j] !== -1) relevant[single[j]! >> 5]! |= 1 << (single[j]! & 31);
    });
    // Sized only when counted: most API searches ask for no facets.
    const bitAll = new Int32Array(withFacets ? W * 32 : 0);
    const bitByGroup = new Int32Array(withFacets ? 32 * W * 32 : 0);
    const others = facets.map((_, j) => j).filter((j) => single[j] === -1);
    const oGroup = Int32Array.from(others, (j) => facets[j]!.group);
    // Option o's mask: words oMask[o * W .. o * W + W) on the facts, or oLoc[o] on the place mask.
    const oMask = new Int32Array(others.length * W);
    others.forEach((j, o) => oMask.set(facets[j]!.mask, o * W));
    const oLoc = Int32Array.from(others, (j) => facets[j]!.locMask);
    const oPlaces = Uint8Array.from(others, (j) => (facets[j]!.onLocations ? 1 : 0));
    const oCounts = new Int32Array(others.length);
    const heap = new TopK(opts.offset + opts.limit, this.before(opts.sort));
    let total = 0;
    const cand = this.cand;
    for (let k = 0; k < n; k++) {
      const v = cand[k]!;
      const f = fails(v);
      if (f === 0) {
        total++;
        heap.offer(v);
      }
      if (withFacets && (f & (f - 1)) === 0) {
        // Fails at most one group: it counts for that group's options (or every option, if none).
        const at = v * W;
        const tally = f === 0 ? bitAll : bitByGroup;
        const base = f === 0 ? 0 : (31 - Math.clz32(f)) * W * 32;
        for (let w = 0; w < W; w++) {
          let bits = vFacts[at + w]! & relevant[w]!;
          while (bits !== 0) {
            const low = bits & -bits;
            tally[base + w * 32 + (31 - Math.clz32(low))]!++;
            bits ^= low;
          }
        }
        const places = vMask[v]!;
        for (let o = 0; o < others.length; o++) {
          if (f !== 0 && f !== oGroup[o]) continue;
          if (oPlaces[o]) {
            if ((places & oLoc[o]!) !== 0) oCounts[o]!++;
            continue;
          }
          for (let w = 0, m = o * W; w < W; w++) {
            if ((vFacts[at + w]! & oMask[m + w]!) !== 0) {
              oCounts[o]!++;
              break;
            }
          }
        }
      }
    }
    if (withFacets) {
      facets.forEach((f, j) => {
        const bit = single[j]!;
        if (bit !== -1) counts[j] = bitAll[bit]! + bitByGroup[(31 - Math.clz32(f.group)) * W * 32 + bit]!;
      });
      others.forEach((j, o) => (counts[j] = oCounts[o]!));
    }
    const facetCounts: Record<string, number> = { total };
    if (opts.facets) facets.forEach((f, j) => (facetCounts[f.key] = counts[j]!));
    return { total, facets: facetCounts, slots: heap.sorted().slice(opts.offset) };
  }

  /**
   * The `limit` nearest matches of `q` within its radius, sorted by distance: the same hits as
   * `search(origin, q, { sort: "distance", offset: 0, limit })`, found by searching a radius that
   * starts at `fromMiles` and doubles until `limit` match (or the whole radius is searched). Every
   * match outside a radius that already holds `limit` matches is farther than all of them, so the
   * answer is the same; the cost is that of the smallest radius that suffices, not of the whole one
   * (the searches beyond a sparse search's radius look 1,500 miles out). `total` counts the matches
   * of the last radius searched only.
   */
  nearest(
    origin: { lat: number; lng: number },
    q: TSearchQuery,
    opts: { limit: number; fromMiles: number; named?: Iterable<number> },
  ): TIndexAnswer {
    const named = opts.named ? [...opts.named] : undefined;
    for (
      let radius = Math.min(q.radius, Math.max(1, opts.fromMiles));
      ;
      radius = Math.min(q.radius, radius * 2)
    ) {
      const answer = this.search(
        origin,
        { ...q, radius },
        { facets: false, offset: 0, limit: opts.limit, sort: "distance", named },
      );
      if (answer.total >= opts.limit || radius >= q.radius) return answer;
    }
  }

  /**
   * The locations whose name matches a name search, with their score, as lib/search/sql.ts's
   * "hit" finds them: for each word of the search (`tokens`), the location's name words must hold
   * one of its like words (`likeWords`: the dictionary's words similar to it, with their
   * similarity, as the database's trigram index found them); the score is the sum over the
   * search's words of the best similarity, in float4 as PostgreSQL sums it.
   */
  namedLocations(
    tokens: readonly string[],
    likeWords: ReadonlyArray<readonly [token: string, word: string, sim: number]>,
  ): TNamedLocations {
    const out: TNamedLocations = { locationIds: [], providerIds: [], combos: [], scores: [] };
    if (!tokens.length) return out;
    const T = tokens.length;
    // Each search word's like words, as word numbers with their float4 similarity.
    const like = tokens.map((t) =>
      likeWords
        .filter((w) => w[0] === t)
        .flatMap((w) => {
          const id = this.wordIds.get(w[1]);
          return id === undefined ? [] : [{ id, sim: Math.fround(w[2]) }];
        }),
    );
    if (like.some((l) => !l.length)) return out;
    // Main points: pStamp[i] = base + k once the point matched the first k search words.
    if (this.pStampBase > 0x3fffffff - 2 * (T + 1)) {
      this.pStampBase = 0;
      this.pStamp.fill(0);
    }
    const base = this.pStampBase + 1;
    this.pStampBase += T + 1;
    const { pStamp, pBest, pScore, mPostStart, mPosting, mDead } = this;
    let touched: number[] = [];
    for (let k = 0; k < T; k++) {
      const next: number[] = [];
      for (const { id, sim } of like[k]!) {
        for (let j = mPostStart[id]!; j < mPostStart[id + 1]!; j++) {
          const i = mPosting[j]!;
          const at = pStamp[i]!;
          if (at === base + k + 1) {
            if (sim > pBest[i]!) pBest[i] = sim;
          } else if (k === 0 ? at < base : at === base + k) {
            if (k === 0) pScore[i] = 0;
            pStamp[i] = base + k + 1;
            pBest[i] = sim;
            next.push(i);
          }
        }
      }
      for (const i of next) pScore[i] = Math.fround(pScore[i]! + pBest[i]!);
      touched = next;
    }
    touched.sort((a, b) => a - b);
    for (const i of touched) {
      if (mDead[i]) continue;
      out.locationIds.push(this.mLoc[i]!);
      out.providerIds.push(this.vId[this.mProv[i]!]!);
      out.combos.push(this.mCombo[i]!);
      out.scores.push(pScore[i]!);
    }
    // Points added since the last compaction: few, checked one by one.
    const likeMaps = like.map((l) => new Map(l.map((x) => [x.id, x.sim])));
    for (const d of this.delta) {
      let score = 0;
      let every = true;
      for (const m of likeMaps) {
        let best = -1;
        for (const w of d.words) {
          const sim = m.get(w);
          if (sim !== undefined && sim > best) best = sim;
        }
        if (best < 0) {
          every = false;
          break;
        }
        score = Math.fround(score + best);
      }
      if (!every) continue;
      out.locationIds.push(d.loc);
      out.providerIds.push(this.vId[d.v]!);
      out.combos.push(d.combo);
      out.scores.push(score);
    }
    return out;
  }

  /** Stamps the providers of a name search's matches; the stamp a search compares with. */
  private markNamed(ids: Iterable<number> | undefined): number {
    if (!ids) return 0;
    if (++this.nameStamp > 0x3fffffff) {
      this.nameStamp = 1;
      this.vNamed.fill(0);
    }
    for (const id of ids) {
      const v = this.slotOf.get(id);
      if (v !== undefined) this.vNamed[v] = this.nameStamp;
    }
    return this.nameStamp;
  }

  private hit(v: number): TIndexHit {
    const ref = this.vBest[v]!;
    const at =
      ref >= 0 ? { loc: this.mLoc[ref]!, lat: this.mLat[ref]!, lng: this.mLng[ref]! } : this.delta[-1 - ref]!;
    return {
      providerId: this.vId[v]!,
      locationId: at.loc,
      meters: secToGc(this.vChord[v]!),
      lat: at.lat,
      lng: at.lng,
    };
  }
}
