"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Now, by the server's clock. A phone's clock may be minutes off (and the browser tests
 * move the server's clock ahead), so every view carries `sentAt` and countdowns, quick
 * choices and checks use the server's time, corrected by the difference seen then.
 * `everyMs` makes the returned `now` tick; null keeps it still between views.
 */
export function useServerNow(sentAt: string | undefined, everyMs: number | null) {
  const offset = useRef(0);
  const serverNow = useCallback(() => Date.now() + offset.current, []);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (sentAt) offset.current = Date.parse(sentAt) - Date.now();
    setNow(serverNow());
  }, [sentAt, serverNow]);

  useEffect(() => {
    if (everyMs === null) return;
    const timer = setInterval(() => setNow(serverNow()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs, serverNow]);

  return { now, serverNow };
}

/** The viewer's own time zone, as their browser knows it. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
