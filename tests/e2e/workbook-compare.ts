// Two .xlsx files compared cell by cell: values, fills and notes (what an annotated copy is).
import ExcelJS from 'exceljs';

export interface CellDump {
  sheet: string;
  cell: string;
  value: string;
  fill: string;
  note: string;
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

export async function loadXlsx(bytes: Uint8Array | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

export async function dumpXlsx(bytes: Uint8Array | Buffer): Promise<CellDump[]> {
  const wb = await loadXlsx(bytes);
  const out: CellDump[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) =>
        out.push({
          sheet: ws.name,
          cell: c.address,
          value: text(c.value),
          fill: text((c.fill as { fgColor?: unknown } | undefined)?.fgColor),
          note: text(c.note),
        }),
      ),
    ),
  );
  return out;
}
