// The steps of a case for the details panel: its reports, and the workflow transitions in its
// `history`; a case without history shows its current state.
import type { Case, CaseState } from '../../../../core/domain/model';

export type HistoryStep =
  | { kind: 'opened'; at: string; reportId: string }
  | { kind: 'report'; at: string; reportId: string }
  | { kind: 'state'; at: string; state: CaseState; note?: string };

export function caseHistory(c: Case): HistoryStep[] {
  const reports = [...c.reports].sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt));
  const steps: HistoryStep[] = reports.map((r, i) => ({
    kind: i === 0 ? 'opened' : 'report',
    at: r.receivedAt,
    reportId: r.id,
  }));
  if (c.history && c.history.length > 0) {
    for (const h of c.history) {
      const note = h.reason ?? h.note;
      steps.push({ kind: 'state', at: h.at, state: h.to, ...(note ? { note } : {}) });
    }
  } else if (c.state !== 'reported' || c.reports.length === 0) {
    steps.push({ kind: 'state', at: c.updatedAt, state: c.state });
  }
  return steps.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
