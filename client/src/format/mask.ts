// Personal data shown on a wall screen is masked: the name's first character, the phone's
// first three and last four digits.

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

export function maskReporter(reporter: { id?: string; name?: string; phone?: string } | undefined): string {
  if (!reporter) return '';
  const parts: string[] = [];
  if (reporter.name) parts.push(maskName(reporter.name));
  if (reporter.phone) parts.push(maskPhone(reporter.phone));
  // Ids of devices and workers (camera, drone, worker number) are not personal.
  if (parts.length === 0 && reporter.id) parts.push(reporter.id);
  return parts.join(' ');
}
