import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { defaultPhotoLimits, processPhoto } from './photos.js';

/** A small red JPEG carrying camera EXIF and a GPS position (Utrecht), as a phone would write it. */
async function jpegWithGps(width = 64, height = 48, orientation?: number): Promise<Buffer> {
  let image = sharp({ create: { width, height, channels: 3, background: '#c00' } }).jpeg();
  if (orientation !== undefined) image = image.withMetadata({ orientation });
  return image
    .withExifMerge({
      IFD0: { Make: 'LeakCam', Model: 'Tracker 9000' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 0/1' },
    })
    .toBuffer();
}

/** Whether a JPEG has an APP1 segment (EXIF or XMP) before its image data. */
function hasApp1(jpeg: Buffer): boolean {
  let offset = 2;
  while (offset + 4 <= jpeg.length && jpeg[offset] === 0xff) {
    const marker = jpeg[offset + 1]!;
    if (marker === 0xe1) return true;
    if (marker === 0xda) return false; // start of scan: no more metadata segments
    offset += 2 + jpeg.readUInt16BE(offset + 2);
  }
  return false;
}

/** The GPS IFD pointer (tag 0x8825) in an EXIF block, in either byte order. */
function hasGpsPointer(exif: Buffer): boolean {
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}

describe('processPhoto', () => {
  it('re-encodes a JPEG without its EXIF, GPS position or camera name', async () => {
    const input = await jpegWithGps();
    const before = await sharp(input).metadata();
    expect(before.exif).toBeDefined();
    expect(hasGpsPointer(before.exif!)).toBe(true);
    expect(input.includes('LeakCam')).toBe(true);
    expect(hasApp1(input)).toBe(true);

    const result = await processPhoto(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { photo } = result;
    expect(photo.contentType).toBe('image/jpeg');
    expect([photo.width, photo.height]).toEqual([64, 48]);
    const after = await sharp(photo.content).metadata();
    expect(after.format).toBe('jpeg');
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(hasApp1(photo.content)).toBe(false);
    expect(photo.content.includes('LeakCam')).toBe(false);
    expect(photo.content.includes('Tracker')).toBe(false);
  });

  it('turns the pixels upright by the EXIF orientation before dropping it', async () => {
    const input = await jpegWithGps(64, 48, 6);
    expect((await sharp(input).metadata()).orientation).toBe(6);
    const result = await processPhoto(input);
    expect(result.ok && [result.photo.width, result.photo.height]).toEqual([48, 64]);
    if (result.ok) expect((await sharp(result.photo.content).metadata()).orientation).toBeUndefined();
  });

  it('accepts PNG and WebP, stored as JPEG with transparency on white', async () => {
    const png = await sharp({ create: { width: 20, height: 10, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const webp = await sharp({ create: { width: 30, height: 10, channels: 3, background: '#0a0' } })
      .webp()
      .toBuffer();
    for (const input of [png, webp]) {
      const result = await processPhoto(input);
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      const meta = await sharp(result.photo.content).metadata();
      expect(meta.format).toBe('jpeg');
      expect(meta.hasAlpha).toBe(false);
    }
    const fromPng = await processPhoto(png);
    if (fromPng.ok) {
      const { data } = await sharp(fromPng.photo.content).raw().toBuffer({ resolveWithObject: true });
      expect(data[0]).toBeGreaterThan(240); // white, not black
    }
  });

  it('scales a large photo down to the longest side of 2560 pixels', async () => {
    const input = await sharp({ create: { width: 4000, height: 1000, channels: 3, background: '#00c' } })
      .jpeg()
      .toBuffer();
    const result = await processPhoto(input);
    expect(result.ok && [result.photo.width, result.photo.height]).toEqual([2560, 640]);
  });

  it('refuses a file that is not an image, whatever its name', async () => {
    const result = await processPhoto(Buffer.from('<script>alert(1)</script>\n'));
    expect(result).toEqual({ ok: false, message: expect.objectContaining({ nl: expect.stringMatching(/geen foto/) }) as unknown });
  });

  it('refuses other image types such as GIF and SVG', async () => {
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    expect((await processPhoto(gif)).ok).toBe(false);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
    expect((await processPhoto(svg)).ok).toBe(false);
  });

  it('refuses a truncated JPEG', async () => {
    const full = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#0c0' } })
      .jpeg()
      .toBuffer();
    const result = await processPhoto(full.subarray(0, Math.floor(full.length / 2)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.nl).toMatch(/beschadigd of niet volledig/);
  });

  it('refuses an image with more pixels than the limit before decoding it', async () => {
    const input = await sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#fff' } })
      .jpeg()
      .toBuffer();
    expect(input.length).toBeLessThan(defaultPhotoLimits.maxBytes);
    const result = await processPhoto(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toEqual(expect.objectContaining({ nl: expect.stringMatching(/40 megapixel/) }) as unknown);
  });

  it('refuses an empty file and a file over the size limit, before looking inside', async () => {
    expect(await processPhoto(Buffer.alloc(0))).toEqual({ ok: false, message: { nl: 'Het bestand is leeg.', en: 'The file is empty.' } });
    const small = await jpegWithGps();
    expect(small.length).toBeGreaterThan(200);
    const result = await processPhoto(small, { ...defaultPhotoLimits, maxBytes: 200 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.nl).toBe('De foto is groter dan 1 kB. Kies een kleinere foto.');
  });
});
