// `npm run icons`: draws the app's icons from one description and writes every size a
// browser or phone asks for. The files are committed; run this again only to change them.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const ROOT = path.resolve(import.meta.dirname, "..");

// The colours of globals.css: the calm circle of the site mark on paper.
const PAPER = "#f7f4ef";
const CALM = "#3d7a74";
const CALM_WASH = "#e3efed";

type Shape = {
  /** Corner radius of the paper, as a share of the side; 0 leaves a full square. */
  cornerRadius: number;
  /** Radius of the circle, as a share of the side. */
  circleRadius: number;
};

// A rounded tile for browsers, which show the icon as it is.
const TILE: Shape = { cornerRadius: 0.22, circleRadius: 0.34 };
// Full bleed with the circle inside the central 80 % that every mask keeps, for Android's
// maskable icons and for iOS, which rounds the corners itself and shows transparency black.
const FULL_BLEED: Shape = { cornerRadius: 0, circleRadius: 0.3 };

/** The site mark (a softly lit circle) on paper, as SVG on a 512 grid. */
function iconSvg(shape: Shape): string {
  const side = 512;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}">
  <defs>
    <radialGradient id="light" cx="0.35" cy="0.35" r="0.69">
      <stop offset="0" stop-color="${CALM_WASH}"/>
      <stop offset="1" stop-color="${CALM}"/>
    </radialGradient>
  </defs>
  <rect width="${side}" height="${side}" rx="${shape.cornerRadius * side}" fill="${PAPER}"/>
  <circle cx="${side / 2}" cy="${side / 2}" r="${shape.circleRadius * side}" fill="url(#light)"/>
</svg>
`;
}

function png(svg: string, size: number): Promise<Buffer> {
  // Drawn at 512 and scaled down, so small sizes are smoothed rather than drawn on a coarse grid.
  return sharp(Buffer.from(svg))
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/**
 * An .ico holding PNG images (every browser since 2010 reads them): a 6-byte header, one
 * 16-byte entry per image, then the images.
 */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

function write(relativePath: string, content: string | Buffer): void {
  const target = path.join(ROOT, relativePath);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content);
  console.log(`wrote ${relativePath}`);
}

const tile = iconSvg(TILE);
const fullBleed = iconSvg(FULL_BLEED);

// Next links the files under app/ from every page by their names (icon, apple-icon, favicon).
write("app/icon.svg", tile);
write("app/apple-icon.png", await png(fullBleed, 180));
write("app/favicon.ico", ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(tile, size) })))));
// The manifest's icons (app/manifest.ts names them).
for (const size of [192, 512]) {
  write(`public/icons/icon-${size}.png`, await png(tile, size));
  write(`public/icons/maskable-${size}.png`, await png(fullBleed, size));
}
