import { api, type QueryValue } from '../../../api/client';

/* Wire types of /api/v1/enforcement/overview, after server/src/modules/enforcement/overview.schemas.ts. */

const BASE = '/enforcement/overview';

export interface DeadlineItem {
  id: string;
  kind: string;
  dueOn: string;
  overdue: boolean;
  /** Days to the last day; negative when it has passed. */
  daysLeft: number;
  recordType: 'measure' | 'bibob_screening';
  recordId: string;
  caseNumber: string;
  address: string;
  /** Kind of measure, or type of permit of a Bibob screening. */
  caseKind: string;
  legalBasisCode: string | null;
  caseStatus: string;
  wijkCode: string | null;
  wijkName: string | null;
}

export interface DeadlinesPage {
  today: string;
  until: string;
  items: DeadlineItem[];
  more: boolean;
}

export interface ClosureItem {
  measureId: string;
  number: string;
  address: string;
  wijkCode: string | null;
  wijkName: string | null;
  legalBasisCode: string;
  legalBasisNl: string;
  legalBasisEn: string;
  article: string;
  start: string;
  end: string | null;
  daysLeft: number | null;
  endPassed: boolean;
}

export interface ClosuresPage {
  today: string;
  items: ClosureItem[];
  more: boolean;
}

/** A count; `suppressed` (value null) for counts of 1 to 4 shown to management, as "< 5". */
export interface Count {
  value: number | null;
  suppressed: boolean;
}

export interface SummaryView {
  today: string;
  scope: 'all' | 'visible';
  suppressed: boolean;
  measuresByKindAndStatus: { kind: string; status: string; count: Count }[];
  measuresByRemedyStatus: { remedyStatus: string; count: Count }[];
  measuresByWijk: { wijkCode: string | null; wijkName: string | null; open: Count; closed: Count; inExecution: Count }[];
  inspectionsByStatusAndOutcome: { status: string; outcome: string | null; count: Count }[];
  bibobByStatus: { status: string; count: Count }[];
}

export function fetchDeadlines(query: Record<string, QueryValue>, signal?: AbortSignal): Promise<DeadlinesPage> {
  return api.get<DeadlinesPage>(`${BASE}/deadlines`, { query, signal });
}

export function fetchClosures(signal?: AbortSignal): Promise<ClosuresPage> {
  return api.get<ClosuresPage>(`${BASE}/closures`, { signal });
}

export function fetchSummary(signal?: AbortSignal): Promise<SummaryView> {
  return api.get<SummaryView>(`${BASE}/summary`, { signal });
}
