import type { Dialect } from './dialect';
import { escapeAttr, escapeText } from './xml';

/**
 * A native chart on a sheet Ramme adds: its series read cells Ramme writes on that sheet, so
 * the chart follows the cells in Excel and LibreOffice.
 */
export interface NativeChart {
  /** The sheet the chart sits on and reads (one of the patch's new sheets). */
  sheet: string;
  /** A line chart (an indicator over periods) or clustered columns (status against target). */
  kind: 'line' | 'bar';
  title: string;
  /** The category labels: an A1 range on the sheet ('A4:A9'). */
  categories: string;
  /**
   * Each series: the cell holding its name and the range of its values; `line` draws it as a
   * line in a column chart, `target` as a dashed line without markers.
   */
  series: Array<{ name: string; values: string; line?: boolean; target?: boolean }>;
  /** The cells the chart covers: top-left and bottom-right corner ('D3', 'L20'). */
  from: string;
  to: string;
  /** The value axis' number format ('0%'); General when undefined. */
  numFmt?: string;
}

/** A chart's series with the values the patch writes to its cells (the chart's cache). */
export interface ChartData {
  chart: NativeChart;
  categories: { ref: string; values: string[] };
  series: Array<{
    name: { ref: string; value: string };
    values: { ref: string; values: Array<number | null> };
    line: boolean;
    target: boolean;
  }>;
}

const CAT_AX = 500000001;
const VAL_AX = 500000002;

const v = (name: string, val: string | number) => `<c:${name} val="${escapeAttr(String(val))}"/>`;

function strRef(ref: string, values: string[]): string {
  const pts = values.map((s, i) => `<c:pt idx="${i}"><c:v>${escapeText(s)}</c:v></c:pt>`);
  return `<c:strRef><c:f>${escapeText(ref)}</c:f><c:strCache>${v('ptCount', values.length)}${pts.join('')}</c:strCache></c:strRef>`;
}

// An empty cell has no point in the cache, so the chart shows a gap as Excel does.
function numRef(ref: string, values: Array<number | null>): string {
  const pts = values.flatMap((n, i) =>
    n === null || !Number.isFinite(n) ? [] : [`<c:pt idx="${i}"><c:v>${String(n)}</c:v></c:pt>`],
  );
  return `<c:numRef><c:f>${escapeText(ref)}</c:f><c:numCache><c:formatCode>General</c:formatCode>${v('ptCount', values.length)}${pts.join('')}</c:numCache></c:numRef>`;
}

// Colours are set on each series: a package without a theme (a CSV's) would draw nothing else.
const COLOURS = ['4472C4', 'ED7D31', '70AD47', '7F6084', '5B9BD5', 'FFC000'];
const TARGET = 'C00000';
const fill = (rgb: string) => `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;

function look(s: ChartData['series'][number], i: number, bar: boolean): string {
  const rgb = s.target ? TARGET : COLOURS[i % COLOURS.length]!;
  if (bar) return `<c:spPr>${fill(rgb)}</c:spPr>${v('invertIfNegative', 0)}`;
  const dash = s.target ? '<a:prstDash val="dash"/>' : '';
  const marker = s.target
    ? `<c:marker>${v('symbol', 'none')}</c:marker>`
    : `<c:marker>${v('symbol', 'circle')}${v('size', 5)}<c:spPr>${fill(rgb)}<a:ln>${fill(rgb)}</a:ln></c:spPr></c:marker>`;
  return `<c:spPr><a:ln w="28575" cap="rnd">${fill(rgb)}${dash}<a:round/></a:ln></c:spPr>${marker}`;
}

function series(d: ChartData, s: ChartData['series'][number], i: number, bar: boolean): string {
  return (
    `<c:ser>${v('idx', i)}${v('order', i)}<c:tx>${strRef(s.name.ref, [s.name.value])}</c:tx>` +
    look(s, i, bar) +
    `<c:cat>${strRef(d.categories.ref, d.categories.values)}</c:cat>` +
    `<c:val>${numRef(s.values.ref, s.values.values)}</c:val>` +
    (bar ? '' : v('smooth', 0)) +
    '</c:ser>'
  );
}

const axIds = `${v('axId', CAT_AX)}${v('axId', VAL_AX)}`;

/** The chart part (DrawingML c:chartSpace): title, one or two plots on shared axes, a legend. */
export function chartXml(d: ChartData, ns: Dialect): string {
  const all = d.series.map((s, i) => ({ s, i }));
  const bars = d.chart.kind === 'bar' ? all.filter(({ s }) => !s.line) : [];
  const lines = all.filter(({ s }) => !bars.some((b) => b.s === s));
  const barPlot =
    bars.length === 0
      ? ''
      : `<c:barChart>${v('barDir', 'col')}${v('grouping', 'clustered')}${v('varyColors', 0)}` +
        bars.map(({ s, i }) => series(d, s, i, true)).join('') +
        `${v('gapWidth', 150)}${axIds}</c:barChart>`;
  const linePlot =
    lines.length === 0
      ? ''
      : `<c:lineChart>${v('grouping', 'standard')}${v('varyColors', 0)}` +
        lines.map(({ s, i }) => series(d, s, i, false)).join('') +
        `${v('marker', 1)}${axIds}</c:lineChart>`;
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeText(d.chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `${v('overlay', 0)}</c:title>${v('autoTitleDeleted', 0)}`;
  const catAx =
    `<c:catAx>${v('axId', CAT_AX)}<c:scaling>${v('orientation', 'minMax')}</c:scaling>${v('delete', 0)}${v('axPos', 'b')}` +
    `${v('majorTickMark', 'out')}${v('minorTickMark', 'none')}${v('tickLblPos', 'low')}${v('crossAx', VAL_AX)}` +
    `${v('crosses', 'autoZero')}${v('auto', 1)}${v('lblAlgn', 'ctr')}${v('lblOffset', 100)}${v('noMultiLvlLbl', 0)}</c:catAx>`;
  const valAx =
    `<c:valAx>${v('axId', VAL_AX)}<c:scaling>${v('orientation', 'minMax')}</c:scaling>${v('delete', 0)}${v('axPos', 'l')}<c:majorGridlines/>` +
    `<c:numFmt formatCode="${escapeAttr(d.chart.numFmt ?? 'General')}" sourceLinked="0"/>` +
    `${v('majorTickMark', 'out')}${v('minorTickMark', 'none')}${v('tickLblPos', 'nextTo')}${v('crossAx', CAT_AX)}` +
    `${v('crosses', 'autoZero')}${v('crossBetween', 'between')}</c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${ns.chart}" xmlns:a="${ns.drawing}" xmlns:r="${ns.rel}">${v('roundedCorners', 0)}<c:chart>${title}` +
    `<c:plotArea><c:layout/>${barPlot}${linePlot}${catAx}${valAx}</c:plotArea>` +
    `<c:legend>${v('legendPos', 'b')}${v('overlay', 0)}</c:legend>${v('plotVisOnly', 1)}${v('dispBlanksAs', 'gap')}` +
    '</c:chart></c:chartSpace>'
  );
}

/** One chart frame anchored to cells, as a drawing part's anchor (0-based columns and rows). */
export function chartAnchor(
  from: { row: number; col: number },
  to: { row: number; col: number },
  id: number,
  relId: string,
  name: string,
  ns: Dialect,
): string {
  const at = (tag: string, p: { row: number; col: number }) =>
    `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${at('from', from)}${at('to', to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escapeAttr(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${ns.chart}"><c:chart xmlns:c="${ns.chart}" r:id="${escapeAttr(relId)}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

/** A drawing part holding these anchors. */
export function drawingXml(anchors: string[], ns: Dialect): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${ns.spreadsheetDrawing}" xmlns:a="${ns.drawing}" xmlns:r="${ns.rel}">${anchors.join('')}</xdr:wsDr>`
  );
}
