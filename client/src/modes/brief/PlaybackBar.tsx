// Under the map: play/pause, speed, the time slider, what the map shows (the moment, a moving
// window, or accumulated) and how (points, heatmap, hexagons).
import { useTranslation } from 'react-i18next';
import { formatShanghai } from './brief-time';
import { MAP_VIEWS, SPEEDS, WINDOW_KINDS, type BriefView } from './brief-view';

export function PlaybackBar(props: {
  view: BriefView;
  fromMs: number;
  toMs: number;
  at: number;
  playing: boolean;
  shown: number;
  onPlay: (playing: boolean) => void;
  onChange: (change: Partial<BriefView>) => void;
}) {
  const { t } = useTranslation();
  const { view } = props;
  return (
    <div className="brief-playback" data-testid="brief-playback">
      <div className="brief-playback__row">
        <button
          type="button"
          className="brief-button brief-button--primary"
          data-testid="brief-play"
          onClick={() => props.onPlay(!props.playing)}
        >
          {props.playing ? `❚❚ ${t('brief.pause')}` : `▶ ${t('brief.play')}`}
        </button>
        <div className="brief-segmented" role="group" aria-label={t('brief.playback')}>
          {SPEEDS.map((speed) => (
            <button
              key={speed}
              type="button"
              aria-pressed={view.speed === speed}
              onClick={() => props.onChange({ speed })}
            >
              {speed === 24 ? t('brief.speedDay') : t('brief.speed', { n: speed })}
            </button>
          ))}
        </div>
        <output className="brief-playback__time" data-testid="brief-moment" data-at={props.at}>
          {formatShanghai(props.at)}
        </output>
        <span className="brief-playback__count" data-testid="brief-shown" data-count={props.shown}>
          {t('brief.shownCases', { n: props.shown })}
        </span>
      </div>
      <input
        type="range"
        className="brief-playback__slider"
        data-testid="brief-slider"
        aria-label={t('brief.playback')}
        min={props.fromMs}
        max={props.toMs}
        step={60_000}
        value={props.at}
        onChange={(event) => props.onChange({ at: Number(event.target.value) })}
      />
      <div className="brief-playback__row">
        <span className="brief-playback__edge">{formatShanghai(props.fromMs)}</span>
        <div className="brief-segmented" role="group">
          {WINDOW_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              aria-pressed={view.window === kind}
              data-testid={`brief-window-${kind}`}
              onClick={() => props.onChange({ window: kind })}
            >
              {t(`brief.${kind}`, { n: view.windowHours })}
            </button>
          ))}
        </div>
        <div className="brief-segmented" role="group">
          {MAP_VIEWS.map((kind) => (
            <button
              key={kind}
              type="button"
              aria-pressed={view.map === kind}
              data-testid={`brief-map-${kind}`}
              onClick={() => props.onChange({ map: kind })}
            >
              {t(kind === 'points' ? 'brief.mapPoints' : `brief.${kind}`)}
            </button>
          ))}
        </div>
        <span className="brief-playback__edge">{formatShanghai(props.toMs)}</span>
      </div>
    </div>
  );
}
