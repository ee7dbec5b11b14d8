// Photos of case work on disk: DATA_DIR/photos/<ref>, where the ref is random (not guessable, not
// derived from the content) and ends with the extension of the type the bytes were sniffed as.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PHOTO_REF, PHOTO_TYPES, type PhotoType } from '../../../core/protocol/photos';

export interface PhotoStore {
  readonly dir: string;
  /** Writes the bytes (their type already checked); answers the new ref. */
  put(bytes: Uint8Array, type: PhotoType): Promise<string>;
  /** Stores bytes under a fixed ref unless it is there (the simulator's placeholder, same in every run). */
  keep(ref: string, bytes: Uint8Array): Promise<string>;
  has(ref: string): boolean;
  /** The file of a ref, or null for a ref that is not one of ours. */
  fileOf(ref: string): string | null;
}

export function createPhotoStore(dataDir: string): PhotoStore {
  const dir = path.join(dataDir, 'photos');
  // Made with the first photo: a server that never gets one keeps DATA_DIR as it was.
  const ensureDir = () => fs.promises.mkdir(dir, { recursive: true });
  const fileOf = (ref: string) => (PHOTO_REF.test(ref) ? path.join(dir, ref) : null);
  return {
    dir,
    async put(bytes, type) {
      const ref = `${crypto.randomBytes(16).toString('hex')}.${PHOTO_TYPES[type]}`;
      const file = path.join(dir, ref);
      // Written aside, then renamed: a half-written photo never has a ref.
      const tmp = `${file}.part`;
      await ensureDir();
      await fs.promises.writeFile(tmp, bytes, { flag: 'wx', mode: 0o640 });
      await fs.promises.rename(tmp, file);
      return ref;
    },
    async keep(ref, bytes) {
      const file = fileOf(ref);
      if (file === null) throw new Error(`not a photo ref: ${ref}`);
      await ensureDir();
      if (!fs.existsSync(file)) await fs.promises.writeFile(file, bytes, { mode: 0o640 });
      return ref;
    },
    has(ref) {
      const file = fileOf(ref);
      return file !== null && fs.existsSync(file);
    },
    fileOf,
  };
}
