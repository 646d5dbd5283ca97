import { PERMISSIONS } from '../../../domain/vocabulary';

/** Prevention activities are open to those who record them and to those who read figures. */
export function canSeePrevention(permissions: readonly string[]): boolean {
  return permissions.includes(PERMISSIONS.writePrevention) || permissions.includes(PERMISSIONS.readAggregates);
}
