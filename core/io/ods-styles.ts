import { MAX_FORMAT_CODE } from '../numbers';

/**
 * The number formats of an OpenDocument spreadsheet, as Excel format codes: the checks read
 * dates, percentages, decimals and units from those ('#,##0.0', '0.0%', '#,##0 "kr."').
 * Collected from the styles' XML events; a cell's code is found through its cell style (and
 * that style's parents) and the data style it names.
 */
export class OdsStyles {
  private readonly codes = new Map<string, string>();
  private readonly maps = new Map<string, string>();
  private readonly cellData = new Map<string, string>();
  private readonly cellParent = new Map<string, string>();
  /** Table styles with table:display="false": hidden sheets. */
  readonly hiddenTables = new Set<string>();
  private building: { name: string; kind: string; code: string } | undefined;
  private textOpen = false;
  private text = '';
  private lastCellStyle: string | undefined;
  private lastTableStyle: string | undefined;

  open(tag: string, a: Record<string, string>): void {
    if (tag.startsWith('number:') && tag.endsWith('-style')) {
      this.building = { name: a['style:name'] ?? '', kind: tag.slice(7, -6), code: '' };
      return;
    }
    if (tag === 'style:style') {
      const name = a['style:name'] ?? '';
      this.lastCellStyle = a['style:family'] === 'table-cell' ? name : undefined;
      this.lastTableStyle = a['style:family'] === 'table' ? name : undefined;
      if (this.lastCellStyle !== undefined) {
        if (a['style:data-style-name']) this.cellData.set(name, a['style:data-style-name']);
        if (a['style:parent-style-name']) this.cellParent.set(name, a['style:parent-style-name']);
      }
      return;
    }
    if (tag === 'style:table-properties' && this.lastTableStyle !== undefined) {
      if (a['table:display'] === 'false') this.hiddenTables.add(this.lastTableStyle);
      return;
    }
    const b = this.building;
    if (!b) return;
    if (tag === 'style:map') {
      const to = a['style:apply-style-name'];
      // The positive section, which Excel writes first and the checks read.
      if (to && /^value\(\)\s*>=?\s*0$/.test(a['style:condition'] ?? '')) this.maps.set(b.name, to);
    } else if (tag === 'number:number' || tag === 'number:scientific-number') {
      const grouping = a['number:grouping'] === 'true';
      const places = Number(a['number:decimal-places'] ?? 0) || 0;
      const min = Math.min(places, Number(a['number:min-decimal-places'] ?? places) || 0);
      const decimals = places > 0 ? `.${'0'.repeat(min)}${'#'.repeat(places - min)}` : '';
      b.code += `${grouping ? '#,##0' : '0'}${decimals}${tag.endsWith('scientific-number') ? 'E+00' : ''}`;
    } else if (tag === 'number:day') b.code += a['number:style'] === 'long' ? 'dd' : 'd';
    else if (tag === 'number:month') b.code += a['number:textual'] === 'true' ? 'mmm' : 'mm';
    else if (tag === 'number:year') b.code += a['number:style'] === 'long' ? 'yyyy' : 'yy';
    else if (tag === 'number:hours') b.code += 'hh';
    else if (tag === 'number:minutes') b.code += 'mm';
    else if (tag === 'number:seconds') b.code += 'ss';
    else if (tag === 'number:text' || tag === 'number:currency-symbol') {
      this.textOpen = true;
      this.text = '';
    }
  }

  chars(text: string): void {
    if (this.textOpen) this.text += text;
  }

  close(tag: string): void {
    const b = this.building;
    if (!b) return;
    if (tag === 'number:text' || tag === 'number:currency-symbol') {
      this.textOpen = false;
      const t = this.text;
      if (t === '%' && b.kind === 'percentage') b.code += '%';
      else if (t.trim() !== '') b.code += `"${t.replace(/"/g, '')}"`;
      else if (t !== '') b.code += ' ';
    } else if (tag.startsWith('number:') && tag.endsWith('-style')) {
      let code = b.code.trim();
      if (b.kind === 'percentage' && !code.includes('%')) code += '%';
      // A code longer than Excel keeps is read as General (core/numbers/format-code).
      if (code !== '' && code.length <= MAX_FORMAT_CODE) this.codes.set(b.name, code);
      this.building = undefined;
    }
  }

  /** The Excel format code of a cell style, or undefined for 'General'. */
  formatOf(cellStyle: string | undefined): string | undefined {
    for (let s = cellStyle, hops = 0; s !== undefined && hops < 16; hops++) {
      const data = this.cellData.get(s);
      if (data !== undefined)
        return this.codes.get(this.maps.get(data) ?? data) ?? this.codes.get(data);
      s = this.cellParent.get(s);
    }
    return undefined;
  }
}
