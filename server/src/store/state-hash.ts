// A fingerprint of the projection: SHA-256 of its canonical text. Equal hashes, equal states.
import { createHash } from 'node:crypto';
import type { LiveState } from '../../../core/domain/live-state';
import { canonicalLiveState } from '../../../core/domain/state-codec';

export function hashLiveState(state: LiveState): string {
  return createHash('sha256').update(canonicalLiveState(state)).digest('hex');
}
