import { useState } from 'react';
import {
  Button,
  Caption1,
  Field,
  Input,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableRow,
} from '@fluentui/react-components';
import { checkWorkbook, planValueColumn } from '../../../core/check';
import { a1, type Workbook } from '../../../core/grid';
import type { CapacityResult, FileReport } from '../../../core/report';
import type { CellWrite } from '../../host/types';
import { tablesOf } from '../engine';
import { usePane } from '../pane-context';
import { TableHead } from './TableHead';
import { ProblemBar } from '../Problem';
import { showDecimal } from '../show';
import { useCellWrites } from '../use-cell-writes';
import { useTask } from '../use-task';
import { useStyles } from '../styles';

/** The proposal's new values in the plan's own cells (its person-year column). */
export function proposalWrites(workbook: Workbook, c: CapacityResult): CellWrite[] {
  const plan = tablesOf(workbook).find((t) => t.kind === 'plan' && t.sheet === c.sheet);
  const col = plan ? planValueColumn(plan) : undefined;
  if (col === undefined || !c.proposal) return [];
  return c.proposal.map((p) => ({ sheet: c.sheet, cell: a1(p.row, col), value: Number(p.new) }));
}

/**
 * Under Tjek: where a plan's person-years differ from the staff's capacity, the plan re-spread
 * to the capacity in the user's step (old → new, heraf parts scaled with their line), written
 * to the plan's cells with undo.
 */
export function CapacityProposals({ report }: { report: FileReport }) {
  const s = useStyles();
  const { host, settings, t } = usePane();
  const lang = settings.lang;
  const task = useTask();
  const [step, setStep] = useState(lang === 'en' ? '0.25' : '0,25');
  // A proposal in the user's own step, kept for the report it was made from only.
  const [own, setOwn] = useState<{ from: FileReport; list: CapacityResult[] } | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const cells = useCellWrites(setNote);
  const results = (own?.from === report ? own.list : report.capacity).filter((c) => c.proposal);
  if (report.capacity.every((c) => !c.proposal)) return null;

  const recompute = () =>
    task.run(async () => {
      const wb = await host.read('workbook');
      const r = checkWorkbook(wb, {
        lang,
        settings: {
          hoursPerPersonYear: settings.hoursPerPersonYear,
          capacityCounting: settings.capacityCounting,
          planStep: step,
        },
      });
      setOwn({ from: report, list: r.capacity });
      setNote(null);
    });

  const apply = (c: CapacityResult) =>
    task.run(async () => cells.write(proposalWrites(await host.read('workbook'), c)));

  const undo = () => task.run(cells.undo);

  return (
    <div className={s.view}>
      <Subtitle2 as="h3">{t('proposalTitle')}</Subtitle2>
      <Field label={t('proposalStep')}>
        <Input value={step} onChange={(_, d) => setStep(d.value)} inputMode="decimal" />
      </Field>
      <Button onClick={recompute} disabledFocusable={task.busy}>
        {t('showProposal')}
      </Button>
      {task.error !== null && <ProblemBar error={task.error} />}
      {results.map((c) => (
        <div key={c.sheet} className={s.view}>
          <Table
            role="table"
            size="small"
            aria-label={`${t('proposalTitle')} (${c.sheet})`}
            className={s.table}
          >
            <TableHead keys={['label', 'oldValue', 'newValue']} className={s.cell} />
            <TableBody role="rowgroup">
              {c.proposal!.map((p) => (
                <TableRow role="row" key={p.row}>
                  <TableCell role="cell" className={`${s.cell} ${s.head}`}>
                    {p.label}
                  </TableCell>
                  <TableCell role="cell" className={s.cell} data-label={t('oldValue')}>
                    {showDecimal(p.old, lang)}
                  </TableCell>
                  <TableCell role="cell" className={s.cell} data-label={t('newValue')}>
                    {showDecimal(p.new, lang)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Caption1>
            {t('proposalSum')}: {showDecimal(c.proposalTotal, lang)} ({t('capacityWord')}{' '}
            {showDecimal(c.capacity, lang)})
          </Caption1>
          <div className={s.actions}>
            <Button appearance="primary" onClick={() => apply(c)} disabledFocusable={task.busy}>
              {t('applyProposal')}
            </Button>
            <Button onClick={undo} disabledFocusable={task.busy || !host.canUndo()}>
              {t('undo')}
            </Button>
          </div>
        </div>
      ))}
      {note && <Caption1 role="status">{note}</Caption1>}
    </div>
  );
}
