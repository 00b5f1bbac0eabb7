import type { MetadataRoute } from "next";

// The web app manifest (/manifest.webmanifest): name, colours and icons for a phone's home screen.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "NeckCare Finder",
    short_name: "NeckCare",
    description:
      "Find doctors who may offer botulinum toxin injections in the neck, and prepare for the first consultation.",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0f5f73",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
