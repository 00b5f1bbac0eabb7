// Languages a doctor or the practice's staff speak, as ISO 639-1 codes: the values of the search's
// `language` filter and of the provider form's list. Profiles store codes; free text that matches
// none of these (by code, English name or own name) is kept apart and shown as written
// (normaliseLanguages below; migration 20261203090000_search_filters did the same in SQL).
// The list: the languages most spoken at home in the US (Census ACS, table B16001), plus ASL.
export const LANGUAGES = [
  { code: "en", name: "English", own: "English" },
  { code: "es", name: "Spanish", own: "Español" },
  { code: "zh", name: "Chinese", own: "中文" },
  { code: "tl", name: "Tagalog", own: "Tagalog" },
  { code: "vi", name: "Vietnamese", own: "Tiếng Việt" },
  { code: "ar", name: "Arabic", own: "العربية" },
  { code: "fr", name: "French", own: "Français" },
  { code: "ko", name: "Korean", own: "한국어" },
  { code: "ru", name: "Russian", own: "Русский" },
  { code: "pt", name: "Portuguese", own: "Português" },
  { code: "ht", name: "Haitian Creole", own: "Kreyòl ayisyen" },
  { code: "hi", name: "Hindi", own: "हिन्दी" },
  { code: "de", name: "German", own: "Deutsch" },
  { code: "pl", name: "Polish", own: "Polski" },
  { code: "it", name: "Italian", own: "Italiano" },
  { code: "ur", name: "Urdu", own: "اردو" },
  { code: "fa", name: "Persian (Farsi)", own: "فارسی" },
  { code: "gu", name: "Gujarati", own: "ગુજરાતી" },
  { code: "ja", name: "Japanese", own: "日本語" },
  { code: "bn", name: "Bengali", own: "বাংলা" },
  { code: "pa", name: "Punjabi", own: "ਪੰਜਾਬੀ" },
  { code: "te", name: "Telugu", own: "తెలుగు" },
  { code: "ta", name: "Tamil", own: "தமிழ்" },
  { code: "he", name: "Hebrew", own: "עברית" },
  { code: "hy", name: "Armenian", own: "Հայերեն" },
  { code: "el", name: "Greek", own: "Ελληνικά" },
  { code: "uk", name: "Ukrainian", own: "Українська" },
  { code: "so", name: "Somali", own: "Soomaali" },
  { code: "am", name: "Amharic", own: "አማርኛ" },
  { code: "km", name: "Khmer", own: "ភាសាខ្មែរ" },
  { code: "th", name: "Thai", own: "ไทย" },
  { code: "yi", name: "Yiddish", own: "ייִדיש" },
  { code: "nv", name: "Navajo", own: "Diné bizaad" },
  { code: "sgn", name: "American Sign Language", own: "ASL" },
] as const;

export type TLanguageCode = (typeof LANGUAGES)[number]["code"];
export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as unknown as readonly [TLanguageCode, ...TLanguageCode[]];
export const LANGUAGE_NAMES = Object.fromEntries(LANGUAGES.map((l) => [l.code, l.name])) as Record<TLanguageCode, string>;

/** Other spellings people type for these languages (lower case, accents removed). */
const ALIASES: Record<string, TLanguageCode> = {
  espanol: "es", castellano: "es", mandarin: "zh", cantonese: "zh", "chinese (mandarin)": "zh", "chinese (cantonese)": "zh",
  filipino: "tl", farsi: "fa", persian: "fa", creole: "ht", "haitian-creole": "ht", "kreyol": "ht", asl: "sgn",
  "sign language": "sgn", "american sign language (asl)": "sgn", "portugues": "pt", "francais": "fr", "deutsch": "de",
  "tieng viet": "vi", "punjabi (gurmukhi)": "pa", "panjabi": "pa", "bangla": "bn",
};

/** Lower case without accents: the key free text is recognised by. */
export function foldText(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

const BY_KEY = new Map<string, TLanguageCode>([
  ...LANGUAGES.flatMap((l) => [[l.code, l.code], [foldText(l.name), l.code], [foldText(l.own), l.code]] as Array<[string, TLanguageCode]>),
  ...(Object.entries(ALIASES) as Array<[string, TLanguageCode]>),
]);

/** The code of a language as someone typed it ("Spanish", "español", "es"), or null. */
export function languageCode(text: string): TLanguageCode | null {
  return BY_KEY.get(foldText(text)) ?? null;
}

/** Free-text languages as codes (in list order) and the texts no code was found for, as written. */
export function normaliseLanguages(texts: readonly string[]): { codes: TLanguageCode[]; other: string[] } {
  const codes: TLanguageCode[] = [];
  const other: string[] = [];
  for (const raw of texts) {
    const t = raw.trim();
    if (!t) continue;
    const code = languageCode(t);
    if (code) {
      if (!codes.includes(code)) codes.push(code);
    } else if (!other.some((o) => foldText(o) === foldText(t))) other.push(t);
  }
  const order = new Map(LANGUAGE_CODES.map((c, i) => [c, i]));
  return { codes: codes.sort((a, b) => order.get(a)! - order.get(b)!), other };
}
