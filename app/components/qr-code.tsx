"use client";

import { useEffect, useState } from "react";

/**
 * A QR code drawn in the browser as SVG (the `qrcode` library), so the link never leaves the
 * device. The library loads with the first code shown, not with every page that might show one.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    import("qrcode")
      .then(({ default: QRCode }) => QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M", color: { dark: "#2d2a32", light: "#ffffff" } }))
      .then((markup) => isCurrent && setSvg(markup))
      .catch(() => isCurrent && setSvg(null));
    return () => {
      isCurrent = false;
    };
  }, [text]);
  return <div className="qr" role="img" aria-label={label} dangerouslySetInnerHTML={svg ? { __html: svg } : undefined} />;
}
