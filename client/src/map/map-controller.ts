// Owns the MapLibre map and the deck.gl overlay for the life of a MapView. deck.gl is loaded and
// attached after the basemap's first frame of the street (its chunk and its shader compiles would
// otherwise delay that frame). Layers are rebuilt at most once a frame, and only when the data or a
// choice changes, the screen resizes, or a new case pulses: with nothing new, this code schedules
// no frame at all. Frames for new data are spaced by what frames cost (frame-pacer.ts); a user's
// own change is drawn in the next frame.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { PickingInfo } from '@deck.gl/core';
import i18next from 'i18next';
import type { Case } from '../../../core/domain/model';
import type { WorkingCalendar } from '../../../core/domain/working-calendar';
import type { AreaIndex } from '../state/area-store';
import { EMPTY_LIVE_DATA } from '../state/apply-sync';
import { caseClockIndex } from '../state/case-clocks';
import { serverNowMs, useLiveStore } from '../state/live-store';
import { selectIndicators } from '../state/selectors';
import { useMapFocusStore, type MapFocus } from '../state/map-focus';
import { useMapPeopleStore } from '../state/map-people';
import { memoizeLast } from '../state/memoize-last';
import { currentCalendar, useRulesStore } from '../state/rules-store';
import { setMapTestProviders } from '../state/test-hook';
import { useUiStore, type PickRef } from '../state/ui-store';
import { applyBasemapOptions } from './basemap-style';
import { communityLabelPoints, type LabelPoints } from './label-points';
import { IncidentSlots } from './incident-slots';
import type { BasemapEngine, DeckEngine } from './map-engines';
import { CommunityNames } from './community-names';
import { cellAt, LiveAreaSync } from './live-area';
import { LivePointsSync, pointAt } from './live-points';
import { pickRefOf } from './picking';
import { reloadWhenBack } from '../recovery/reload-when-back';
import { selectPulses } from './pulses';
import { slaLabelsFrom, slaLabelText, type SlaLabelDatum, type Translate } from './sla-labels';
import { TimeLeftLabels } from './time-left-labels';
import { hasItsSize, markShown, onFirstBasemapFrame } from './first-frames';
import { FramePacer, FrameSchedule } from './frame-pacer';

const PULSE_PERIOD_MS = 1_800;
const PULSE_FRAME_MS = 33; // ~30 fps is plenty for a ring
/** Should deck.gl's canvas never report its size (a clamped buffer), the layers come anyway. */
const DECK_SIZE_WAIT_MS = 1_500;

/** Time left on the map moves on this often (labels are rebuilt then, not per frame). */
const SLA_TICK_MS = 30_000;

/** A slow camera move, calm enough to follow from across the room. */
const FOCUS_MOVE_MS = 2_500;

export type MapLanguage = 'zh-CN' | 'en';

/** Room (in rem) kept clear of the street when fitting it, e.g. for a legend over the map. */
export interface MapInsets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Root font size / 16: sizes on the map follow the page's type scale (wall screens are larger). */
export function readScale(): number {
  const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px / 16 : 1;
}

/** The time-left labels for the cases, the calendar, the language and the 30 s tick. */
const slaLabelsFor = memoizeLast(
  (
    cases: ReadonlyMap<string, Case>,
    calendar: WorkingCalendar | undefined,
    language: MapLanguage,
    tick: number,
  ): SlaLabelDatum[] => {
    const t = i18next.getFixedT(language) as unknown as Translate;
    const nowMs = serverNowMs(useLiveStore.getState());
    return slaLabelsFrom(caseClockIndex.sync(cases, nowMs, calendar, tick)).map((label) => ({
      ...label,
      text: slaLabelText(label.remainingMs, t),
    }));
  },
);

export class MapController {
  private readonly map: MapLibreMap;
  private overlay: MapboxOverlay | null = null;
  private deck: DeckEngine | null = null;
  private destroyed = false;
  private readonly slots = new IncidentSlots();
  private readonly cleanups: (() => void)[] = [];
  private readonly reducedMotion: boolean;
  private readonly labels: LabelPoints;
  private readonly liveArea: LiveAreaSync;
  private readonly livePoints: LivePointsSync;
  private readonly names: CommunityNames;
  private readonly timeLeft: TimeLeftLabels;
  private scale = readScale();
  private readonly frames = new FrameSchedule(() => this.render());
  private readonly pacer = new FramePacer();
  private readonly basemapPacer = new FramePacer(0.1, 10_000); // cells' colours: whole basemap frames
  private pulseTimer: ReturnType<typeof setTimeout> | null = null;
  private userMoved = false;
  /** For scripts/bench/browser.ts: the first deck.gl frame drawn with live data gets a performance mark. */
  private layersHaveData = false;
  private layersMarked = false;
  private deckSized = false;

  constructor(
    container: HTMLElement,
    private readonly area: AreaIndex,
    private language: MapLanguage,
    private readonly insets: MapInsets,
    basemap: BasemapEngine,
    loadDeck: () => Promise<DeckEngine>,
  ) {
    this.reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.labels = communityLabelPoints(area.communities);
    // The markers start from the states at hand (a screen that reopens the map has them), so that
    // the source is not sent again at once.
    const enterpriseStates = useLiveStore.getState().data.enterprises;
    this.map = basemap.createBasemap(container, area, {
      scale: this.scale,
      language,
      padding: this.padding(),
      reducedMotion: this.reducedMotion,
      liveArea: true,
      enterpriseStates,
    });
    this.liveArea = new LiveAreaSync(
      this.map,
      area.cells.features.map((f) => f.properties.code),
    );
    this.livePoints = new LivePointsSync(this.map, area.enterprises, enterpriseStates);
    this.names = new CommunityNames(this.map, this.labels, language, this.scale);
    this.timeLeft = new TimeLeftLabels(this.map, () => this.names.boxes(), this.scale);
    onFirstBasemapFrame(this.map, () => {
      this.names.show();
      loadDeck().then(
        (deck) => this.attachOverlay(deck),
        (error: unknown) => reloadWhenBack(error), // a chunk that did not load: recover
      );
    });
    this.map.on('render', () => this.basemapPacer.drawn());
    this.map.on('movestart', (event: { originalEvent?: unknown }) => {
      if (event.originalEvent) this.userMoved = true;
    });
    // Names that overlap at one zoom may not at another (their nudges are worked out per zoom).
    this.map.on('zoomend', () => {
      this.names.update();
      this.timeLeft.placeAll();
    });

    this.slots.sync(useLiveStore.getState().data.cases);
    this.cleanups.push(
      useLiveStore.subscribe((state, previous) => {
        if (state.data === previous.data) return; // a heartbeat: nothing to draw
        if (state.data.cases !== previous.data.cases) this.slots.sync(state.data.cases);
        this.requestRender();
      }),
      useUiStore.subscribe((state, previous) => {
        if (state.visible !== previous.visible || state.selected !== previous.selected)
          this.renderNextFrame();
      }),
      setMapTestProviders({
        drawnCaseIds: () => (useUiStore.getState().visible.incidents ? this.slots.drawnIds() : []),
        pagePoint: (lon, lat) => {
          const { x, y } = this.map.project([lon, lat]);
          const box = this.map.getContainer().getBoundingClientRect();
          return [box.left + x, box.top + y];
        },
      }),
      useMapFocusStore.subscribe((state, previous) => {
        if (state.focus !== previous.focus) this.showFocus(state.focus, true);
      }),
      useMapPeopleStore.subscribe(() => this.requestRender()),
      useRulesStore.subscribe((state, previous) => {
        if (state.limits !== previous.limits) this.requestRender();
      }),
    );
    // Time left moves on: redraw every SLA_TICK_MS (aligned, so screens tick together).
    let slaTimer: ReturnType<typeof setTimeout>;
    const scheduleSlaTick = () => {
      slaTimer = setTimeout(
        () => {
          this.requestRender();
          scheduleSlaTick();
        },
        SLA_TICK_MS - (Date.now() % SLA_TICK_MS),
      );
    };
    scheduleSlaTick();
    this.cleanups.push(() => clearTimeout(slaTimer));
    const onResize = () => this.handleResize();
    window.addEventListener('resize', onResize);
    this.cleanups.push(() => window.removeEventListener('resize', onResize));
    this.requestRender();
  }

  setLanguage(language: MapLanguage): void {
    this.language = language;
    applyBasemapOptions(this.map, { scale: this.scale, language });
    this.names.setLanguage(language);
    this.timeLeft.placeAll();
    this.renderNextFrame();
  }

  destroy(): void {
    this.destroyed = true;
    for (const cleanup of this.cleanups) cleanup();
    this.frames.cancel();
    if (this.pulseTimer !== null) clearTimeout(this.pulseTimer);
    if (this.overlay) {
      this.map.removeControl(this.overlay);
      this.overlay.finalize();
    }
    this.names.destroy();
    this.timeLeft.destroy();
    this.map.remove();
  }

  private attachOverlay(deck: DeckEngine): void {
    if (this.destroyed) return;
    this.deck = deck;
    // deck.gl draws its first frame before its new canvas has its size (luma.gl learns it from a
    // ResizeObserver, then redraws): the layers wait for a frame at the canvas's real size, so no
    // frame of data is drawn into the default 300×150 buffer and stretched (on a software
    // rasteriser at 3840×2160 such a frame stays up for seconds).
    const sizedAfter = setTimeout(() => this.markDeckSized(), DECK_SIZE_WAIT_MS);
    this.cleanups.push(() => clearTimeout(sizedAfter));
    this.overlay = deck.createOverlay({
      layers: [],
      onAfterRender: ({ gl }) => {
        this.pacer.drawn();
        if (!this.deckSized) {
          if (hasItsSize(gl.canvas)) this.markDeckSized();
          return;
        }
        if (this.layersMarked || !this.layersHaveData) return;
        this.layersMarked = true;
        performance.mark('caohu:layers-drawn');
        markShown('caohu:layers-shown');
      },
      onHover: (info) => this.handleHover(info),
      onClick: (info) => useUiStore.getState().select(this.refAt(info)),
      // A layer's error is logged; a failure to start (no device, a chunk that did not load) is fatal.
      onError: (error, layer) =>
        layer ? console.error('caohu: layer error', layer.id, error) : reloadWhenBack(error),
    });
    this.map.addControl(this.overlay);
    this.requestRender();
  }

  /** Moves to what the screen wants to show; with reduced motion (or on resize) it jumps. */
  private showFocus(focus: MapFocus, animate: boolean): void {
    const duration = animate && !this.reducedMotion ? FOCUS_MOVE_MS : 0;
    const padding = this.padding();
    if (focus.kind === 'point') {
      this.map.flyTo({
        center: [focus.lon, focus.lat],
        zoom: focus.zoom,
        padding,
        duration,
        essential: true,
      });
      return;
    }
    const bounds = focus.kind === 'bounds' ? focus.bounds : this.area.bounds;
    this.map.fitBounds(bounds, { padding, duration, animate: duration > 0 });
  }

  private padding(): MapInsets {
    const px = (rem: number) => Math.round(rem * 16 * this.scale);
    const { top, right, bottom, left } = this.insets;
    return { top: px(top), right: px(right), bottom: px(bottom), left: px(left) };
  }

  /** A frame for new data (cases, positions, the clock): in its turn once the layers are up. */
  private requestRender(atLeastMs = 0): void {
    this.frames.after(Math.max(atLeastMs, this.layersMarked ? this.pacer.wait(performance.now()) : 0));
  }

  /** A frame for the user's own change (a selection, a layer switched, the language): the next. */
  private renderNextFrame(): void {
    this.frames.next();
  }

  private markDeckSized(): void {
    if (this.deckSized) return;
    this.deckSized = true;
    this.requestRender();
  }

  private render(): void {
    const liveState = useLiveStore.getState();
    const live = liveState.data;
    const ui = useUiStore.getState();
    const indicators = selectIndicators(live, this.area, Math.floor(Date.now() / 10_000));
    const coloursWait = this.layersMarked ? this.basemapPacer.wait(performance.now()) : 0;
    const coloursWaiting = this.liveArea.update({
      openByCell: indicators.cases.byCell,
      cellsVisible: ui.visible.cells,
      boundaryVisible: ui.visible.boundary,
      selected: ui.selected?.kind === 'cell' ? ui.selected.id : null,
      coloursDue: coloursWait <= 0,
    });
    if (coloursWaiting) this.requestRender(coloursWait);
    this.livePoints.update({
      states: live.enterprises,
      enterprisesVisible: ui.visible.enterprises,
      camerasVisible: ui.visible.cameras,
    });
    const { overlay, deck } = this;
    if (!overlay || !deck || !this.deckSized) return; // drawn once deck.gl is attached and sized
    const serverNow = serverNowMs(liveState);
    const { pulses, nextChangeAt } = selectPulses(live.cases, serverNow);
    // Rings move only where frames can follow them (frame-pacer.ts), else stay as with reduced motion.
    const animate = pulses.length > 0 && !this.reducedMotion && ui.visible.incidents && this.pacer.smooth();
    this.layersHaveData = live !== EMPTY_LIVE_DATA;
    overlay.setProps({
      layers: deck.buildLayers({
        area: this.area,
        live,
        slots: this.slots,
        pulses,
        pulsePhase: animate ? (performance.now() % PULSE_PERIOD_MS) / PULSE_PERIOD_MS : null,
        visible: ui.visible,
        selected: ui.selected,
        scale: this.scale,
        people: useMapPeopleStore.getState(),
      }),
    });
    const tick = Math.floor(Date.now() / SLA_TICK_MS);
    this.timeLeft.set(slaLabelsFor(live.cases, currentCalendar(), this.language, tick), ui.visible.incidents);
    this.schedulePulse(animate, nextChangeAt === null ? null : nextChangeAt - serverNow);
  }

  /** While a case is new, draw the next ring frame; otherwise wake up only when one stops being new. */
  private schedulePulse(animate: boolean, msUntilChange: number | null): void {
    if (this.pulseTimer !== null) clearTimeout(this.pulseTimer);
    this.pulseTimer = null;
    const wait = animate ? PULSE_FRAME_MS : msUntilChange;
    if (wait === null) return;
    this.pulseTimer = setTimeout(
      () => {
        this.pulseTimer = null;
        this.requestRender();
      },
      Math.max(PULSE_FRAME_MS, wait),
    );
  }

  /**
   * What is under the pointer: a deck.gl layer's object, else the basemap's enterprise or camera,
   * else its cell there.
   */
  private refAt(info: PickingInfo): PickRef | null {
    const picked = pickRefOf(info, this.slots) ?? pointAt(this.map, info.x, info.y, this.scale);
    if (picked) return picked;
    const code = cellAt(this.map, info.x, info.y);
    return code ? { kind: 'cell', id: code } : null;
  }

  private handleHover(info: PickingInfo): void {
    const ref = this.refAt(info);
    this.liveArea.hover(ref?.kind === 'cell' ? ref.id : null);
    this.map.getCanvas().style.cursor = ref ? 'pointer' : '';
    const ui = useUiStore.getState();
    if (!ref) {
      if (ui.hover) ui.setHover(null);
      return;
    }
    ui.setHover({ ...ref, x: info.x, y: info.y });
  }

  private handleResize(): void {
    const scale = readScale();
    if (scale !== this.scale) {
      this.scale = scale;
      applyBasemapOptions(this.map, { scale, language: this.language });
      this.names.setScale(scale);
      this.timeLeft.setScale(scale);
      this.renderNextFrame();
    }
    // A screen nobody has touched keeps the whole street in view.
    if (!this.userMoved) {
      this.map.resize();
      this.showFocus(useMapFocusStore.getState().focus, false);
    }
  }
}
