// Shape checks for what arrives over the socket. core/protocol has no schemas for these payloads
// yet (only for the sync request), so the client checks what it relies on before applying.
import type { Delta, Snapshot } from '../../../core/protocol/sync';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const isSeq = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function hasEntityArrays(value: Record<string, unknown>): boolean {
  return ['cases', 'hazards', 'enterprises', 'feeds', 'people'].every((key) => Array.isArray(value[key]));
}

export function isSnapshot(value: unknown): value is Snapshot {
  return (
    isRecord(value) &&
    typeof value.protocol === 'number' &&
    isSeq(value.seq) &&
    typeof value.serverTime === 'string' &&
    hasEntityArrays(value)
  );
}

export function isDelta(value: unknown): value is Delta {
  return (
    isRecord(value) &&
    isSeq(value.fromSeq) &&
    isSeq(value.seq) &&
    typeof value.serverTime === 'string' &&
    hasEntityArrays(value)
  );
}

export function isHeartbeat(value: unknown): value is { seq: number; serverTime: string } {
  return isRecord(value) && isSeq(value.seq) && typeof value.serverTime === 'string';
}
