import { useState } from 'react';
import {
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableRow,
} from '@fluentui/react-components';
import {
  findCatalogue,
  katalogReport,
  type FoundCatalogue,
  type KatalogReport,
} from '../../../core/check';
import { a1, type Workbook } from '../../../core/grid';
import type { Lang } from '../../../core/i18n';
import { Dec, formatAmount, formatNumber } from '../../../core/numbers';
import type { CellWrite } from '../../host/types';
import { usePane } from '../pane-context';
import { TableHead } from './TableHead';
import { Busy, ProblemBar } from '../Problem';
import { useCellWrites } from '../use-cell-writes';
import { useTask } from '../use-task';
import { useStyles } from '../styles';

function money(v: string, unit: KatalogReport['unit'], lang: Lang): string {
  return formatAmount(new Dec(v), unit, { lang });
}

function kroner(v: string | null, lang: Lang): string {
  return v === null ? '–' : formatAmount(new Dec(v), 'kr', { lang, decimals: 2 });
}

function count(v: string | null, lang: Lang): string {
  return v === null ? '–' : formatNumber(new Dec(v), { lang });
}

/**
 * One cell per priced line beside the catalogue: 1 when chosen, 0 when not, under a header
 * naming the frame; the lines without an amount are left alone.
 */
export function selectionWrites(
  found: FoundCatalogue,
  report: KatalogReport,
  header: string,
): CellWrite[] {
  const col = found.range.right + 1;
  const chosen = new Set(report.chosen.map((c) => c.row));
  const priced = found.lines.filter((l) => l.need !== null);
  return [
    { sheet: found.sheet, cell: a1(found.headerRow, col), value: header },
    ...priced.map((l) => ({
      sheet: found.sheet,
      cell: a1(l.row, col),
      value: chosen.has(l.row) ? 1 : 0,
      numFmt: '0',
    })),
  ];
}

/**
 * Katalog: the initiatives that fit a frame (starred first, then the catalogue's order or the
 * lowest cost per person), with what is left, what of each passed-over initiative would fit
 * scaled down, and the chosen total per pejlemærke; the selection can be written beside the
 * table (undo restores the cells), and on the web page downloaded with the new values.
 */
export function KatalogView() {
  const s = useStyles();
  const { host, settings, t } = usePane();
  const lang = settings.lang;
  const task = useTask();
  const [workbook, setWorkbook] = useState<Workbook | null>(null);
  const [found, setFound] = useState<FoundCatalogue | null>(null);
  const [frame, setFrame] = useState('');
  const [step, setStep] = useState(lang === 'en' ? '0.001' : '0,001');
  const [order, setOrder] = useState<'given' | 'price'>('given');
  const [report, setReport] = useState<KatalogReport | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const cells = useCellWrites(setNote);

  const find = () =>
    task.run(async () => {
      const wb = await host.read('workbook');
      setWorkbook(wb);
      setFound(findCatalogue(wb));
      setReport(null);
    });

  const pick = () =>
    task.run(async () => {
      setNote(null);
      if (!workbook || !found) return;
      if (frame.trim() === '') throw new Error(t('badFrame'));
      const r = katalogReport(workbook, { lang, frame, order, step, sheet: found.sheet });
      if (!r.ok) throw r;
      setReport(r.value);
    });

  const write = () =>
    task.run(async () => {
      if (!found || !report) return;
      const header = `${t('selectionHeader')} ${money(report.frame, report.unit, lang)}`;
      await cells.write(selectionWrites(found, report, header));
    });

  const undo = () => task.run(cells.undo);

  const m = (v: string) => (report ? money(v, report.unit, lang) : v);
  const who = (people: string | null) =>
    people === null
      ? ''
      : `${count(people, lang)} ${new Dec(people).eq(1) ? t('person') : t('persons')} ${t('for')} `;

  return (
    <section aria-label={t('tabCatalogue')} className={s.view}>
      <Button onClick={find} disabledFocusable={task.busy}>
        {t('findCatalogue')}
      </Button>
      {workbook && !found && <Caption1>{t('noCatalogue')}</Caption1>}
      {found && (
        <>
          <Caption1>
            {t('catalogueFound')}: {found.sheet}, {found.lines.length} {t('initiatives')}
          </Caption1>
          <Field label={t('frame')} hint={t('frameHint')}>
            <Input value={frame} onChange={(_, d) => setFrame(d.value)} inputMode="decimal" />
          </Field>
          <Field label={t('order')}>
            <Select
              className={s.select}
              value={order}
              onChange={(_, d) => setOrder(d.value === 'price' ? 'price' : 'given')}
            >
              <option value="given">{t('orderGiven')}</option>
              <option value="price">{t('orderPrice')}</option>
            </Select>
          </Field>
          <Field label={t('suggestionStep')}>
            <Input value={step} onChange={(_, d) => setStep(d.value)} inputMode="decimal" />
          </Field>
          <div className={s.actions}>
            <Button appearance="primary" onClick={pick} disabledFocusable={task.busy}>
              {t('pick')}
            </Button>
            <Button onClick={write} disabledFocusable={task.busy || !report}>
              {t('writeSelection')}
            </Button>
            <Button onClick={undo} disabledFocusable={task.busy || !host.canUndo()}>
              {t('undo')}
            </Button>
          </div>
        </>
      )}
      {task.busy && <Busy label={t('working')} />}
      {task.error !== null && <ProblemBar error={task.error} />}
      {note && <Caption1 role="status">{note}</Caption1>}
      {report && (
        <>
          <Table role="table" size="small" aria-label={t('chosen')} className={s.table}>
            <TableHead
              keys={['initiative', 'star', 'need', 'people', 'costPerPerson']}
              className={s.cell}
            />
            <TableBody role="rowgroup">
              {report.chosen.map((c) => (
                <TableRow role="row" key={c.row}>
                  {/* The initiative first: in a narrow pane it heads its row. */}
                  <TableCell role="cell" className={`${s.cell} ${s.head}`}>
                    {c.label}
                  </TableCell>
                  <TableCell
                    role="cell"
                    className={s.cell}
                    data-label={c.starred ? t('star') : undefined}
                  >
                    {c.starred ? '*' : ''}
                  </TableCell>
                  <TableCell role="cell" className={s.cell} data-label={t('need')}>
                    {m(c.need)}
                  </TableCell>
                  <TableCell role="cell" className={s.cell} data-label={t('people')}>
                    {count(c.people, lang)}
                  </TableCell>
                  <TableCell role="cell" className={s.cell} data-label={t('costPerPerson')}>
                    {kroner(c.costPerPerson, lang)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Caption1 role="status" data-testid="katalog-total">
            {t('chosenTotal')} {m(report.total)}; {m(report.left)} {t('left')}
          </Caption1>
          {report.rest.length > 0 && (
            <Table role="table" size="small" aria-label={t('didNotFit')} className={s.table}>
              <TableHead keys={['initiative', 'need', 'scaledDown']} className={s.cell} />
              <TableBody role="rowgroup">
                {report.rest.map((x) => (
                  <TableRow role="row" key={x.row}>
                    <TableCell role="cell" className={`${s.cell} ${s.head}`}>
                      {x.label}
                    </TableCell>
                    <TableCell role="cell" className={s.cell} data-label={t('need')}>
                      {m(x.need)}
                    </TableCell>
                    <TableCell role="cell" className={s.cell} data-label={t('scaledDown')}>
                      {x.scaledDown ? `${who(x.scaledDown.people)}${m(x.scaledDown.need)}` : '–'}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          <Table role="table" size="small" aria-label={t('perArea')} className={s.table}>
            <TableHead keys={['area', 'chosen']} className={s.cell} />
            <TableBody role="rowgroup">
              {report.areas.map((a) => (
                <TableRow role="row" key={a.area ?? ''}>
                  <TableCell role="cell" className={`${s.cell} ${s.head}`}>
                    {a.area ?? t('noArea')}
                  </TableCell>
                  <TableCell role="cell" className={s.cell} data-label={t('chosen')}>
                    {m(a.total)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
