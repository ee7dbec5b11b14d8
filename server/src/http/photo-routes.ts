// POST /api/v1/photos: a raw image body (JPEG, PNG or WebP, at most 5 MB), its type read from its
// bytes and required to match the header; stored under DATA_DIR/photos with a random ref.
// GET /api/v1/photos/:ref: the photo, immutable (a ref never changes content), never sniffed.
import express, { type Router } from 'express';
import {
  isPhotoType,
  PHOTO_LIMITS,
  PHOTO_REF,
  PHOTO_TYPES,
  PHOTOS_PATH,
  sniffImageType,
  type PhotoType,
  type PhotoUploadResponse,
} from '../../../core/protocol/photos';
import type { PhotoStore } from '../photos/photo-store';
import { requireAccess } from './access-guard';
import { HttpError } from './errors';

const TYPE_OF_EXT = Object.fromEntries(Object.entries(PHOTO_TYPES).map(([t, ext]) => [ext, t])) as Record<
  string,
  PhotoType
>;

export function photoRoutes(deps: { photos: PhotoStore }): Router {
  const router = express.Router();
  const accepted = Object.keys(PHOTO_TYPES).join(', ');
  router.post(
    PHOTOS_PATH,
    requireAccess('photos.upload'),
    (req, _res, next) => {
      const declared = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      next(
        isPhotoType(declared)
          ? undefined
          : new HttpError(415, 'unsupported-media-type', `send the image as one of: ${accepted}`),
      );
    },
    express.raw({ type: () => true, limit: PHOTO_LIMITS.bytes }),
    async (req, res) => {
      const body: unknown = req.body;
      if (!Buffer.isBuffer(body) || body.length === 0)
        throw new HttpError(400, 'empty-body', 'send the image bytes as the body');
      const declared = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      const actual = sniffImageType(body);
      if (actual === null)
        throw new HttpError(415, 'not-an-image', `the body is not a JPEG, PNG or WebP image`);
      if (actual !== declared)
        throw new HttpError(
          415,
          'type-mismatch',
          `the body is ${actual}, the Content-Type says ${declared}`,
          'content-type',
        );
      const ref = await deps.photos.put(body, actual);
      res.status(201).json({ ref } satisfies PhotoUploadResponse);
    },
  );
  router.get(`${PHOTOS_PATH}/:ref`, requireAccess('photos.get'), (req, res, next) => {
    const ref = String(req.params.ref);
    const file = deps.photos.fileOf(ref);
    if (!PHOTO_REF.test(ref) || file === null || !deps.photos.has(ref)) {
      next(new HttpError(404, 'not-found', 'no photo with this ref', 'ref'));
      return;
    }
    res.set({
      'Content-Type': TYPE_OF_EXT[ref.slice(ref.lastIndexOf('.') + 1)] ?? 'application/octet-stream',
      'Cache-Control': 'private, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
    res.sendFile(file, { dotfiles: 'deny', lastModified: false }, (err) => {
      if (err && !res.headersSent) next(new HttpError(404, 'not-found', 'no photo with this ref', 'ref'));
    });
  });
  return router;
}
