// Personal data shown on a screen is masked by core's rule (the server already masks it for
// every role but dispatchers and admins).
import { maskName, maskPhone } from '../../../core/domain/masking';

export { maskName, maskPhone };

export function maskReporter(reporter: { id?: string; name?: string; phone?: string } | undefined): string {
  if (!reporter) return '';
  const parts: string[] = [];
  if (reporter.name) parts.push(maskName(reporter.name));
  if (reporter.phone) parts.push(maskPhone(reporter.phone));
  // Ids of devices and workers (camera, drone, worker number) are not personal.
  if (parts.length === 0 && reporter.id) parts.push(reporter.id);
  return parts.join(' ');
}
