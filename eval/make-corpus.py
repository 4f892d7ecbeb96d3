#!/usr/bin/python3
"""Builds eval/corpus: small workbooks laid out like the ones people keep (household budgets by
month, grant budgets by work package, quotes, timesheets, budget vs actual, staffing plans, KPI
tables, the Danish municipal kinds), written by openpyxl (values only), LibreOffice (formulas
with LibreOffice's cached values) and ExcelJS (formulas with Excel-like binary results), each
with a `<name>.labels.json` beside it naming every total and whether it is right.

Planted errors: rows left out of a SUM, a subtotal counted twice, a typed total over formulas
that does not add up, a reference list that skips a cell, a sibling SUM with a shorter range.
Right totals that a careless check gets wrong: float noise, dates, IDs and years, price x
quantity, derived columns, heraf rows, header-less SUM blocks.

Usage: /usr/bin/python3 eval/make-corpus.py   (needs openpyxl, soffice and npx tsx)
"""
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ beside the sources
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_formulas import headerless, section_refs, typed_among  # noqa: E402
from corpus_lib import write_all  # noqa: E402
from corpus_money import (  # noqa: E402
    budget_vs_actual, dated_expenses, derived_rows, floats, grant, household, list_object, multi_sheet, quote,
    status_column,
)
from corpus_plans import agreements, capacity, catalogue, dk_budget, kpi, staffing, timesheet, work_plan  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "eval", "corpus")


def books():
    L, X, P = "libreoffice", "exceljs", "openpyxl"
    return [
        household("husholdning-lo", L, 1, omit=2), household("husholdning-xj", X, 2), household("husholdning-py", P, 3, typo=True),
        grant("projektbudget-lo", L, 5, double=True), grant("projektbudget-xj", X, 6, short=True), grant("projektbudget-py", P, 7, typo=True),
        grant("projektbudget-ok-xj", X, 8),
        quote("tilbud-lo", L, 9, skip=True), quote("tilbud-xj", X, 10), quote("tilbud-py", P, 11), quote("tilbud-kort-xj", X, 12, short=True),
        timesheet("timeseddel-lo", L, 13, overlap=True), timesheet("timeseddel-xj", X, 14, skip_week=True), timesheet("timeseddel-py", P, 15),
        capacity("kapacitet-lo", L, 16, exceed=False),
        budget_vs_actual("opfoelgning-lo", L, 17, short=True), budget_vs_actual("opfoelgning-xj", X, 18), catalogue("katalog-xj", X, 19, off=True),
        staffing("bemanding-lo", L, 20), staffing("bemanding-xj", X, 21, short=True), capacity("kapacitet-py", P, 22),
        kpi("noegletal-lo", L, 23), kpi("noegletal-xj", X, 24, sibling=True), catalogue("katalog-py", P, 25), kpi("noegletal-sib-lo", L, 26, sibling=True),
        dk_budget("budget-lo", L, 27), dk_budget("budget-xj", X, 28), dk_budget("budget-py", P, 29, typo=True),
        work_plan("arbejdsplan-py", P, 30), work_plan("arbejdsplan-lo", L, 31),
        agreements("aftaler-lo", L, 32, short=True), agreements("aftaler-xj", X, 33), agreements("aftaler-py", P, 34),
        headerless("uden-overskrift-lo", L, 35), headerless("uden-overskrift-xj", X, 36, omit_first=True), headerless("uden-overskrift-py", P, 37),
        section_refs("afsnit-lo", L, 38), section_refs("afsnit-xj", X, 39), section_refs("afsnit-ok-lo", L, 40, wrong=False),
        typed_among("kvartal-lo", L, 41, right=False), typed_among("kvartal-xj", X, 42, right=True), typed_among("kvartal-fejl-xj", X, 43, right=False),
        floats("oere-xj", X, 44), floats("oere-lo", L, 45), floats("oere-py", P, 46),
        dated_expenses("udgifter-py", P, 47), dated_expenses("udgifter-lo", L, 48), dated_expenses("udgifter-xj", X, 49),
        derived_rows("loenbudget-lo", L, 50), derived_rows("loenbudget-xj", X, 51, omit_overhead=True), derived_rows("loenbudget-py", P, 52),
        multi_sheet("flere-aar-lo", L, 53, skip_year=True), multi_sheet("flere-aar-xj", X, 54), multi_sheet("flere-aar-py", P, 55),
        status_column("status-lo", L, 56), status_column("status-xj", X, 57, wrong_grand=True), status_column("status-py", P, 58),
        list_object("tabel-xj", X, 59), list_object("tabel-lo", L, 60, typed_wrong=False), list_object("tabel-py", P, 61),
    ]


def typed_labels(book):
    """In a values-only copy every total is typed: say so in its label."""
    if book.writer != "openpyxl":
        return
    for lab in book.labels:
        if not lab["right"] and lab["kind"] != "typed-total":
            lab["why"] = f"typed (values only) as a formula would give it: {lab['why']}"
            lab["kind"] = "typed-total"
    book.note += " Values only (openpyxl): every total is a typed number."


def main():
    all_books = books()
    for b in all_books:
        typed_labels(b)
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    with tempfile.TemporaryDirectory(prefix="ramme-corpus-") as tmp:
        write_all(all_books, OUT, tmp, ROOT)
    wrong = sum(1 for b in all_books for x in b.labels if not x["right"])
    right = sum(1 for b in all_books for x in b.labels if x["right"])
    print(f"{len(all_books)} workbooks in {OUT}: {right} right and {wrong} wrong totals labelled")


if __name__ == "__main__":
    main()
