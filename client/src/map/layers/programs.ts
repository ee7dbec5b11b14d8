// The live map's deck.gl layers compile to as few shader programs as they can: under a software
// rasteriser each distinct program costs up to seconds of compiling, at its link and before the
// first frame that draws it, and a layer links its programs even while it is hidden. Layers of a
// kind take the same extensions, so that their shaders are the same text and luma.gl links each
// program once:
// - the points (the cases, the new cases' rings, the people, the selection's ring): the cases'
//   layer filters closed cases out on the GPU, the others filter nothing out;
// - the labels (time left, the recommended people's numbers): the time-left labels keep off each
//   other with a collision filter, the numbers take the same filter switched off.
import type { Layer } from '@deck.gl/core';
import {
  CollisionFilterExtension,
  DataFilterExtension,
  type CollisionFilterExtensionProps,
  type DataFilterExtensionProps,
} from '@deck.gl/extensions';

export const POINT_EXTENSIONS = [new DataFilterExtension({ filterSize: 1 })];

/** For a point layer that shows all its data, with the cases' program. */
export const UNFILTERED = {
  extensions: POINT_EXTENSIONS,
  getFilterValue: 1,
  filterRange: [1, 1],
} satisfies Pick<DataFilterExtensionProps<unknown>, 'getFilterValue' | 'filterRange'> & {
  extensions: unknown[];
};

interface ShaderModuleLike {
  name: string;
  inject?: Record<string, string>;
}

/**
 * deck.gl's filter fades a label in as more of the 5×5 pixels round its anchor show its own box:
 * one whose anchor lies within 2 px of another's box edge would be drawn faded, its marker and its
 * neighbour's text showing through. Here a label is drawn whole or not at all.
 */
class WholeLabelCollisionFilter extends CollisionFilterExtension {
  static override extensionName = 'WholeLabelCollisionFilter';

  override getShaders(this: Layer<CollisionFilterExtensionProps>) {
    const { modules } = super.getShaders.call(this) as { modules: ShaderModuleLike[] };
    const hook = 'vs:DECKGL_FILTER_GL_POSITION';
    const whole = /* glsl */ `
  if (collision.enabled && collision_fade < 0.999) position = vec4(0.0, 0.0, 2.0, 1.0);`;
    return {
      modules: modules.map((m) =>
        m.name === 'collision'
          ? { ...m, inject: { ...m.inject, [hook]: `${m.inject?.[hook] ?? ''}${whole}` } }
          : m,
      ),
    };
  }
}

export const LABEL_EXTENSIONS = [new WholeLabelCollisionFilter()];

/** For a text layer that keeps off nothing, with the time-left labels' programs. */
export const UNCOLLIDED = {
  extensions: LABEL_EXTENSIONS,
  collisionEnabled: false,
} satisfies Pick<CollisionFilterExtensionProps<unknown>, 'collisionEnabled'> & { extensions: unknown[] };
