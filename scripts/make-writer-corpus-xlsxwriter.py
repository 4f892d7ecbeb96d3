#!/usr/bin/python3
"""Writes tests/fixtures/writers/xlsxwriter/*.xlsx from spec.json with XlsxWriter (Debian's
python3-xlsxwriter 3.0; pandas writes .xlsx through it): the same tables as the ExcelJS files,
each variant adding the features it names. Also tests/fixtures/no-results/xlsxwriter-sums.xlsx,
a budget whose subtotals are formulas: XlsxWriter stores 0 as every formula's result and has
Excel recalculate on opening (scripts/make-writer-corpus.sh has LibreOffice re-save it).

    /usr/bin/python3 scripts/make-writer-corpus-xlsxwriter.py   (or make-writer-corpus.sh)
"""
import datetime
import os

import xlsxwriter

from writer_corpus import FIXTURES, IMAGE, RICH, write_variants


def write(variant, features, spec, out):
    wb = xlsxwriter.Workbook(out, {'date_1904': 'date1904' in features})
    date = wb.add_format({'num_format': 'dd-mm-yyyy'})
    bold = wb.add_format({'bold': True})
    for sheet in spec['sheets']:
        ws = wb.add_worksheet(sheet['name'])
        for r, row in enumerate(sheet['rows']):
            for c, v in enumerate(row):
                if isinstance(v, dict):
                    ws.write_datetime(r, c, datetime.datetime.strptime(v['date'], '%Y-%m-%d'), date)
                elif v == RICH and 'richtext' in features:
                    ws.write_rich_string(r, c, bold, 'Løn,', ' tre medarbejdere')
                else:
                    ws.write(r, c, v)
        if sheet.get('hidden'):
            ws.hide()
    budget = wb.get_worksheet_by_name('Budget 2024')
    if 'comment' in features:
        budget.write_comment('B5', 'Tjek beløbet med økonomi', {'author': 'Ramme'})
    if 'image' in features:
        budget.insert_image('D3', IMAGE)
    if 'chart' in features:
        chart = wb.add_chart({'type': 'column'})
        chart.add_series({
            'name': "='Budget 2024'!$B$3",
            'categories': "='Budget 2024'!$A$4:$A$7",
            'values': "='Budget 2024'!$B$4:$B$7",
        })
        budget.insert_chart('D10', chart)
    if 'table' in features:
        budget.add_table('A3:B8', {
            'name': 'Udgifter',
            'style': 'Table Style Medium 2',
            'columns': [{'header': 'Post'}, {'header': 'Beløb i kr.'}],
        })
    if 'dv' in features:
        budget.data_validation('B4:B1048576', {'validate': 'decimal', 'criteria': '>=', 'value': 0})
    wb.close()


def sums(out):
    """A budget whose subtotals and total are formulas, as a pandas pipeline or a report script
    writes one: 'I alt' in B15 is typed, 10.000 kr. off the subtotals' sum."""
    wb = xlsxwriter.Workbook(out)
    ws = wb.add_worksheet('Budget')
    rows = [
        ['Budget 2024'],
        [],
        ['Post', 'Beløb i kr.', 'Andel'],
        ['Personale'],
        ['Løn', 1572000, '=B5/B$15'],
        ['Uddannelse', 40000, '=B6/B$15'],
        ['Personale i alt', '=SUM(B5:B6)', '=B7/B$15'],
        ['Drift'],
        ['Lokaleleje', 144000, '=B9/B$15'],
        ['Aktiviteter for unge', 86350, '=B10/B$15'],
        ['Tolkebistand', 18400, '=B11/B$15'],
        ['Drift i alt', '=SUM(B9:B11)', '=B12/B$15'],
        [],
        [],
        ['I alt', 1870750, '=B15/B$15'],
    ]
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            ws.write(r, c, v)
    over = wb.add_worksheet('Oversigt')
    over.write_row(0, 0, ['Område', 'Beløb i kr.'])
    over.write_row(1, 0, ['Personale', '=Budget!B7'])
    over.write_row(2, 0, ['Drift', '=Budget!B12'])
    over.write_row(3, 0, ['I alt', '=SUM(B2:B3)'])
    wb.close()


def main():
    write_variants('xlsxwriter', write)
    no_results = os.path.join(FIXTURES, 'no-results')
    os.makedirs(no_results, exist_ok=True)
    out = os.path.join(no_results, 'xlsxwriter-sums.xlsx')
    sums(out)
    print(out)


if __name__ == '__main__':
    main()
