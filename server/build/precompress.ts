import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** What a browser fetches from /_next/static that compresses well; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(js|css|json|svg|txt|map)$/;
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every compressible file of the
 * build's static assets, at the strongest settings: done once per build, where Next
 * would gzip each response again at a middling level. Content-hashed names mean a copy
 * never goes stale; a copy older than its file is written again all the same.
 */
export function precompressStaticAssets(staticDir: string): { files: number; written: number; bytes: number; brotliBytes: number } {
  const totals = { files: 0, written: 0, bytes: 0, brotliBytes: 0 };
  for (const file of listFiles(staticDir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const { size, mtimeMs } = statSync(file);
    if (size < MIN_BYTES) continue;
    let brotli: Buffer;
    if (isFresh(`${file}.br`, mtimeMs) && isFresh(`${file}.gz`, mtimeMs)) {
      brotli = readFileSync(`${file}.br`);
    } else {
      const content = readFileSync(file);
      brotli = brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: size, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } });
      writeAtomically(`${file}.br`, brotli);
      writeAtomically(`${file}.gz`, gzipSync(content, { level: 9 }));
      totals.written += 1;
    }
    totals.files += 1;
    totals.bytes += size;
    totals.brotliBytes += brotli.length;
  }
  return totals;
}

/** A running server may be reading the copy: it sees the old one or the new one, never half. */
function writeAtomically(target: string, content: Buffer): void {
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, target);
}

function isFresh(copy: string, sourceMtimeMs: number): boolean {
  try {
    return statSync(copy).mtimeMs >= sourceMtimeMs;
  } catch {
    return false;
  }
}

function listFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}
