import { useState } from 'react';
import {
  Badge,
  Button,
  Caption1,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  Switch,
} from '@fluentui/react-components';
import { describeResults, kindName } from '../../../core/check';
import { parseA1, parseRange, sheetCell } from '../../../core/grid';
import type { Lang } from '../../../core/i18n';
import type { FileReport, Finding, TableInfo } from '../../../core/report';
import type { ReadScope } from '../../host/types';
import { checkWithHost } from '../engine';
import { CapacityProposals } from './CapacityProposals';
import { CapacityChart, capacityBars } from '../charts';
import { usePane } from '../pane-context';
import { Busy, ProblemBar } from '../Problem';
import { showDecimal } from '../show';
import { StructureLegend } from '../StructureLegend';
import { useTask } from '../use-task';
import { useStyles } from '../styles';

interface Group {
  key: string;
  title: string;
  findings: Finding[];
}

function inTable(f: Finding, t: TableInfo): boolean {
  const r = parseRange(t.range);
  const c = parseA1(f.cell);
  return (
    !!r &&
    !!c &&
    f.sheet === t.sheet &&
    c.row >= r.top &&
    c.row <= r.bottom &&
    c.col >= r.left &&
    c.col <= r.right
  );
}

/** Findings under the table they belong to, in report order; the rest under "outside". */
export function groupFindings(report: FileReport, outside: string, lang: Lang): Group[] {
  const groups: Group[] = report.tables.map((t) => ({
    key: `${t.sheet}!${t.range}`,
    title: `${sheetCell(t.sheet, t.range)} (${kindName(t.kind, lang)})`,
    findings: [],
  }));
  const rest: Finding[] = [];
  for (const f of report.findings) {
    const i = report.tables.findIndex((t) => inTable(f, t));
    if (i >= 0) groups[i]!.findings.push(f);
    else rest.push(f);
  }
  const used = groups.filter((g) => g.findings.length > 0);
  return rest.length > 0 ? [...used, { key: 'outside', title: outside, findings: rest }] : used;
}

/** Findings listed at a time: a sheet with 100.000s of bad cells must not freeze the pane. */
export const FINDINGS_PAGE = 200;

/** The groups cut to their first `limit` findings in all, in order; empty groups dropped. */
export function firstFindings(groups: Group[], limit: number): Group[] {
  const out: Group[] = [];
  let left = limit;
  for (const g of groups) {
    if (left <= 0) break;
    const findings = g.findings.length <= left ? g.findings : g.findings.slice(0, left);
    left -= findings.length;
    out.push({ ...g, findings });
  }
  return out;
}

/** The capacity and funding results of a check, as the CLI says them, right under its counts. */
function CheckResults({ report, lang }: { report: FileReport; lang: Lang }) {
  const s = useStyles();
  const { t } = usePane();
  const lines = describeResults({ ...report, indicators: [], status: [] }, lang, {
    thisYear: new Date().getFullYear(),
  });
  if (lines.length === 0) return null;
  return (
    <section aria-label={t('results')}>
      <Subtitle2 as="h3">{t('results')}</Subtitle2>
      <ul className={s.results} data-testid="check-results">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

export function CheckView() {
  const s = useStyles();
  const { host, settings, t } = usePane();
  const [scope, setScope] = useState<ReadScope>('sheet');
  const [report, setReport] = useState<FileReport | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [shown, setShown] = useState(FINDINGS_PAGE);
  const [structureOn, setStructureOn] = useState(false);
  const task = useTask();
  const lang = settings.lang;

  const check = () =>
    task.run(async () => {
      setNote(null);
      setShown(FINDINGS_PAGE);
      const next = await checkWithHost(host, scope, settings);
      setReport(next);
      if (structureOn) await host.showStructure?.(next.tables);
    });

  return (
    <section aria-label={t('tabCheck')} className={s.view}>
      <Field label={t('scope')}>
        <RadioGroup value={scope} onChange={(_, d) => setScope(d.value as ReadScope)}>
          <Radio value="sheet" label={t('scopeSheet')} />
          <Radio value="selection" label={t('scopeSelection')} />
          <Radio value="workbook" label={t('scopeWorkbook')} />
        </RadioGroup>
      </Field>
      <Button appearance="primary" onClick={check} disabledFocusable={task.busy}>
        {t('runCheck')}
      </Button>
      {task.busy && <Busy label={t('reading')} />}
      {task.error !== null && <ProblemBar error={task.error} />}
      {report && (
        <div>
          <Caption1>
            {t('tablesFound')}: {report.tables.length} · {report.findings.length}{' '}
            {t(report.findings.length === 1 ? 'findingOne' : 'findingsCount')}
          </Caption1>
          {report.error && <ProblemBar error={new Error(report.error)} />}
          <CheckResults report={report} lang={lang} />
          {capacityBars(report.capacity).length > 0 && (
            <CapacityChart
              name={t('chartCapacity')}
              caption={t('chartFiguresResults')}
              bars={capacityBars(report.capacity)}
            />
          )}
          {host.showStructure && (
            <Switch
              checked={structureOn}
              // Not disabled while busy: a disabled control loses the keyboard's focus.
              aria-disabled={task.busy || undefined}
              label={t('showStructure')}
              onChange={(_, d) =>
                !task.busy &&
                task.run(async () => {
                  if (d.checked) await host.showStructure?.(report.tables);
                  else await host.hideStructure?.();
                  setStructureOn(d.checked);
                })
              }
            />
          )}
          {host.showStructure && structureOn && <StructureLegend lang={lang} />}
          {report.findings.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{t('noFindings')}</MessageBarBody>
            </MessageBar>
          ) : (
            <>
              {firstFindings(groupFindings(report, t('otherFindings'), settings.lang), shown).map(
                (g) => (
                  <div key={g.key}>
                    <Subtitle2 as="h3">{g.title}</Subtitle2>
                    <ul className={s.findings}>
                      {g.findings.map((f, i) => (
                        <li key={`${f.sheet}!${f.cell}:${i}`}>
                          <Badge
                            appearance="tint"
                            color={
                              f.severity === 'error'
                                ? 'danger'
                                : f.severity === 'warning'
                                  ? 'warning'
                                  : 'informative'
                            }
                          >
                            {t(`severity_${f.severity}`)}
                          </Badge>{' '}
                          <Link
                            as="button"
                            aria-label={`${t('goToCell')} ${f.sheet}!${f.cell}`}
                            onClick={() => task.run(() => host.goTo(f.sheet, f.cell))}
                          >
                            {f.sheet}!{f.cell}
                          </Link>
                          <div title={f.code}>{f.message}</div>
                          {(f.actual !== null || f.expected !== null) && (
                            <Caption1>
                              {t('stated')}: {showDecimal(f.actual, lang)} · {t('computed')}:{' '}
                              {showDecimal(f.expected, lang)}
                            </Caption1>
                          )}
                        </li>
                      ))}
                    </ul>
                  </div>
                ),
              )}
              {shown < report.findings.length && (
                <div className={s.actions}>
                  <Caption1>
                    {t('showing')} {showDecimal(String(shown), lang)} {t('of')}{' '}
                    {showDecimal(String(report.findings.length), lang)} {t('findingsCount')}.
                  </Caption1>
                  <Button onClick={() => setShown((n) => n + FINDINGS_PAGE)}>
                    {t('showMore')}
                  </Button>
                </div>
              )}
              <div className={s.actions}>
                <Button
                  onClick={() =>
                    task.run(async () => {
                      await host.markFindings(report.findings);
                      setNote(t('marked'));
                    })
                  }
                  disabledFocusable={task.busy}
                >
                  {t('markCells')}
                </Button>
                <Button
                  onClick={() =>
                    task.run(async () => {
                      await host.clearMarks();
                      setNote(null);
                    })
                  }
                  disabledFocusable={task.busy}
                >
                  {t('clearMarks')}
                </Button>
              </div>
              {note && <Caption1 role="status">{note}</Caption1>}
            </>
          )}
          <CapacityProposals report={report} />
        </div>
      )}
    </section>
  );
}
