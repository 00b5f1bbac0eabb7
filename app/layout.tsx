import "./globals.css";

// The pages' own root is app/[locale]/layout.tsx, which sets <html lang>; this one only exists so
// app/not-found.tsx (addresses outside every language, e.g. a missing /sitemaps file) has a root.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
