import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { a1, columnName, parseA1, parseRange, sheetCell } from '../../core/grid';
import type { Lang } from '../../core/i18n';
import type { Finding } from '../../core/report';
import { COLUMN_FILL, type StructureColours } from '../host/structure';
import { structureWords } from '../taskpane/structure-words';
import { cellText } from './cell-text';
import type { ViewStore } from './store';
import { webText } from './strings';

/** Rows and columns drawn at once; goTo moves the window so the cell it shows is always drawn. */
const WINDOW_ROWS = 400;
const WINDOW_COLS = 60;

const useStyles = makeStyles({
  region: {
    overflow: 'auto',
    maxHeight: 'calc(100vh - 220px)',
    minHeight: '200px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, tableLayout: 'auto' },
  caption: { textAlign: 'left', padding: '4px 6px', fontWeight: tokens.fontWeightSemibold },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    minWidth: '32px',
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    textAlign: 'right',
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    maxWidth: '28ch',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    cursor: 'cell',
  },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  error: { backgroundColor: '#FFC7CE', color: '#7A0010' },
  warning: { backgroundColor: '#FFEB9C', color: '#5C4300' },
  info: { backgroundColor: '#DDEBF7', color: '#0B3A66' },
  selected: { boxShadow: `inset 0 0 0 2px ${tokens.colorBrandStroke1}` },
  focus: { outline: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}`, outlineOffset: '-3px' },
  srOnly: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

const RANK: Record<Finding['severity'], number> = { error: 3, warning: 2, info: 1 };

function marksOn(sheet: string, marks: Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of marks) {
    if (f.sheet !== sheet) continue;
    out.set(f.cell, [...(out.get(f.cell) ?? []), f]);
  }
  return out;
}

function inRange(range: string | undefined, row: number, col: number): boolean {
  const r = range ? parseRange(range) : undefined;
  return !!r && row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/**
 * The chosen sheet as an accessible table (column letters and row numbers as headers). Marked
 * findings colour their cells and say why to screen readers; goTo scrolls to its cell and
 * outlines it; a click selects a cell (shift-click a range), which the pane reads as "the
 * selection". Cell text is always a text node.
 */
export function SheetView({
  store,
  lang,
  structure = null,
}: {
  store: ViewStore;
  lang: Lang;
  /** The structure map to tint the cells with (StructureMap.tsx); a finding's mark wins. */
  structure?: StructureColours | null;
}) {
  const s = useStyles();
  const view = useSyncExternalStore(store.subscribe, store.get);
  const region = useRef<HTMLDivElement>(null);
  const anchor = useRef<string | null>(null);
  const sheet = store.sheet(view.active);
  const focus = view.focus?.sheet === view.active ? view.focus : null;
  const focusAt = focus ? parseA1(focus.cell) : undefined;
  const marks = useMemo(() => marksOn(view.active, view.marks), [view.active, view.marks]);

  const rowCount = sheet?.rowCount ?? 0;
  const colCount = sheet?.colCount ?? 0;
  const top = focusAt && focusAt.row > WINDOW_ROWS ? Math.max(1, focusAt.row - 100) : 1;
  const left = focusAt && focusAt.col > WINDOW_COLS ? Math.max(1, focusAt.col - 20) : 1;
  const bottom = Math.min(rowCount, top + WINDOW_ROWS - 1);
  const right = Math.min(colCount, left + WINDOW_COLS - 1);

  useEffect(() => {
    if (!focus || !region.current) return;
    const el = region.current.querySelector(`[data-cell="${CSS.escape(focus.cell)}"]`);
    el?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [focus]);

  if (!sheet) return null;
  const select = (cell: string, extend: boolean) => {
    const from = extend && anchor.current ? anchor.current : cell;
    if (!extend) anchor.current = cell;
    const a = parseA1(from)!;
    const b = parseA1(cell)!;
    const range =
      from === cell
        ? cell
        : `${a1(Math.min(a.row, b.row), Math.min(a.col, b.col))}:${a1(Math.max(a.row, b.row), Math.max(a.col, b.col))}`;
    store.update({ selection: { sheet: sheet.name, range } });
  };
  const selection = view.selection?.sheet === sheet.name ? view.selection.range : undefined;
  const cols = Array.from({ length: Math.max(0, right - left + 1) }, (_, i) => left + i);
  const rows = Array.from({ length: Math.max(0, bottom - top + 1) }, (_, i) => top + i);

  return (
    <>
      <div
        ref={region}
        className={s.region}
        role="region"
        aria-label={`${webText(lang, 'sheetView')} ${sheet.name}`}
        tabIndex={0}
      >
        <table className={s.table} data-sheet={sheet.name}>
          <caption className={s.caption}>{sheet.name}</caption>
          <thead>
            <tr>
              <td className={s.head} />
              {cols.map((c) => {
                const role = structure?.columns.get(c);
                return (
                  <th
                    key={c}
                    scope="col"
                    className={s.head}
                    data-column-role={role}
                    style={role && { borderBottom: `6px solid ${COLUMN_FILL[role]}` }}
                  >
                    {columnName(c)}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th scope="row" className={s.rowHead}>
                  {r}
                </th>
                {cols.map((c) => {
                  const address = a1(r, c);
                  const cell = sheet.rows[r - 1]?.[c - 1];
                  const found = marks.get(address);
                  const worst = found?.reduce(
                    (w, f) => (RANK[f.severity] > RANK[w] ? f.severity : w),
                    found[0]!.severity,
                  );
                  const isNumber = typeof cell?.value === 'number';
                  const role = structure?.cellAt(r, c);
                  return (
                    <td
                      key={c}
                      data-cell={address}
                      data-mark={worst}
                      data-focus={focus?.cell === address ? 'true' : undefined}
                      data-row-role={role?.rowRole}
                      style={role && !worst ? { backgroundColor: role.fill } : undefined}
                      title={
                        found?.map((f) => f.message).join('\n') ??
                        (role && structureWords(lang, role))
                      }
                      className={mergeClasses(
                        s.cell,
                        isNumber && s.number,
                        worst && s[worst],
                        inRange(selection, r, c) && s.selected,
                        focus?.cell === address && s.focus,
                      )}
                      onClick={(e) => select(address, e.shiftKey)}
                    >
                      {cellText(cell, lang)}
                      {found && (
                        <span className={s.srOnly}>
                          {' '}
                          (
                          {found
                            .map((f) => `${webText(lang, `severity_${f.severity}`)}: ${f.message}`)
                            .join('; ')}
                          )
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Caption1 aria-live="polite">
        {rowCount === 0
          ? webText(lang, 'emptySheet')
          : `${webText(lang, 'rowsShown')} ${top}–${bottom} ${webText(lang, 'of')} ${rowCount}`}
        {focus && ` · ${webText(lang, 'showingCell')} ${sheetCell(sheet.name, focus.cell)}`}
        {selection && ` · ${webText(lang, 'selected')} ${selection}`}
      </Caption1>
    </>
  );
}
