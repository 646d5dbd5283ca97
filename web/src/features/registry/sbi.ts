import type { SbiCode } from './api';

/** SBI codes whose code or description contains the filter text (case-insensitive), optionally risk sectors only. */
export function filterSbiCodes(codes: readonly SbiCode[], filter: string, onlyRisk: boolean): SbiCode[] {
  const needle = filter.trim().toLocaleLowerCase('nl').replace(/\./g, '');
  return codes.filter((item) => {
    if (onlyRisk && !item.riskSector) {
      return false;
    }
    if (needle === '') {
      return true;
    }
    return item.code.includes(needle) || item.description.toLocaleLowerCase('nl').includes(filter.trim().toLocaleLowerCase('nl'));
  });
}

/** An SBI code as the server accepts it in the URL: 2 to 5 digits. */
export function isSbiCode(value: string): boolean {
  return /^\d{2,5}$/.test(value.trim());
}
