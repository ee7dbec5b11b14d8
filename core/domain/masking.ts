// Residents' personal data (a report's reporter name and phone) reach dispatchers and admins only;
// every other audience gets them masked: the name's first character, the phone's first three and
// last four digits. Pure, so the server masks what it sends and the client masks what it shows by
// the same rule.
import type { Case, DomainEvent, LoggedEvent, ReportRecord } from './model';

export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  return `${chars[0]}**`;
}

export function maskPhone(phone: string): string {
  let digits = phone.replace(/\D/g, '');
  // +86 138 1234 5678: the country code is not part of the number.
  if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  if (digits.length >= 7) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length >= 3) return `${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`;
  return '*'.repeat(digits.length);
}

/** A report with its reporter's name and phone masked (the same object when there is nothing to mask). */
export function maskReport(report: ReportRecord): ReportRecord {
  const r = report.reporter;
  if (!r || (r.name === undefined && r.phone === undefined)) return report;
  return {
    ...report,
    reporter: {
      ...r,
      ...(r.name !== undefined ? { name: maskName(r.name) } : {}),
      ...(r.phone !== undefined ? { phone: maskPhone(r.phone) } : {}),
    },
  };
}

export function maskCase(c: Case): Case {
  if (!c.reports.some((r) => r.reporter?.name !== undefined || r.reporter?.phone !== undefined)) return c;
  return { ...c, reports: c.reports.map(maskReport) };
}

/** Anything carrying `cases` (a snapshot, a delta): the same shape with every case masked. */
export function maskCases<T extends { cases: Case[] }>(x: T): T {
  return { ...x, cases: x.cases.map(maskCase) };
}

export function maskEvent<E extends DomainEvent | LoggedEvent>(event: E): E {
  return event.type === 'report.accepted' ? { ...event, report: maskReport(event.report) } : event;
}
