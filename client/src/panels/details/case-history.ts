// The steps of a case for the details panel. The Case model has no transition history yet (see the
// report: a contract change is asked for); until it has, the steps are the reports and the
// current state. A `history` array on the case, when the server sends one, is shown as it is.
import type { Case, CaseState } from '../../../../core/domain/model';

export type HistoryStep =
  | { kind: 'opened'; at: string; reportId: string }
  | { kind: 'report'; at: string; reportId: string }
  | { kind: 'state'; at: string; state: CaseState; note?: string };

interface WireHistoryEntry {
  at: string;
  state: CaseState;
  note?: string;
}

function readWireHistory(c: Case): WireHistoryEntry[] | null {
  const history = (c as Case & { history?: unknown }).history;
  if (!Array.isArray(history)) return null;
  return history.filter(
    (h): h is WireHistoryEntry =>
      typeof h === 'object' && h !== null && typeof h.at === 'string' && typeof h.state === 'string',
  );
}

export function caseHistory(c: Case): HistoryStep[] {
  const reports = [...c.reports].sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt));
  const steps: HistoryStep[] = reports.map((r, i) => ({
    kind: i === 0 ? 'opened' : 'report',
    at: r.receivedAt,
    reportId: r.id,
  }));
  const wire = readWireHistory(c);
  if (wire) {
    steps.push(...wire.map((h) => ({ kind: 'state' as const, at: h.at, state: h.state, note: h.note })));
  } else if (c.state !== 'reported' || c.reports.length === 0) {
    steps.push({ kind: 'state', at: c.updatedAt, state: c.state });
  }
  return steps.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
