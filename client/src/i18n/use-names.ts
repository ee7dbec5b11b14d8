// Names of places, categories and feeds in the current language (area data carries nameEn for communities,
// cells and cameras).
import { useMemo } from 'react';
import { useWords } from './use-words';
import { isCategoryId } from '../../../core/domain/categories';
import { FEED_SOURCES, type FeedSource } from '../../../core/domain/feed-health';
import type { AreaIndex } from '../state/area-store';

export function useNames() {
  const { t, i18n } = useWords();
  const english = i18n.language === 'en';
  return useMemo(
    () => ({
      community: (area: AreaIndex | null, code: string): string => {
        const c = area?.communityByCode.get(code);
        if (!c) return code;
        return english ? c.nameEn || c.name : c.name;
      },
      cell: (area: AreaIndex | null, code: string): string => {
        const c = area?.cellByCode.get(code)?.properties;
        if (!c) return code;
        return english ? c.nameEn || c.name : c.name;
      },
      camera: (area: AreaIndex | null, id: string): string => {
        const c = area?.cameraById.get(id)?.properties;
        if (!c) return id;
        return english ? c.nameEn || c.name : c.name;
      },
      category: (id: string): string => (isCategoryId(id) ? t(`category.${id}`) : id),
      /** A feed by its source, or the source itself when it is not one we name. */
      feed: (source: string): string =>
        (FEED_SOURCES as readonly string[]).includes(source) ? t(`source.${source as FeedSource}`) : source,
    }),
    [t, english],
  );
}
