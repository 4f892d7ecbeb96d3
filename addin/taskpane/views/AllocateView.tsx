import { useState } from 'react';
import {
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableRow,
} from '@fluentui/react-components';
import { parseA1, type Workbook } from '../../../core/grid';
import type { CellWrite } from '../../host/types';
import {
  allocationWrites,
  allocTables,
  mixedUnitsRefusal,
  previewAllocation,
  readTyped,
  type AllocTable,
  type Preview,
} from '../allocation-model';
import { amountAt, tablesOf } from '../engine';
import { partColumns, previewAlongRow, rowAllocationWrites } from '../row-allocation';
import { usePane } from '../pane-context';
import { TableHead } from './TableHead';
import { Busy, ProblemBar } from '../Problem';
import { showDec } from '../show';
import { useTask } from '../use-task';
import { useStyles } from '../styles';

export function AllocateView() {
  const s = useStyles();
  const { host, settings, t } = usePane();
  const lang = settings.lang;
  const task = useTask();
  const [workbook, setWorkbook] = useState<Workbook | null>(null);
  const [tables, setTables] = useState<AllocTable[]>([]);
  const [tableId, setTableId] = useState('');
  const [col, setCol] = useState(0);
  const [totalText, setTotalText] = useState('');
  const [stepText, setStepText] = useState(settings.defaultStep);
  const [locked, setLocked] = useState<Set<number>>(new Set());
  // Down a column (a pool over initiatives) or along a row (a multi-year target over years).
  const [along, setAlong] = useState<'column' | 'row'>('column');
  const [spreadRow, setSpreadRow] = useState(0);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [formulaCells, setFormulaCells] = useState<string[] | null>(null);
  const [pending, setPending] = useState<CellWrite[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const [inputProblem, setInputProblem] = useState<{
    total?: string;
    step?: string;
    other?: string;
  }>({});
  const [, setUndoTick] = useState(0);
  const table = tables.find((x) => x.id === tableId);

  const choose = (list: AllocTable[], id: string) => {
    const next = list.find((x) => x.id === id);
    setTableId(id);
    setCol(next?.columns[next.columns.length - 1]?.col ?? 0);
    setSpreadRow(next?.rows[0]?.row ?? 0);
    setLocked(new Set());
    setPreview(null);
  };

  const find = () =>
    task.run(async () => {
      const wb = await host.read('workbook');
      const list = allocTables(tablesOf(wb));
      setWorkbook(wb);
      setTables(list);
      choose(list, list[0]?.id ?? '');
    });

  // What the user typed is checked at its field, not reported as "Noget gik galt".
  const compute = (lockedRows: Set<number>) => {
    setNote(null);
    setInputProblem({});
    if (!workbook || !table) return;
    const total = readTyped(totalText, lang);
    const step = readTyped(stepText, lang);
    if (total === null || step === null) {
      setPreview(null);
      setInputProblem({
        total: total !== null ? undefined : t(totalText.trim() === '' ? 'emptyTotal' : 'badTotal'),
        step: step !== null ? undefined : t(stepText.trim() === '' ? 'emptyStep' : 'badStep'),
      });
      return;
    }
    const r =
      along === 'row'
        ? previewAlongRow(workbook, table, spreadRow, total, step, lockedRows)
        : previewAllocation(workbook, table, col, total, step, lockedRows);
    if (!r.ok) {
      setPreview(null);
      setInputProblem({ other: lang === 'en' ? r.error.message.en : r.error.message.da });
      return;
    }
    setPreview(r.value);
  };
  const refusal = preview ? mixedUnitsRefusal(preview) : null;

  const totalFromSelection = () =>
    task.run(async () => {
      const sel = await host.selection?.();
      if (!sel) return;
      const wb = await host.read('workbook');
      const at = parseA1(sel.range.split(':')[0]!);
      const v = at ? amountAt(wb, sel.sheet, at.row, at.col) : null;
      if (v === null) {
        setInputProblem({ total: t('badTotalCell') });
        return;
      }
      setInputProblem({});
      setTotalText(lang === 'en' ? v.toString() : v.toString().replace('.', ','));
    });

  const doWrite = async (writes: CellWrite[], overwriteFormulas: boolean) => {
    const out = await host.write(writes, { overwriteFormulas });
    if (!out.ok) {
      setPending(writes);
      setFormulaCells(out.formulaCells);
      return;
    }
    setFormulaCells(null);
    setNote(`${out.written} ${t('written')}`);
    setWorkbook(await host.read('workbook'));
    setUndoTick((n) => n + 1);
  };

  const apply = () =>
    task.run(async () => {
      if (!workbook || !table || !preview) return;
      const w =
        along === 'row'
          ? rowAllocationWrites(workbook, table, spreadRow, preview)
          : allocationWrites(workbook, table, col, preview);
      if (!w.ok) throw w;
      await doWrite(w.value, false);
    });

  const undo = () =>
    task.run(async () => {
      if (await host.undo()) setNote(t('undone'));
      setWorkbook(await host.read('workbook'));
      setUndoTick((n) => n + 1);
    });

  const toggle = (row: number, on: boolean) => {
    const next = new Set(locked);
    if (on) next.add(row);
    else next.delete(row);
    setLocked(next);
    void task.run(async () => compute(next));
  };

  return (
    <section aria-label={t('tabAllocate')} className={s.view}>
      <Button onClick={find} disabledFocusable={task.busy}>
        {t('readTables')}
      </Button>
      {workbook && tables.length === 0 && <Caption1>{t('noTables')}</Caption1>}
      {table && (
        <>
          <Field label={t('table')}>
            <Select
              className={s.select}
              value={tableId}
              onChange={(_, d) => choose(tables, d.value)}
            >
              {tables.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </Select>
          </Field>
          {partColumns(table).length > 1 && (
            <Field label={t('spreadAlong')}>
              <Select
                className={s.select}
                value={along}
                onChange={(_, d) => {
                  setAlong(d.value === 'row' ? 'row' : 'column');
                  setLocked(new Set());
                  setPreview(null);
                }}
              >
                <option value="column">{t('alongColumn')}</option>
                <option value="row">{t('alongRow')}</option>
              </Select>
            </Field>
          )}
          {along === 'row' ? (
            <Field label={t('spreadRow')}>
              <Select
                className={s.select}
                value={String(spreadRow)}
                onChange={(_, d) => (setSpreadRow(Number(d.value)), setPreview(null))}
              >
                {table.rows.map((r) => (
                  <option key={r.row} value={r.row}>
                    {r.label}
                  </option>
                ))}
              </Select>
            </Field>
          ) : (
            <Field label={t('weightColumn')}>
              <Select
                className={s.select}
                value={String(col)}
                onChange={(_, d) => (setCol(Number(d.value)), setPreview(null))}
              >
                {table.columns.map((c) => (
                  <option key={c.col} value={c.col}>
                    {c.header}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Field
            label={t('total')}
            validationState={inputProblem.total ? 'error' : 'none'}
            validationMessage={inputProblem.total}
          >
            <Input
              value={totalText}
              onChange={(_, d) => setTotalText(d.value)}
              inputMode="decimal"
            />
          </Field>
          {host.selection && (
            <Button size="small" onClick={totalFromSelection} disabledFocusable={task.busy}>
              {t('totalFromCell')}
            </Button>
          )}
          <Field
            label={t('step')}
            validationState={inputProblem.step ? 'error' : 'none'}
            validationMessage={inputProblem.step}
          >
            <Input value={stepText} onChange={(_, d) => setStepText(d.value)} inputMode="decimal" />
          </Field>
          <div className={s.actions}>
            <Button
              appearance="primary"
              onClick={() => task.run(async () => compute(locked))}
              disabledFocusable={task.busy}
            >
              {t('preview')}
            </Button>
            <Button onClick={apply} disabledFocusable={task.busy || !preview || refusal !== null}>
              {t('apply')}
            </Button>
            <Button onClick={undo} disabledFocusable={task.busy || !host.canUndo()}>
              {t('undo')}
            </Button>
          </div>
        </>
      )}
      {task.busy && <Busy label={t('working')} />}
      {task.error !== null && <ProblemBar error={task.error} />}
      {inputProblem.other && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{inputProblem.other}</MessageBarBody>
        </MessageBar>
      )}
      {refusal && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{lang === 'en' ? refusal.en : refusal.da}</MessageBarBody>
        </MessageBar>
      )}
      {note && <Caption1 role="status">{note}</Caption1>}
      {preview && (
        <>
          <Table role="table" size="small" aria-label={t('preview')} className={s.table}>
            <TableHead keys={['lock', 'label', 'oldValue', 'newValue', 'why']} className={s.cell} />
            <TableBody role="rowgroup">
              {preview.rows.map((r) => (
                <TableRow role="row" key={r.row}>
                  <TableCell role="cell" className={s.cell} data-label={t('lock')}>
                    <Checkbox
                      checked={r.locked}
                      aria-label={`${t('lock')} ${r.label}`}
                      onChange={(_, d) => toggle(r.row, d.checked === true)}
                    />
                  </TableCell>
                  <TableCell role="cell" className={`${s.cell} ${s.head}`}>
                    {r.label}
                  </TableCell>
                  <TableCell role="cell" className={s.cell} data-label={t('oldValue')}>
                    {showDec(r.old, lang)}
                  </TableCell>
                  <TableCell role="cell" className={s.cell} data-label={t('newValue')}>
                    {showDec(r.next, lang)}
                  </TableCell>
                  <TableCell role="cell" className={s.cell} data-label={t('why')}>
                    {lang === 'en' ? r.why.en : r.why.da}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Caption1>{lang === 'en' ? preview.summary.en : preview.summary.da}</Caption1>
        </>
      )}
      <Dialog
        open={formulaCells !== null}
        onOpenChange={(_, d) => !d.open && setFormulaCells(null)}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('formulasTitle')}</DialogTitle>
            <DialogContent>
              {t('formulasBody')} {formulaCells?.join(', ')}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => task.run(() => doWrite(pending, true))}>
                {t('overwrite')}
              </Button>
              <Button onClick={() => setFormulaCells(null)}>{t('cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
