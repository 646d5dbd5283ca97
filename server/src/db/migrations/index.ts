import type { Migration } from 'kysely';
import * as foundation from './20261127T2000_foundation.js';
import * as registry from './20261128T0000_registry.js';
import * as legal from './20261128T0100_legal.js';
import * as signals from './20261201T0000_signals.js';
import * as inspections from './20261202T0000_inspections.js';
import * as measures from './20261202T0100_measures.js';
import * as bibob from './20261202T0200_bibob.js';
import * as letters from './20261202T0300_letters.js';
import * as enforcementOverview from './20261202T0400_enforcement_overview.js';
import * as careers from './20261203T0000_careers.js';

/**
 * Every migration, keyed by name. Kysely applies them in name order, so names start with a
 * timestamp. Listed statically (not read from disk) so the same code runs under tsx and bundlers.
 */
export const migrations: Record<string, Migration> = {
  '20261127T2000_foundation': foundation,
  '20261128T0000_registry': registry,
  '20261128T0100_legal': legal,
  '20261201T0000_signals': signals,
  '20261202T0000_inspections': inspections,
  '20261202T0100_measures': measures,
  '20261202T0200_bibob': bibob,
  '20261202T0300_letters': letters,
  '20261202T0400_enforcement_overview': enforcementOverview,
  '20261203T0000_careers': careers,
};
