// The indicators of the range, against the previous period of the same length (环比) and the same
// period last year (同比). A comparison whose base the event log does not cover is "—" with a note
// and a tooltip saying why, never a comparison with a partial period.
import { useTranslation } from 'react-i18next';
import type { Figures } from '../../../../core/domain/figures';
import { changeOf, DASH, FIGURE_ROWS, figureValue, formatFigure, type FigureRow } from './brief-format';

export interface Comparison {
  figures: Figures | null;
  /** The log starts after this base period begins: no comparison. */
  missing: boolean;
  /** The base period, as people read it (for the tooltips). */
  label: string;
}

function ChangeCell(props: { row: FigureRow; now: number | null; base: Comparison; kind: 'mom' | 'yoy' }) {
  const { t } = useTranslation();
  const { row, now, base, kind } = props;
  const hours = t('duration.hours', { n: '' }).trim();
  const before = base.missing ? null : figureValue(base.figures, row);
  const change = changeOf(row, now, before, t('brief.points'));
  const title = base.missing
    ? t(`brief.${kind}Missing`, { period: base.label })
    : `${t(kind === 'mom' ? 'brief.previous' : 'brief.lastYear')} ${base.label}: ${formatFigure(row, before, hours)}`;
  return (
    <td
      className={`brief-table__change is-${change?.tone ?? 'none'}`}
      title={title}
      data-testid={`brief-${kind}-${row}`}
    >
      {change?.text ?? DASH}
    </td>
  );
}

export function FiguresTable(props: { current: Figures | null; previous: Comparison; lastYear: Comparison }) {
  const { current, previous, lastYear } = props;
  const { t } = useTranslation();
  const hours = t('duration.hours', { n: '' }).trim();
  return (
    <section className="brief-panel brief-figures" data-testid="brief-figures">
      <h2 className="brief-panel__title">{t('brief.figures')}</h2>
      <table className="brief-table">
        <thead>
          <tr>
            <th scope="col">{t('brief.indicator')}</th>
            <th scope="col">{t('brief.current')}</th>
            <th scope="col" title={`${t('brief.previous')} ${previous.label}`}>
              {t('brief.mom')}
            </th>
            <th scope="col" title={`${t('brief.lastYear')} ${lastYear.label}`}>
              {t('brief.yoy')}
            </th>
          </tr>
        </thead>
        <tbody>
          {FIGURE_ROWS.map((row) => {
            const now = figureValue(current, row);
            return (
              <tr key={row} data-testid={`brief-figure-${row}`}>
                <th scope="row">{t(`brief.${row}`)}</th>
                <td className="brief-table__value" data-testid={`brief-value-${row}`}>
                  {formatFigure(row, now, hours)}
                </td>
                <ChangeCell row={row} now={now} base={previous} kind="mom" />
                <ChangeCell row={row} now={now} base={lastYear} kind="yoy" />
              </tr>
            );
          })}
        </tbody>
      </table>
      {(previous.missing || lastYear.missing) && (
        <p className="brief-note">
          {previous.missing && <span data-testid="brief-mom-note">{t('brief.momNote')} </span>}
          {lastYear.missing && (
            <span data-testid="brief-yoy-note">{t('brief.yoyMissing', { period: lastYear.label })}</span>
          )}
        </p>
      )}
    </section>
  );
}
