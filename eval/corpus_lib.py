"""Building blocks for eval/make-corpus.py: a workbook spec, a small formula evaluator for the
formulas the generators write, and the three writers (openpyxl values, LibreOffice, ExcelJS).

A spec is written by every writer from the same cells, so a label (sheet, cell, right or wrong)
holds for each copy. LibreOffice computes the cached values itself; the ExcelJS writer stores
the binary double this evaluator computes, as Excel would (0.1 + 0.2 = 0.30000000000000004); the
openpyxl writer stores values only, totals typed as a person would type them (2 decimals).
"""
import ast
import datetime
import json
import operator
import os
import re
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.worksheet.table import Table
from openpyxl.utils import column_index_from_string, get_column_letter

REF = re.compile(r"(?:'([^']+)'!|([A-Za-z0-9_]+)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?")


class Sheet:
    def __init__(self, title):
        self.title = title
        self.cells = {}  # 'B5' -> value or '=formula'
        self.formats = {}  # 'B5' -> number format
        self.tables = []  # (name, 'A3:C9'): an Excel table (ListObject) over those cells

    def put(self, ref, value, fmt=None):
        self.cells[ref] = value
        if fmt:
            self.formats[ref] = fmt

    def row(self, r, first_col, values, fmt=None):
        for i, v in enumerate(values):
            if v is not None:
                self.put(f"{get_column_letter(first_col + i)}{r}", v, fmt if not isinstance(v, str) else None)


class Book:
    def __init__(self, name, writer, note):
        self.name, self.writer, self.note = name, writer, note
        self.sheets, self.labels, self.causes = [], [], []

    def sheet(self, title):
        s = Sheet(title)
        self.sheets.append(s)
        return s

    def label(self, sheet, cell, right, kind, why):
        self.labels.append({"sheet": sheet.title, "cell": cell, "right": right, "kind": kind, "why": why})

    def right(self, sheet, cell, kind, why):
        self.label(sheet, cell, True, kind, why)

    def wrong(self, sheet, cell, kind, why):
        self.label(sheet, cell, False, kind, why)

    def cause(self, sheet, cells, cause, code="*"):
        """Why a finding on these cells would be a false alarm (for the tally by cause)."""
        self.causes.append({"sheet": sheet.title, "cells": cells, "code": code, "cause": cause})


# --- evaluation -------------------------------------------------------------------------------


def _cells(book, sheet, a, b):
    c1, r1 = column_index_from_string(a[0]), a[1]
    c2, r2 = column_index_from_string(b[0]), b[1]
    for r in range(min(r1, r2), max(r1, r2) + 1):
        for c in range(min(c1, c2), max(c1, c2) + 1):
            yield value(book, sheet, f"{get_column_letter(c)}{r}")


def value(book, sheet, ref, _seen=None):
    """The value of a cell as Excel computes it: formulas evaluated, text and blanks as None."""
    v = sheet.cells.get(ref)
    if not (isinstance(v, str) and v.startswith("=")):
        return v
    return evaluate(book, sheet, v[1:])


def _num(v):
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def evaluate(book, sheet, formula):
    env = {}

    def sub(m):
        target = book_sheet(book, m.group(1) or m.group(2)) if (m.group(1) or m.group(2)) else sheet
        a = (m.group(3), int(m.group(4)))
        if m.group(5):
            key = f"_r{len(env)}"
            env[key] = [x for x in _cells(book, target, a, (m.group(5), int(m.group(6))))]
            return key
        key = f"_v{len(env)}"
        env[key] = _num(value(book, target, f"{a[0]}{a[1]}")) or 0
        return key

    expr = REF.sub(sub, formula)
    expr = expr.replace("SUM(", "_sum(")

    def _sum(*args):
        total = 0
        for a in args:
            for x in a if isinstance(a, list) else [a]:
                n = _num(x)
                if n is not None:
                    total += n
        return total

    return _arith(ast.parse(expr, mode="eval").body, env, _sum)


_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def _arith(node, env, sum_fn):
    """Arithmetic on numbers, cell values and SUM: all the generators' formulas use, no more."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_arith(node.left, env, sum_fn), _arith(node.right, env, sum_fn))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_arith(node.operand, env, sum_fn)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_sum":
        return sum_fn(*(_arith(a, env, sum_fn) for a in node.args))
    raise ValueError(f"formula part not supported by the corpus evaluator: {ast.dump(node)}")


def book_sheet(book, title):
    return next(s for s in book.sheets if s.title == title)


# --- writers ----------------------------------------------------------------------------------


def _write_openpyxl(book, path, values_only):
    wb = Workbook()
    wb.remove(wb.active)
    for s in book.sheets:
        ws = wb.create_sheet(s.title)
        for ref, v in s.cells.items():
            if values_only and isinstance(v, str) and v.startswith("="):
                v = value(book, s, ref)
                v = round(v, 2) if isinstance(v, float) else v
            ws[ref] = v
            if ref in s.formats:
                ws[ref].number_format = s.formats[ref]
        for name, ref in s.tables:
            ws.add_table(Table(displayName=name, ref=ref))
    wb.save(path)


def _in_range(ref, rng):
    m = REF.fullmatch(f"{ref}")
    r = REF.fullmatch(rng)
    c, row = column_index_from_string(m.group(3)), int(m.group(4))
    c1, r1 = column_index_from_string(r.group(3)), int(r.group(4))
    c2, r2 = column_index_from_string(r.group(5)), int(r.group(6))
    return c1 <= c <= c2 and r1 <= row <= r2


def _table_spec(sheet, name, rng):
    """An ExcelJS addTable spec: the header names and body rows of the range."""
    r = REF.fullmatch(rng)
    c1, r1 = column_index_from_string(r.group(3)), int(r.group(4))
    c2, r2 = column_index_from_string(r.group(5)), int(r.group(6))
    cols = [get_column_letter(c) for c in range(c1, c2 + 1)]
    return {
        "name": name,
        "ref": f"{cols[0]}{r1}",
        "columns": [str(sheet.cells.get(f"{c}{r1}", "")) for c in cols],
        "rows": [[sheet.cells.get(f"{c}{row}") for c in cols] for row in range(r1 + 1, r2 + 1)],
        "numFmts": [sheet.formats.get(f"{c}{r1 + 1}") for c in cols],
    }


def _exceljs_spec(book):
    sheets = []
    for s in book.sheets:
        cells = []
        for ref, v in s.cells.items():
            if any(_in_range(ref, rng) for _, rng in s.tables):
                continue
            cell = {"ref": ref}
            if isinstance(v, str) and v.startswith("="):
                cell["formula"] = v[1:]
                cell["result"] = value(book, s, ref)
            elif isinstance(v, (datetime.date, datetime.datetime)):
                cell["date"] = v.isoformat()[:10]
            else:
                cell["value"] = v
            if ref in s.formats:
                cell["numFmt"] = s.formats[ref]
            cells.append(cell)
        tables = [_table_spec(s, name, rng) for name, rng in s.tables]
        sheets.append({"name": s.title, "cells": cells, "tables": tables})
    return {"file": f"{book.name}.xlsx", "sheets": sheets}


def write_all(books, out_dir, tmp_dir, root):
    """Writes every book with its writer, and its labels beside it."""
    for d in (os.path.join(tmp_dir, "src"), os.path.join(tmp_dir, "lo")):
        os.makedirs(d, exist_ok=True)
    lo, specs = [], []
    for b in books:
        target = os.path.join(out_dir, f"{b.name}.xlsx")
        if b.writer == "openpyxl":
            _write_openpyxl(b, target, values_only=True)
        elif b.writer == "libreoffice":
            src = os.path.join(tmp_dir, "src", f"{b.name}.xlsx")
            _write_openpyxl(b, src, values_only=False)
            lo.append(src)
        else:
            specs.append(_exceljs_spec(b))
        labels = {"file": f"{b.name}.xlsx", "note": b.note, "totals": b.labels}
        if b.causes:
            labels["findings"] = b.causes
        with open(os.path.join(out_dir, f"{b.name}.labels.json"), "w", encoding="utf-8") as f:
            json.dump(labels, f, ensure_ascii=False, indent=2)
            f.write("\n")
    if lo:
        profile = f"file://{tmp_dir}/lo-profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx",
             "--outdir", os.path.join(tmp_dir, "lo"), *lo],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        for src in lo:
            shutil.copy(os.path.join(tmp_dir, "lo", os.path.basename(src)), out_dir)
    if specs:
        spec_file = os.path.join(tmp_dir, "exceljs-specs.json")
        with open(spec_file, "w", encoding="utf-8") as f:
            json.dump(specs, f, ensure_ascii=False)
        subprocess.run(["npx", "tsx", os.path.join(root, "eval", "make-corpus-exceljs.ts"), spec_file, out_dir],
                       check=True, cwd=root)
