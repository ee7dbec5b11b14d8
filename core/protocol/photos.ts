// Photos of case work: uploaded raw (POST /api/v1/photos), answered with a ref that a case
// action's `photos` names. The type is read from the bytes, never trusted from the header.

export const PHOTOS_PATH = '/api/v1/photos';

export const PHOTO_LIMITS = { bytes: 5 * 1024 * 1024 } as const;

export const PHOTO_TYPES = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
} as const;
export type PhotoType = keyof typeof PHOTO_TYPES;

/** A stored photo's ref: 32 random hex digits and the extension of its type. */
export const PHOTO_REF = /^[0-9a-f]{32}\.(jpg|png|webp)$/;

export function isPhotoType(value: string): value is PhotoType {
  return Object.hasOwn(PHOTO_TYPES, value);
}

/** The image type the bytes are, by their magic numbers; null if none of the accepted ones. */
export function sniffImageType(bytes: Uint8Array): PhotoType | null {
  const at = (i: number) => bytes[i];
  if (bytes.length >= 3 && at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => at(i) === b)) return 'image/png';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/** POST /api/v1/photos answers 201 with this. */
export interface PhotoUploadResponse {
  ref: string;
}
