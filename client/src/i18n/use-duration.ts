import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { splitDuration } from '../format/time';

/** "12秒" / "3 min": a duration in its largest whole unit. */
export function useFormatDuration(): (ms: number) => string {
  const { t } = useTranslation();
  return useCallback(
    (ms: number) => {
      const { n, unit } = splitDuration(ms);
      return t(`duration.${unit}`, { n });
    },
    [t],
  );
}
