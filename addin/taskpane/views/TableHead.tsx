import { TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { usePane } from '../pane-context';
import type { StringKey } from '../strings';

/** A results table's header row: one column header per key, in the pane's language. */
export function TableHead({ keys, className }: { keys: readonly StringKey[]; className: string }) {
  const { t } = usePane();
  return (
    <TableHeader role="rowgroup">
      <TableRow role="row">
        {keys.map((k) => (
          <TableHeaderCell key={k} role="columnheader" className={className}>
            {t(k)}
          </TableHeaderCell>
        ))}
      </TableRow>
    </TableHeader>
  );
}
