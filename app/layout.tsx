import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";
import { THEME_COLOUR } from "./theme-colour";

export const metadata: Metadata = {
  title: "Breathing Room",
  description: "A calm, private place for two partners to agree on time alone and time together.",
  referrer: "no-referrer",
};

// Every page is rendered per request, so Next can put this response's CSP nonce on its scripts.
export const dynamic = "force-dynamic";

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: THEME_COLOUR };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <span className="site-mark" aria-hidden="true" />
          <Link href="/">Breathing Room</Link>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
