// The indicators of the range, the previous period of the same length (环比) and the same period
// last year (同比, not yet reachable: the log does not go back a year).
import { useTranslation } from 'react-i18next';
import type { Figures } from '../../../../core/domain/figures';
import { changeOf, DASH, FIGURE_ROWS, figureValue, formatFigure } from './brief-format';

export function FiguresTable(props: {
  current: Figures | null;
  previous: Figures | null;
  /** The event log starts inside the previous period: no 环比 rather than a partial one. */
  previousMissing: boolean;
}) {
  const { current, previous } = props;
  const { t } = useTranslation();
  const hours = t('duration.hours', { n: '' }).trim();
  const points = t('brief.points');
  return (
    <section className="brief-panel brief-figures" data-testid="brief-figures">
      <h2 className="brief-panel__title">{t('brief.figures')}</h2>
      <table className="brief-table">
        <thead>
          <tr>
            <th scope="col">{t('brief.indicator')}</th>
            <th scope="col">{t('brief.current')}</th>
            <th scope="col">{t('brief.mom')}</th>
            <th scope="col" title={t('brief.yoyNote')}>
              {t('brief.yoy')}*
            </th>
          </tr>
        </thead>
        <tbody>
          {FIGURE_ROWS.map((row) => {
            const now = figureValue(current, row);
            const before = figureValue(previous, row);
            const change = changeOf(row, now, before, points);
            return (
              <tr key={row} data-testid={`brief-figure-${row}`}>
                <th scope="row">{t(`brief.${row}`)}</th>
                <td className="brief-table__value" data-testid={`brief-value-${row}`}>
                  {formatFigure(row, now, hours)}
                </td>
                <td
                  className={`brief-table__change is-${change?.tone ?? 'none'}`}
                  title={`${t('brief.previous')} ${formatFigure(row, before, hours)}`}
                >
                  {change?.text ?? DASH}
                </td>
                <td className="brief-table__change is-none">{DASH}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="brief-note">
        {props.previousMissing && <span data-testid="brief-mom-note">{t('brief.momNote')} </span>}*{' '}
        {t('brief.yoyNote')}
      </p>
    </section>
  );
}
