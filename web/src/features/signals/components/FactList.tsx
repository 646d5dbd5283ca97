import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export type FactRow = [string, ReactNode];

/** Facts as a definition list, in the registry profile's style. */
export function FactList({ rows }: { rows: readonly FactRow[] }) {
  return (
    <DataList className="dwb-data-list">
      {rows.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{key}</DataListKey>
          <DataListValue>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
