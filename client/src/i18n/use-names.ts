// Names of places and categories in the current language (area data carries nameEn for communities,
// cells and cameras).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isCategoryId } from '../../../core/domain/categories';
import type { AreaIndex } from '../state/area-store';

export function useNames() {
  const { t, i18n } = useTranslation();
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
    }),
    [t, english],
  );
}
