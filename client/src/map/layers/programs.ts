// The live map's point layers (the cases, the new cases' rings, the people, the selection's ring)
// compile to one shader program: under a software rasteriser each distinct program costs up to
// seconds of compiling, at its link and before the first frame that draws it, and a layer links
// its programs even while it is hidden. The cases' layer filters closed cases out on the GPU; the
// others take the same extension and filter nothing out, so their shaders are the same text and
// luma.gl links the program once.
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';

export const POINT_EXTENSIONS = [new DataFilterExtension({ filterSize: 1 })];

/** For a point layer that shows all its data, with the cases' program. */
export const UNFILTERED = {
  extensions: POINT_EXTENSIONS,
  getFilterValue: 1,
  filterRange: [1, 1],
} satisfies Pick<DataFilterExtensionProps<unknown>, 'getFilterValue' | 'filterRange'> & {
  extensions: unknown[];
};
