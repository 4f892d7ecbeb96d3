#!/usr/bin/python3
"""Writes tests/fixtures/writers/openpyxl/*.xlsx from spec.json with openpyxl (Debian's
python3-openpyxl 3.0): the same tables as the ExcelJS files, each variant adding the features it
names. openpyxl 3.0 cannot write rich text, so that is put into the shared strings afterwards.

    /usr/bin/python3 scripts/make-writer-corpus.py   (or scripts/make-writer-corpus.sh for all)
"""
import datetime
import re
import zipfile

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

from writer_corpus import IMAGE, RICH, write_variants


def value(v):
    if isinstance(v, dict):
        return datetime.datetime.strptime(v['date'], '%Y-%m-%d')
    return v


def write(variant, features, spec, out):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    if 'date1904' in features:
        wb.epoch = CALENDAR_MAC_1904
    for sheet in spec['sheets']:
        ws = wb.create_sheet(sheet['name'])
        for r, row in enumerate(sheet['rows'], start=1):
            for c, v in enumerate(row, start=1):
                cell = ws.cell(row=r, column=c, value=value(v))
                if isinstance(v, dict):
                    cell.number_format = 'dd-mm-yyyy'
        if sheet.get('hidden'):
            ws.sheet_state = 'hidden'
    budget = wb['Budget 2024']
    if 'comment' in features:
        budget['B5'].comment = Comment('Tjek beløbet med økonomi', 'Ramme')
    if 'image' in features:
        budget.add_image(Image(IMAGE), 'D3')
    if 'chart' in features:
        chart = BarChart()
        chart.add_data(Reference(budget, min_col=2, min_row=3, max_row=7), titles_from_data=True)
        chart.set_categories(Reference(budget, min_col=1, min_row=4, max_row=7))
        budget.add_chart(chart, 'D10')
    if 'table' in features:
        table = Table(displayName='Udgifter', ref='A3:B8')
        table.tableStyleInfo = TableStyleInfo(name='TableStyleMedium2', showRowStripes=True)
        budget.add_table(table)
    if 'dv' in features:
        dv = DataValidation(type='decimal', operator='greaterThanOrEqual', formula1='0')
        dv.add('B4:B1048576')
        budget.add_data_validation(dv)
    wb.save(out)
    if 'richtext' in features:
        rich_text(out)


def rich_text(path):
    """The first word of RICH in bold, as Excel writes rich text: in the shared strings, or
    inline in the sheet where this openpyxl writes its strings."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    runs = '<r><rPr><b/><sz val="11"/></rPr><t>Løn,</t></r><r><t xml:space="preserve"> tre medarbejdere</t></r>'
    plain = '<t>(?:' + re.escape(RICH) + '|L&#248;n, tre medarbejdere)</t>'
    found = 0
    for name in ('xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml'):
        if name not in parts:
            continue
        xml = parts[name].decode('utf-8')
        xml, n = re.subn('(<si>|<is>)' + plain + '(</si>|</is>)', lambda m: m.group(1) + runs + m.group(2), xml)
        found += n
        parts[name] = xml.encode('utf-8')
    assert found == 1, 'rich text cell not found'
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def main():
    write_variants('openpyxl', write)


if __name__ == '__main__':
    main()
