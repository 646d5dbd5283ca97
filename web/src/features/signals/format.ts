import type { SignalLocation } from './api';

/** "3531 CJ 120A-2" from the address parts of a signal, or null when it has no address. */
export function formatAddress(location: Pick<SignalLocation, 'postcode' | 'houseNumber' | 'houseLetter' | 'houseNumberAddition'>): string | null {
  if (!location.postcode || location.houseNumber === null) {
    return null;
  }
  const postcode = /^\d{4}[A-Z]{2}$/.test(location.postcode) ? `${location.postcode.slice(0, 4)} ${location.postcode.slice(4)}` : location.postcode;
  const addition = location.houseNumberAddition ? `-${location.houseNumberAddition}` : '';
  return `${postcode} ${location.houseNumber}${location.houseLetter ?? ''}${addition}`;
}

/** Paragraphs of a free text: split on blank lines, single line breaks kept as lines. */
export function paragraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0);
}

/** Whether `YYYY-MM-DD` is a day that exists (2026-02-30 is not), like the server's check. */
export function isExistingDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
