import type { LetterView } from './api';

export interface LetterGroup {
  kind: string;
  letters: LetterView[];
}

/** Letters grouped by kind (in order of first appearance), each group newest version first. */
export function groupByKind(letters: readonly LetterView[]): LetterGroup[] {
  const groups = new Map<string, LetterView[]>();
  for (const letter of letters) {
    const list = groups.get(letter.kind) ?? [];
    list.push(letter);
    groups.set(letter.kind, list);
  }
  return [...groups.entries()].map(([kind, list]) => ({ kind, letters: [...list].sort((a, b) => b.version - a.version) }));
}
