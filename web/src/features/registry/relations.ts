import { SYMMETRIC_RELATION_TYPES, type RelationType, type SubjectKind } from '../../domain/vocabulary';
import type { RelationTypeRule, RelationView } from './api';

/** One entry of the "soort relatie" select on a profile: a type, read from this subject's side. */
export interface RelationChoice {
  /** `type:direction`, the select's value. */
  value: string;
  type: RelationType;
  /** outgoing: this subject is the "from" end; incoming: the "to" end. */
  direction: 'outgoing' | 'incoming';
  /** Kinds the other subject may have. */
  otherKinds: SubjectKind[];
}

/** The relations a subject of this kind can have, each from its own side. */
export function relationChoices(rules: readonly RelationTypeRule[], kind: SubjectKind): RelationChoice[] {
  const choices: RelationChoice[] = [];
  for (const rule of rules) {
    const symmetric = SYMMETRIC_RELATION_TYPES.includes(rule.type);
    if (rule.from.includes(kind)) {
      choices.push({ value: `${rule.type}:outgoing`, type: rule.type, direction: 'outgoing', otherKinds: [...rule.to] });
    }
    // A symmetric type reads the same from the other side, so it needs one entry only.
    if (rule.to.includes(kind) && !(symmetric && rule.from.includes(kind))) {
      choices.push({ value: `${rule.type}:incoming`, type: rule.type, direction: 'incoming', otherKinds: [...rule.from] });
    }
  }
  return choices;
}

/** The from/to ids for a new relation chosen on the profile of `subjectId`. */
export function relationEnds(choice: RelationChoice, subjectId: string, otherId: string): { fromSubjectId: string; toSubjectId: string } {
  return choice.direction === 'outgoing' ? { fromSubjectId: subjectId, toSubjectId: otherId } : { fromSubjectId: otherId, toSubjectId: subjectId };
}

/** Current relations first, then by start date (newest first), then by the other subject's label. */
export function sortRelations(relations: readonly RelationView[]): RelationView[] {
  return [...relations].sort((a, b) => {
    if (a.current !== b.current) {
      return a.current ? -1 : 1;
    }
    const from = (b.validFrom ?? '').localeCompare(a.validFrom ?? '');
    return from !== 0 ? from : a.other.label.localeCompare(b.other.label, 'nl');
  });
}

/** Newest first; timestamps and plain dates compare as text (both start with YYYY-MM-DD). */
export function newestFirst<T extends { at: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.at.localeCompare(a.at));
}

const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in the Netherlands as YYYY-MM-DD (the end date of a relation ended "today"). */
export function todayInAmsterdam(now: Date = new Date()): string {
  return amsterdamDate.format(now);
}
