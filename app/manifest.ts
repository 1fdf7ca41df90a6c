import type { MetadataRoute } from "next";
import { THEME_COLOUR } from "./theme-colour";

/** Lets a phone keep Breathing Room on its home screen and open it like an app. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Breathing Room",
    short_name: "Breathing Room",
    description: "A calm, private place for two partners to agree on time alone and time together.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: THEME_COLOUR,
    theme_color: THEME_COLOUR,
    // The icons are drawn by `npm run icons` (scripts/make-icons.ts).
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
    ],
  };
}
