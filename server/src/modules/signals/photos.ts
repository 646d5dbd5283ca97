import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import type { Bilingual, StoredPhotoInput } from './intake.js';

/**
 * Photos with a signal, whoever sends them: the type is decided on the content (never the name or the
 * declared type), size and pixel count are limited, and the image is decoded and encoded again as JPEG.
 * Re-encoding without `withMetadata()` drops everything that is not pixels: EXIF (camera, time, GPS
 * position), XMP, IPTC and ICC profiles. The EXIF orientation is applied to the pixels first, so a photo
 * taken upright stays upright. A truncated or corrupt file is refused, not patched up (ADR 0011).
 */

export interface PhotoLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Largest decoded image, in pixels (width × height), checked before decoding. */
  maxPixels: number;
  /** Longest side of the stored photo; larger photos are scaled down. */
  maxDimension: number;
}

export const defaultPhotoLimits: PhotoLimits = { maxBytes: 10 * 1024 * 1024, maxPixels: 40_000_000, maxDimension: 2560 };

/** Types accepted as photos, detected on the content. */
export const PHOTO_TYPES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/webp']);

const JPEG_QUALITY = 85;

export type PhotoResult = { ok: true; photo: StoredPhotoInput } | { ok: false; message: Bilingual };

/** 10 MB, or 500 kB below one megabyte. */
const sizeLabel = (bytes: number): string => (bytes >= 1024 * 1024 ? `${Math.floor(bytes / 1024 / 1024)} MB` : `${Math.max(1, Math.floor(bytes / 1024))} kB`);

/** Why a file over the size limit is refused (also for callers that stop reading at the limit). */
export function tooLargeMessage(limits: Pick<PhotoLimits, 'maxBytes'>): Bilingual {
  return {
    nl: `De foto is groter dan ${sizeLabel(limits.maxBytes)}. Kies een kleinere foto.`,
    en: `The photo is larger than ${sizeLabel(limits.maxBytes)}. Please choose a smaller photo.`,
  };
}

/** Checks one uploaded photo and returns it re-encoded without metadata, or why it is refused. */
export async function processPhoto(content: Buffer, limits: PhotoLimits = defaultPhotoLimits): Promise<PhotoResult> {
  if (content.length === 0) return { ok: false, message: { nl: 'Het bestand is leeg.', en: 'The file is empty.' } };
  if (content.length > limits.maxBytes) return { ok: false, message: tooLargeMessage(limits) };
  const detected = await fileTypeFromBuffer(content);
  if (!detected || !PHOTO_TYPES.has(detected.mime)) {
    return {
      ok: false,
      message: {
        nl: 'Dit bestand is geen foto. Kies een JPEG-, PNG- of WebP-bestand.',
        en: 'This file is not a photo. Please choose a JPEG, PNG or WebP file.',
      },
    };
  }
  try {
    const { data, info } = await sharp(content, { failOn: 'truncated', limitInputPixels: limits.maxPixels, autoOrient: true })
      .resize({ width: limits.maxDimension, height: limits.maxDimension, fit: 'inside', withoutEnlargement: true })
      // JPEG has no transparency: transparent parts of a PNG or WebP become white, not black.
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: JPEG_QUALITY })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, photo: { content: data, contentType: 'image/jpeg', width: info.width, height: info.height } };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      const mp = String(Math.round(limits.maxPixels / 1_000_000));
      return {
        ok: false,
        message: {
          nl: `De foto heeft te veel pixels (meer dan ${mp} megapixel). Kies een kleinere foto.`,
          en: `The photo has too many pixels (more than ${mp} megapixels). Please choose a smaller photo.`,
        },
      };
    }
    return {
      ok: false,
      message: {
        nl: 'De foto is beschadigd of niet volledig. Kies de foto opnieuw of kies een andere.',
        en: 'The photo is damaged or incomplete. Please choose it again or choose another one.',
      },
    };
  }
}
