"use client";

import { useEffect, useState } from "react";

/**
 * KEY3: the ways to keep a personal link besides copying it: the system share sheet where
 * the browser has one (Web Share API), and a small text file to download.
 */
export function LinkKeepers({ link, name, isOwn }: { link: string; name: string; isOwn: boolean }) {
  // Known only in the browser; rendering it later keeps the server's HTML and the first paint equal.
  const [canShare, setCanShare] = useState(false);
  useEffect(() => setCanShare(typeof navigator.share === "function"), []);

  async function share() {
    try {
      await navigator.share({ title: "Breathing Room", text: isOwn ? "My link to our space" : `${name}’s link to your space`, url: link });
    } catch {
      // Closing the share sheet is not a problem worth a message.
    }
  }

  function download() {
    const text = `${isOwn ? "Your" : `${name}’s`} personal link to Breathing Room.\nKeep this link: it is how you get back in. Anyone with it can open the space as ${isOwn ? "you" : name}.\n\n${link}\n`;
    const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = `breathing-room-link-${fileSafe(name)}.txt`;
    anchor.click();
    URL.revokeObjectURL(url);
  }

  return (
    <div className="row link-keepers">
      {canShare && (
        <button type="button" className="button small quiet" onClick={share}>
          Share…
        </button>
      )}
      <button type="button" className="button small quiet" onClick={download} aria-label={`Download ${isOwn ? "your" : `${name}’s`} link as a file`}>
        Download
      </button>
    </div>
  );
}

function fileSafe(name: string): string {
  return name.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "person";
}
