// NPPES stores names in upper case ("MCGOWEN", "O'DEA", "VERGO, JR."). These turn them into the
// case people write their names in. A name that already has lower-case letters was typed that way by
// the provider and is kept as it is (only spaces are tidied).

// "Mac" is a prefix only in some names (MacMillan) and just letters in others (Mack, Macias, Machado),
// so it is capitalised inside only for these common Scottish and Irish surnames.
const MAC_SURNAMES = new Set(
  (
    "macadam macalister macallister macarthur macaskill macaulay macbean macbride maccallum maccarthy maccormack " +
    "macdermott macdonald macdonnell macdougall macdowell macduff maceachern macewen macfadyen macfarlane " +
    "macgillivray macgowan macgregor macguire macinnes macintosh macintyre macisaac mackay mackenzie mackinley " +
    "mackinnon mackintosh macknight maclachlan maclaren maclaughlin maclean macleish maclellan maclennan macleod " +
    "macmahon macmanus macmillan macmurray macnab macnair macnamara macnaughton macneal macneil macneill " +
    "macpherson macqueen macrae macvicar macwilliams"
  ).split(" "),
);

const ROMAN = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)$/;
const HAS_LOWER = /\p{Ll}/u;

function capitalise(word: string): string {
  const lower = word.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** One word (no spaces or hyphens) of a name in display case. */
function nameWord(word: string, surname: boolean): string {
  if (surname && ROMAN.test(word)) return word;
  const lower = word.toLowerCase();
  let out = capitalise(word);
  if (surname && /^mc\p{L}{2,}/u.test(lower)) out = `Mc${lower.charAt(2).toUpperCase()}${lower.slice(3)}`;
  else if (surname && MAC_SURNAMES.has(lower)) out = `Mac${lower.charAt(3).toUpperCase()}${lower.slice(4)}`;
  // O'Dea, D'Amato, L'Heureux: a one-letter prefix and an apostrophe.
  return out.replace(
    /^(\p{L})'(\p{L})/u,
    (_, a: string, b: string) => `${a.toUpperCase()}'${b.toUpperCase()}`,
  );
}

function tidy(raw: string): string {
  return raw.trim().replace(/\s+/g, " ");
}

/** A first, middle or last name in display case: "JONES-MCWILLIAMS" -> "Jones-McWilliams". */
export function displayCaseName(raw: string, kind: "given" | "surname"): string {
  const s = tidy(raw);
  if (s === "" || HAS_LOWER.test(s)) return s;
  return s
    .split(/([ -])/)
    .map((part) => (part === " " || part === "-" || part === "" ? part : nameWord(part, kind === "surname")))
    .join("");
}

/** "JR." -> "Jr.", "III" -> "III"; empty -> null. */
export function cleanSuffix(raw: string): string | null {
  const s = tidy(raw).replace(/^,\s*/, "");
  if (s === "") return null;
  const key = s.toUpperCase().replace(/\.$/, "");
  if (key === "JR") return "Jr.";
  if (key === "SR") return "Sr.";
  if (ROMAN.test(key)) return key;
  return HAS_LOWER.test(s) ? s : capitalise(s);
}

/**
 * Some records carry the suffix in the last name ("VERGO, JR."). Split it off when the suffix field
 * is empty; a bare trailing "V" is left alone (it may be part of the name).
 */
export function splitSuffix(lastName: string, suffix: string): { lastName: string; suffix: string } {
  if (tidy(suffix) !== "") return { lastName, suffix };
  const m = /^(.+?)(?:,\s*(JR|SR|II|III|IV|V)|\s+(JR|SR|II|III|IV))\.?$/i.exec(tidy(lastName));
  if (!m) return { lastName, suffix };
  return { lastName: m[1]!, suffix: m[2] ?? m[3]! };
}
