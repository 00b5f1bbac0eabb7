// Search radius choices in miles (the public contract of /search and /api/providers).
export const RADIUS_OPTIONS = [5, 10, 25, 50, 100] as const;
export const DEFAULT_RADIUS = 25;
