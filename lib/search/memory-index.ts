// The radius search's in-memory index (decision 0003): a copy of the read model "SearchPoint" in
// typed arrays, bucketed in a 0.5° latitude/longitude grid, answering exactly what the SQL in
// lib/search/sql.ts answers (the same earth model, chord test, filters, facet counts, order and
// tie-breaks); tests/integration/search-engines.test.ts checks the two against each other.
// lib/search/index-sync.ts loads it and keeps it in step with the database. No I/O here.
import { EARTH_RADIUS_METERS, METERS_PER_MILE } from "@/lib/geo/distance";
import { BOARD_AREAS, GUIDANCE_OPTIONS, MIN_RATING_OPTIONS, MIN_REVIEWS_OPTIONS, MIN_VOLUME_OPTIONS, MIN_YEARS_OPTIONS, type TSearchQuery } from "@/lib/validation/search-params";
import { ALL_VERIFIED_BOARDS, boardMask, guidanceMask, RECOMMENDED_BIT } from "./bits";
import { locationFilters, matchMask, type TLocationFilters } from "./location-mask";

const R = EARTH_RADIUS_METERS;
const RAD = Math.PI / 180;

/** earthdistance's ll_to_earth(lat, lng): the point on the sphere, in metres, as PostgreSQL computes it. */
export function earthXyz(lat: number, lng: number): [number, number, number] {
  const la = lat * RAD;
  const lo = lng * RAD;
  return [R * Math.cos(la) * Math.cos(lo), R * Math.cos(la) * Math.sin(lo), R * Math.sin(la)];
}

/** earthdistance's gc_to_sec: the straight-line (chord) length of a great-circle distance. */
export function gcToSec(meters: number): number {
  if (meters < 0) return 0;
  if (meters / R > Math.PI) return 2 * R;
  return 2 * R * Math.sin(meters / (2 * R));
}

/** earthdistance's sec_to_gc: the great-circle distance of a chord. */
export function secToGc(chord: number): number {
  if (chord < 0) return 0;
  if (chord / (2 * R) > 1) return Math.PI * R;
  return 2 * R * Math.asin(chord / (2 * R));
}

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
  provBits: number;
  years: number | null;
  volume: number | null;
  rating: number | null;
  reviews: number;
  score: number | null;
};

export type TIndexHit = { providerId: number; locationId: number; meters: number; lat: number; lng: number };
export type TIndexStats = { cells: number; pointsExamined: number; candidates: number; matches: number };
export type TIndexAnswer = { total: number; facets: Record<string, number>; hits: TIndexHit[]; stats: TIndexStats };

const CELL_DEG = 0.5;
const LAT_CELLS = 180 / CELL_DEG;
const LNG_CELLS = 360 / CELL_DEG;
const rowOf = (lat: number) => Math.min(LAT_CELLS - 1, Math.max(0, Math.floor((lat + 90) / CELL_DEG)));
/** Columns wrap around the antimeridian. */
const wrapCol = (col: number) => ((col % LNG_CELLS) + LNG_CELLS) % LNG_CELLS;
const cellOf = (lat: number, lng: number) => rowOf(lat) * LNG_CELLS + wrapCol(Math.floor((lng + 180) / CELL_DEG));

// Filter groups, as in lib/search/conditions.ts: a facet count applies every group but its own.
const G_BOARD = 1;
const G_YEARS = 2;
const G_VOLUME = 4;
const G_GUIDANCE = 8;
const G_RECOMMENDED = 16;
const G_RATING = 32;
const G_REVIEWS = 64;
const G_LOCATION = 128;

/** Missing years/volume sort last in "DESC NULLS LAST" and fail every minimum (all real values are >= 0). */
const NO_INT = -1;

type TFacet = { key: string; group: number; test: (p: number) => boolean };

function grow<T extends Float64Array | Int32Array | Uint8Array>(a: T, size: number, fill?: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  if (fill !== undefined) b.fill(fill, a.length);
  return b;
}

export class SearchIndex {
  /** The database's search generation this copy reflects (lib/search/index-sync.ts). */
  generation = "0";

  // Points (one per located practice), by slot.
  private pCap = 0;
  private px = new Float64Array(0);
  private py = new Float64Array(0);
  private pz = new Float64Array(0);
  private pLat = new Float64Array(0);
  private pLng = new Float64Array(0);
  private pLoc = new Int32Array(0);
  private pProv = new Int32Array(0);
  private pCombo = new Uint8Array(0);
  private pCell = new Int32Array(0);
  private pCellPos = new Int32Array(0);
  private pNext = new Int32Array(0);
  private pFree: number[] = [];
  private pUsed = 0;

  // Providers, by slot: their facts, their list of points, and per-search scratch space.
  private vCap = 0;
  private vId = new Int32Array(0);
  private vBits = new Int32Array(0);
  private vYears = new Int32Array(0);
  private vVolume = new Int32Array(0);
  private vRating = new Float64Array(0);
  private vReviews = new Int32Array(0);
  private vScore = new Float64Array(0);
  private vHead = new Int32Array(0);
  private vStamp = new Int32Array(0);
  private vMask = new Int32Array(0);
  private vChord = new Float64Array(0);
  private vBest = new Int32Array(0);
  private vFree: number[] = [];
  private slotOf = new Map<number, number>();

  private cells = new Map<number, number[]>();
  private stamp = 0;
  private cand = new Int32Array(0);

  get providers(): number {
    return this.slotOf.size;
  }
  get points(): number {
    return this.pUsed;
  }

  /** Adds rows; a provider's facts are the same on each of its rows. */
  add(rows: Iterable<TPointRow>): void {
    for (const r of rows) {
      const v = this.providerSlot(r);
      const i = this.pointSlot();
      this.px[i] = r.x;
      this.py[i] = r.y;
      this.pz[i] = r.z;
      this.pLat[i] = r.lat;
      this.pLng[i] = r.lng;
      this.pLoc[i] = r.locationId;
      this.pProv[i] = v;
      this.pCombo[i] = r.locCombo;
      this.pNext[i] = this.vHead[v]!;
      this.vHead[v] = i;
      const cell = cellOf(r.lat, r.lng);
      let list = this.cells.get(cell);
      if (!list) this.cells.set(cell, (list = []));
      this.pCell[i] = cell;
      this.pCellPos[i] = list.length;
      list.push(i);
    }
  }

  /** Removes every point of these providers (then `add` their current rows, if any). */
  remove(providerIds: Iterable<number>): void {
    for (const id of providerIds) {
      const v = this.slotOf.get(id);
      if (v === undefined) continue;
      for (let i = this.vHead[v]!; i !== -1; ) {
        const next = this.pNext[i]!;
        const list = this.cells.get(this.pCell[i]!)!;
        const pos = this.pCellPos[i]!;
        const last = list.pop()!;
        if (last !== i) {
          list[pos] = last;
          this.pCellPos[last] = pos;
        }
        if (list.length === 0) this.cells.delete(this.pCell[i]!);
        this.pFree.push(i);
        this.pUsed--;
        i = next;
      }
      this.vHead[v] = -1;
      this.slotOf.delete(id);
      this.vFree.push(v);
    }
  }

  private providerSlot(r: TPointRow): number {
    let v = this.slotOf.get(r.providerId);
    if (v === undefined) {
      v = this.vFree.pop();
      if (v === undefined) {
        if (this.slotOf.size >= this.vCap) this.growProviders();
        v = this.slotOf.size;
      }
      this.slotOf.set(r.providerId, v);
      this.vHead[v] = -1;
    }
    this.vId[v] = r.providerId;
    this.vBits[v] = r.provBits;
    this.vYears[v] = r.years ?? NO_INT;
    this.vVolume[v] = r.volume ?? NO_INT;
    // -Infinity fails every minimum rating and sorts last in "DESC NULLS LAST", as NULL does.
    this.vRating[v] = r.rating ?? -Infinity;
    this.vReviews[v] = r.reviews;
    this.vScore[v] = r.score ?? -Infinity;
    return v;
  }

  private growProviders() {
    const n = Math.max(1024, this.vCap * 2);
    this.vId = grow(this.vId, n);
    this.vBits = grow(this.vBits, n);
    this.vYears = grow(this.vYears, n);
    this.vVolume = grow(this.vVolume, n);
    this.vRating = grow(this.vRating, n);
    this.vReviews = grow(this.vReviews, n);
    this.vScore = grow(this.vScore, n);
    this.vHead = grow(this.vHead, n, -1);
    this.vStamp = grow(this.vStamp, n);
    this.vMask = grow(this.vMask, n);
    this.vChord = grow(this.vChord, n);
    this.vBest = grow(this.vBest, n);
    this.cand = grow(this.cand, n);
    this.vCap = n;
  }

  private pointSlot(): number {
    this.pUsed++;
    const free = this.pFree.pop();
    if (free !== undefined) return free;
    const i = this.pUsed - 1;
    if (i >= this.pCap) {
      const n = Math.max(1024, this.pCap * 2);
      this.px = grow(this.px, n);
      this.py = grow(this.py, n);
      this.pz = grow(this.pz, n);
      this.pLat = grow(this.pLat, n);
      this.pLng = grow(this.pLng, n);
      this.pLoc = grow(this.pLoc, n);
      this.pProv = grow(this.pProv, n);
      this.pCombo = grow(this.pCombo, n);
      this.pCell = grow(this.pCell, n);
      this.pCellPos = grow(this.pCellPos, n);
      this.pNext = grow(this.pNext, n);
      this.pCap = n;
    }
    return i;
  }

  /**
   * Providers with a location within `radiusMeters` (chord test, as the SQL's cube_distance), each
   * once, with the mask of its in-radius locations' filter combinations and its nearest in-radius
   * location among those that satisfy `locMask`. Returns how many candidates are in `this.cand`.
   */
  private scan(lat: number, lng: number, radiusMeters: number, locMask: number, stats: TIndexStats): number {
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
    const lngSpan = allLngs ? 180 : Math.asin(Math.min(1, Math.sin(alpha) / Math.cos(lat * RAD))) / RAD + 0.01;
    const rowLo = rowOf(latLo);
    const rowHi = rowOf(latHi);
    const colLo = Math.floor((lng - lngSpan + 180) / CELL_DEG);
    const colHi = allLngs || lngSpan >= 180 ? colLo + LNG_CELLS - 1 : Math.floor((lng + lngSpan + 180) / CELL_DEG);
    const { px, py, pz, pProv, pCombo, pLoc, vStamp, vMask, vChord, vBest, cand } = this;
    let n = 0;
    for (let row = rowLo; row <= rowHi; row++) {
      for (let col = colLo; col <= Math.min(colHi, colLo + LNG_CELLS - 1); col++) {
        const list = this.cells.get(row * LNG_CELLS + wrapCol(col));
        if (!list) continue;
        stats.cells++;
        stats.pointsExamined += list.length;
        for (let k = 0; k < list.length; k++) {
          const i = list[k]!;
          const dx = px[i]! - ox;
          const dy = py[i]! - oy;
          const dz = pz[i]! - oz;
          const d = Math.sqrt(dx * dx + dy * dy + dz * dz);
          if (!(d <= limit)) continue;
          const v = pProv[i]!;
          if (vStamp[v] !== stamp) {
            vStamp[v] = stamp;
            vMask[v] = 0;
            vChord[v] = Infinity;
            vBest[v] = -1;
            cand[n++] = v;
          }
          const bit = 1 << pCombo[i]!;
          vMask[v]! |= bit;
          if ((bit & locMask) !== 0) {
            const best = vBest[v]!;
            if (d < vChord[v]! || (d === vChord[v]! && best !== -1 && pLoc[i]! < pLoc[best]!)) {
              vChord[v] = d;
              vBest[v] = i;
            }
          }
        }
      }
    }
    stats.candidates = n;
    return n;
  }

  private compile(q: TSearchQuery) {
    const { vBits, vYears, vVolume, vRating, vReviews, vMask } = this;
    const loc = locationFilters(q);
    const board = q.board.length ? boardMask(q.board, q.verified) : q.verified ? ALL_VERIFIED_BOARDS : 0;
    const guidance = q.guidance.length ? guidanceMask(q.guidance) : 0;
    const locMask = loc.accepting || loc.telehealth || loc.noReferral ? matchMask(loc) : 0;
    const minYears = q.minYears || 0;
    const minVolume = q.minVolume || 0;
    const minRating = q.minRating || 0;
    const minReviews = q.minReviews || 0;
    /** The groups a provider fails (0: it matches). */
    const fails = (v: number): number => {
      let f = 0;
      const bits = vBits[v]!;
      if (board !== 0 && (bits & board) === 0) f |= G_BOARD;
      if (minYears !== 0 && !(vYears[v]! >= minYears)) f |= G_YEARS;
      if (minVolume !== 0 && !(vVolume[v]! >= minVolume)) f |= G_VOLUME;
      if (guidance !== 0 && (bits & guidance) === 0) f |= G_GUIDANCE;
      if (q.recommended && (bits & RECOMMENDED_BIT) === 0) f |= G_RECOMMENDED;
      if (minRating !== 0 && !(vRating[v]! >= minRating)) f |= G_RATING;
      if (minReviews !== 0 && !(vReviews[v]! >= minReviews)) f |= G_REVIEWS;
      if (locMask !== 0 && (vMask[v]! & locMask) === 0) f |= G_LOCATION;
      return f;
    };
    const bitsTest = (mask: number) => (v: number) => (vBits[v]! & mask) !== 0;
    const locTest = (extra: TLocationFilters) => {
      const m = matchMask({ ...loc, ...extra });
      return (v: number) => (vMask[v]! & m) !== 0;
    };
    // The same keys and options as lib/search/facets.ts.
    const facets: TFacet[] = [];
    for (const area of BOARD_AREAS) facets.push({ key: `board:${area}`, group: G_BOARD, test: bitsTest(boardMask([area], q.verified)) });
    facets.push({ key: "verified", group: G_BOARD, test: bitsTest(q.board.length ? boardMask(q.board, true) : ALL_VERIFIED_BOARDS) });
    for (const n of MIN_YEARS_OPTIONS) facets.push({ key: `minYears:${n}`, group: G_YEARS, test: (v) => vYears[v]! >= n });
    for (const n of MIN_VOLUME_OPTIONS) facets.push({ key: `minVolume:${n}`, group: G_VOLUME, test: (v) => vVolume[v]! >= n });
    for (const g of GUIDANCE_OPTIONS) facets.push({ key: `guidance:${g}`, group: G_GUIDANCE, test: bitsTest(guidanceMask([g])) });
    facets.push({ key: "recommended", group: G_RECOMMENDED, test: bitsTest(RECOMMENDED_BIT) });
    for (const n of MIN_RATING_OPTIONS) facets.push({ key: `minRating:${n}`, group: G_RATING, test: (v) => vRating[v]! >= n });
    for (const n of MIN_REVIEWS_OPTIONS) facets.push({ key: `minReviews:${n}`, group: G_REVIEWS, test: (v) => vReviews[v]! >= n });
    facets.push({ key: "accepting", group: G_LOCATION, test: locTest({ accepting: true }) });
    facets.push({ key: "telehealth", group: G_LOCATION, test: locTest({ telehealth: true }) });
    facets.push({ key: "noReferral", group: G_LOCATION, test: locTest({ noReferral: true }) });
    return { fails, facets, locMask: locMask || 255 };
  }

  /** "Comes before" in the order of lib/search/sql.ts (orderSql), ties broken by provider id. */
  private before(sort: TSearchQuery["sort"]): (a: number, b: number) => boolean {
    const { vChord, vId, vYears, vVolume, vScore, vReviews } = this;
    const near = (a: number, b: number) => vChord[a]! < vChord[b]! || (vChord[a] === vChord[b] && vId[a]! < vId[b]!);
    if (sort === "experience")
      return (a, b) =>
        vYears[a] !== vYears[b] ? vYears[a]! > vYears[b]! : vVolume[a] !== vVolume[b] ? vVolume[a]! > vVolume[b]! : near(a, b);
    if (sort === "rating")
      return (a, b) =>
        vScore[a] !== vScore[b] ? vScore[a]! > vScore[b]! : vReviews[a] !== vReviews[b] ? vReviews[a]! > vReviews[b]! : near(a, b);
    return near;
  }

  /**
   * The matches of a search: the total, with `facets` every facet count, and the hits ranked
   * `offset` to `offset + limit` in the search's order.
   */
  search(
    origin: { lat: number; lng: number },
    q: TSearchQuery,
    opts: { facets: boolean; offset: number; limit: number; sort?: TSearchQuery["sort"] },
  ): TIndexAnswer {
    const stats: TIndexStats = { cells: 0, pointsExamined: 0, candidates: 0, matches: 0 };
    const { fails, facets, locMask } = this.compile(q);
    const n = this.scan(origin.lat, origin.lng, q.radius * METERS_PER_MILE, locMask, stats);
    const counts = new Int32Array(facets.length);
    const heap = new TopK(opts.offset + opts.limit, this.before(opts.sort ?? q.sort));
    let total = 0;
    const cand = this.cand;
    for (let k = 0; k < n; k++) {
      const v = cand[k]!;
      const f = fails(v);
      if (f === 0) {
        total++;
        heap.offer(v);
      }
      if (opts.facets && (f & (f - 1)) === 0) {
        // Fails at most one group: it counts for that group's options (or every option, if none).
        for (let j = 0; j < facets.length; j++) {
          const facet = facets[j]!;
          if ((f === 0 || f === facet.group) && facet.test(v)) counts[j]!++;
        }
      }
    }
    stats.matches = total;
    const facetCounts: Record<string, number> = { total };
    if (opts.facets) facets.forEach((f, j) => (facetCounts[f.key] = counts[j]!));
    const hits = heap
      .sorted()
      .slice(opts.offset)
      .map((v) => this.hit(v));
    return { total, facets: facetCounts, hits, stats };
  }

  private hit(v: number): TIndexHit {
    const i = this.vBest[v]!;
    return { providerId: this.vId[v]!, locationId: this.pLoc[i]!, meters: secToGc(this.vChord[v]!), lat: this.pLat[i]!, lng: this.pLng[i]! };
  }
}

/** The best `k` of a stream under `before`, kept in a binary heap whose root is the worst kept. */
class TopK {
  private items: number[] = [];
  constructor(
    private readonly k: number,
    private readonly before: (a: number, b: number) => boolean,
  ) {}

  offer(v: number): void {
    const h = this.items;
    if (this.k <= 0) return;
    if (h.length < this.k) {
      h.push(v);
      for (let i = h.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!this.before(h[parent]!, h[i]!)) break;
        [h[parent], h[i]] = [h[i]!, h[parent]!];
        i = parent;
      }
      return;
    }
    if (!this.before(v, h[0]!)) return;
    h[0] = v;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < h.length && this.before(h[worst]!, h[l]!)) worst = l;
      if (r < h.length && this.before(h[worst]!, h[r]!)) worst = r;
      if (worst === i) break;
      [h[worst], h[i]] = [h[i]!, h[worst]!];
      i = worst;
    }
  }

  sorted(): number[] {
    return [...this.items].sort((a, b) => (this.before(a, b) ? -1 : this.before(b, a) ? 1 : 0));
  }
}
