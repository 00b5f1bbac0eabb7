// Links, redirects and the current path that keep the interface language: on a Spanish page a
// link to "/search" goes to "/es/search". Links into the English-only areas (lib/i18n/routing.ts)
// use next/link directly.
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
