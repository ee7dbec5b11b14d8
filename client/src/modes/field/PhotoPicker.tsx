// Take or add photos: the phone's camera (capture) or its gallery, each resized to ≤ 2 MP in the
// browser and uploaded at once with its progress; type and size problems are said plainly.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { photoUrl, RequestError, uploadPhoto } from '../../net/case-actions-api';
import { checkPickedFile, MAX_PHOTO_BYTES } from './field-cases';
import { resizePhoto } from './resize-image';

export interface PickedPhoto {
  key: number;
  name: string;
  progress: number; // 0..1
  ref?: string;
  error?: string;
}

let nextKey = 1;

export function PhotoPicker({
  photos,
  setPhotos,
}: {
  photos: PickedPhoto[];
  setPhotos: (update: (p: PickedPhoto[]) => PickedPhoto[]) => void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(0);
  const patch = (key: number, change: Partial<PickedPhoto>) =>
    setPhotos((list) => list.map((p) => (p.key === key ? { ...p, ...change } : p)));

  const add = async (file: File) => {
    const key = nextKey++;
    setPhotos((list) => [...list, { key, name: file.name, progress: 0 }]);
    const problem = checkPickedFile(file);
    if (problem) return patch(key, { error: t(`field.photoError.${problem}`) });
    setBusy((n) => n + 1);
    try {
      let blob: Blob;
      try {
        blob = await resizePhoto(file);
      } catch {
        return patch(key, { error: t('field.photoError.unreadable') });
      }
      if (blob.size > MAX_PHOTO_BYTES) return patch(key, { error: t('field.photoError.too-large') });
      const ref = await uploadPhoto(blob, (progress) => patch(key, { progress }));
      patch(key, { ref, progress: 1 });
    } catch (error) {
      const reason = error instanceof RequestError ? error.reason : String(error);
      patch(key, { error: t('field.photoError.upload', { reason }) });
    } finally {
      setBusy((n) => n - 1);
    }
  };

  return (
    <div className="photo-picker">
      <div className="photo-picker__list" data-testid="photo-list">
        {photos.map((p) => (
          <figure
            key={p.key}
            className={`photo${p.error ? ' photo--error' : ''}`}
            data-testid="photo"
            data-ref={p.ref ?? ''}
          >
            {p.ref ? <img src={photoUrl(p.ref)} alt={p.name} /> : <div className="photo__placeholder" />}
            <figcaption>
              {p.error ??
                (p.ref
                  ? t('field.photoUploaded')
                  : t('field.photoUploading', { n: Math.round(p.progress * 100) }))}
            </figcaption>
            {!p.ref && !p.error && <progress max={1} value={p.progress} />}
            <button
              type="button"
              className="photo__remove"
              onClick={() => setPhotos((list) => list.filter((x) => x.key !== p.key))}
              aria-label={t('field.removePhoto')}
            >
              ×
            </button>
          </figure>
        ))}
      </div>
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        hidden
        data-testid="photo-input"
        onChange={(event) => {
          for (const file of event.target.files ?? []) void add(file);
          event.target.value = ''; // the same photo may be picked again
        }}
      />
      <button
        type="button"
        className="field-button field-button--secondary"
        onClick={() => input.current?.click()}
      >
        {busy > 0 ? t('field.uploading') : t('field.addPhoto')}
      </button>
    </div>
  );
}
