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
import datetime
import os
import random
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_lib import Book, value, write_all  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "eval", "corpus")
KR = "#,##0.00"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]


def col(i):
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[i - 1]


def household(name, writer, seed, omit=None, typo=False):
    """Monthly household budget: a row total per item, a column total per month."""
    rng = random.Random(seed)
    b = Book(name, writer, "Household budget, one column per month, row totals in N, column totals in row 12.")
    s = b.sheet("Budget 2025")
    s.put("A1", "Husholdningsbudget 2025")
    s.row(3, 1, ["Post"] + MONTHS + ["I alt"])
    items = ["Husleje", "El og varme", "Mad", "Transport", "Forsikring", "Telefon og net", "Fritid", "Opsparing"]
    for i, item in enumerate(items):
        r = 4 + i
        base = rng.choice([650, 1200, 3400, 8900, 450, 299, 1500, 2000])
        s.row(r, 1, [item] + [round(base * rng.uniform(0.9, 1.1), 2) for _ in MONTHS], KR)
        if omit == i:
            s.put(f"N{r}", f"=SUM(B{r}:L{r})", KR)
            b.wrong(s, f"N{r}", "omitted-rows", f"=SUM(B{r}:L{r}) leaves out December (M{r})")
        else:
            s.put(f"N{r}", f"=SUM(B{r}:M{r})", KR)
            b.right(s, f"N{r}", "row-sum", "the twelve months")
    s.put("A12", "I alt")
    for c in range(2, 15):
        s.put(f"{col(c)}12", f"=SUM({col(c)}4:{col(c)}11)", KR)
        b.right(s, f"{col(c)}12", "sum", "the eight items")
    if typo:
        s.put("D12", round(value(b, s, "D12") + 100, 2), KR)
        b.labels = [x for x in b.labels if x["cell"] != "D12"]
        b.wrong(s, "D12", "typed-total", "a typed number among =SUM formulas, 100 more than its items")
    b.cause(s, "N12", "cascade")
    return b


def grant(name, writer, seed, double=False, short=False, typo=False):
    """Grant budget by work package and year, subtotals per package, overhead, total."""
    rng = random.Random(seed)
    b = Book(name, writer, "Grant budget: work packages with lines per year (2025-2027), subtotals, total, 7 % overhead (derived), total with overhead.")
    s = b.sheet("Budget")
    s.put("A1", "Projektbudget (kr.)")
    s.row(3, 1, ["Arbejdspakke / post", 2025, 2026, 2027, "I alt"])
    r, subtotals = 4, []
    for wp, lines in (("WP1 Ledelse", ["Projektleder", "Rejser"]), ("WP2 Analyse", ["Analytiker", "Data", "Workshops"]),
                      ("WP3 Formidling", ["Konference", "Trykning"])):
        s.put(f"A{r}", wp)
        first = r + 1
        for line in lines:
            r += 1
            s.row(r, 1, [line] + [rng.randrange(20, 400) * 1000 for _ in range(3)], KR)
            s.put(f"E{r}", f"=SUM(B{r}:D{r})", KR)
            b.right(s, f"E{r}", "row-sum", "the three years")
        r += 1
        s.put(f"A{r}", f"I alt {wp.split()[0]}")
        for c in "BCDE":
            last = r - 2 if (short and wp.startswith("WP2") and c == "C") else r - 1
            s.put(f"{c}{r}", f"=SUM({c}{first}:{c}{last})", KR)
            if last != r - 1:
                b.wrong(s, f"{c}{r}", "omitted-rows", f"=SUM({c}{first}:{c}{last}) leaves out the last line ({c}{r - 1})")
            else:
                b.right(s, f"{c}{r}", "sum", f"the lines of {wp.split()[0]}")
        subtotals.append(r)
        r += 2
    s.put(f"A{r}", "Total")
    for c in "BCDE":
        if double and c == "B":
            s.put(f"{c}{r}", f"=SUM({c}5:{c}{r - 2})", KR)
            b.wrong(s, f"{c}{r}", "double-count", f"=SUM({c}5:{c}{r - 2}) counts the lines and the subtotals")
        else:
            s.put(f"{c}{r}", "=" + "+".join(f"{c}{x}" for x in subtotals), KR)
            b.right(s, f"{c}{r}", "sum", "the three subtotals")
    if typo:
        s.put(f"C{subtotals[0]}", round(value(b, s, f"C{subtotals[0]}") - 1000, 2), KR)
        b.labels = [x for x in b.labels if x["cell"] != f"C{subtotals[0]}"]
        b.wrong(s, f"C{subtotals[0]}", "typed-total", "typed subtotal 1.000 below its lines")
        b.cause(s, f"E{subtotals[0]}", "cascade")
    s.put(f"A{r + 1}", "Overhead 7 %")
    s.put(f"A{r + 2}", "Total inkl. overhead")
    for c in "BCDE":
        s.put(f"{c}{r + 1}", f"={c}{r}*0.07", KR)
        s.put(f"{c}{r + 2}", f"={c}{r}+{c}{r + 1}", KR)
        b.right(s, f"{c}{r + 2}", "sum", "total + overhead")
    b.cause(s, f"A{r}:E{r + 2}", "wrong-parts")
    return b


def quote(name, writer, seed, skip=False, short=False):
    """Quote: item number (an ID), quantity x unit price = amount, subtotal, VAT, total."""
    rng = random.Random(seed)
    b = Book(name, writer, "Quote: Varenr is an ID, Beløb = Antal x Stk.pris (derived), subtotal, moms 25 % (derived), total.")
    s = b.sheet("Tilbud")
    s.put("A1", "Tilbud nr. 2025-114")
    s.row(3, 1, ["Varenr", "Beskrivelse", "Antal", "Stk.pris", "Beløb"])
    names = ["Skrivebord", "Kontorstol", "Reol", "Lampe", "Skærm", "Dockingstation", "Headset"]
    for i, item in enumerate(names):
        r = 4 + i
        s.row(r, 1, [100200 + rng.randrange(1, 900), item, rng.randrange(1, 12)])
        s.put(f"D{r}", rng.choice([149.95, 1299.0, 849.5, 19.99, 2199.0, 89.9, 449.0]), KR)
        s.put(f"E{r}", f"=C{r}*D{r}", KR)
    last = 3 + len(names)
    s.put(f"A{last + 2}", "Subtotal")
    sub = f"E{last + 2}"
    if skip:
        refs = [f"E{r}" for r in range(4, last + 1) if r != 7]
        s.put(sub, "=" + "+".join(refs), KR)
        b.wrong(s, sub, "wrong-refs", "the reference list skips E7")
    elif short:
        s.put(sub, f"=SUM(E4:E{last - 1})", KR)
        b.wrong(s, sub, "omitted-rows", f"=SUM(E4:E{last - 1}) leaves out the last line (E{last})")
    else:
        s.put(sub, f"=SUM(E4:E{last})", KR)
        b.right(s, sub, "sum", "every line")
    s.put(f"A{last + 3}", "Moms 25 %")
    s.put(f"E{last + 3}", f"={sub}*0.25", KR)
    s.put(f"A{last + 4}", "Total inkl. moms")
    s.put(f"E{last + 4}", f"={sub}+E{last + 3}", KR)
    b.right(s, f"E{last + 4}", "sum", "subtotal + moms")
    b.cause(s, f"A4:A{last}", "id-or-year-column")
    b.cause(s, f"A{last + 1}:A{last + 4}", "text-in-number-column")
    b.cause(s, f"E4:E{last + 4}", "derived-column")
    return b


def timesheet(name, writer, seed, overlap=False, skip_week=False):
    """Timesheet with a date column, weekly sums and a month total of the weekly sums."""
    rng = random.Random(seed)
    b = Book(name, writer, "Timesheet: real date cells, hours per day, a sum per week, the month total of the weekly sums.")
    s = b.sheet("Marts 2025")
    s.row(1, 1, ["Dato", "Opgave", "Timer"])
    day, r, weeks, first = datetime.date(2025, 3, 3), 2, [], 2
    while day.month == 3:
        if day.weekday() < 5:
            s.put(f"A{r}", day, "dd-mm-yyyy")
            s.put(f"B{r}", rng.choice(["Sagsbehandling", "Møde", "Rapport", "Kursus"]))
            s.put(f"C{r}", rng.choice([7.4, 7.4, 6, 8, 7.5, 3.7]))
            r += 1
        if day.weekday() == 6 or (day + datetime.timedelta(days=1)).month != 3:
            s.put(f"B{r}", f"Uge {day.isocalendar()[1]} i alt")
            start = first - 1 if (overlap and len(weeks) == 2) else first
            s.put(f"C{r}", f"=SUM(C{start}:C{r - 1})")
            if start != first:
                b.wrong(s, f"C{r}", "double-count", f"=SUM(C{start}:C{r - 1}) also counts the week total above (C{start})")
            else:
                b.right(s, f"C{r}", "sum", "the days of the week")
            weeks.append(r)
            r += 1
            first = r
        day += datetime.timedelta(days=1)
    r += 1
    s.put(f"B{r}", "Marts i alt")
    used = weeks[:-1] if skip_week else weeks
    s.put(f"C{r}", "=" + "+".join(f"C{w}" for w in used))
    if skip_week:
        b.wrong(s, f"C{r}", "wrong-refs", f"leaves out the last week (C{weeks[-1]})")
    elif overlap:
        b.right(s, f"C{r}", "sum", "the weekly totals (wrong only through the double-counting week)")
    else:
        b.right(s, f"C{r}", "sum", "the weekly totals")
    b.cause(s, f"A1:A{r}", "date")
    b.cause(s, f"C{r}", "wrong-parts")
    return b


def budget_vs_actual(name, writer, seed, short=False):
    """Budget vs actual: variance and variance % (derived), totals; the % total is a ratio."""
    rng = random.Random(seed)
    b = Book(name, writer, "Budget vs actual: Afvigelse = Forbrug - Budget, Afvigelse % = Afvigelse / Budget (derived, also in the total row).")
    s = b.sheet("Opfølgning")
    s.row(2, 1, ["Konto", "Budget", "Forbrug", "Afvigelse", "Afvigelse %"])
    lines = ["Løn", "Vikarer", "Kurser", "IT", "Husleje", "Kontorhold", "Transport"]
    for i, line in enumerate(lines):
        r = 3 + i
        budget = rng.randrange(50, 900) * 1000
        s.row(r, 1, [line, budget, round(budget * rng.uniform(0.8, 1.15))], KR)
        s.put(f"D{r}", f"=C{r}-B{r}", KR)
        s.put(f"E{r}", f"=D{r}/B{r}", "0.0%")
    t = 3 + len(lines)
    s.put(f"A{t}", "I alt")
    for c in "BCD":
        last = t - 2 if (short and c == "C") else t - 1
        s.put(f"{c}{t}", f"=SUM({c}3:{c}{last})", KR)
        if last != t - 1:
            b.wrong(s, f"{c}{t}", "omitted-rows", f"=SUM({c}3:{c}{last}) leaves out {c}{t - 1}")
        else:
            b.right(s, f"{c}{t}", "sum", "every account")
    s.put(f"E{t}", f"=D{t}/B{t}", "0.0%")
    b.cause(s, f"D3:E{t}", "derived-column")
    return b


def staffing(name, writer, seed, short=False):
    """Staffing plan: employee number (ID), birth year, FTE, hours = FTE x 1924 (derived)."""
    rng = random.Random(seed)
    b = Book(name, writer, "Staffing plan: Medarb.nr. is an ID, Fødselsår a year, Årsværk summed, Timer = Årsværk x 1924.")
    s = b.sheet("Bemanding 2025")
    s.row(1, 1, ["Medarbejder", "Medarb.nr.", "Fødselsår", "Stilling", "Årsværk", "Timer"])
    people = ["Anne Holm", "Bo Jensen", "Carla Nørgaard", "Dan Ali", "Eva Sørensen", "Frej Lund"]
    for i, p in enumerate(people):
        r = 2 + i
        s.row(r, 1, [p, 40000 + rng.randrange(100, 9999), rng.randrange(1960, 2000), rng.choice(["Konsulent", "Sagsbehandler", "Leder"])])
        s.put(f"E{r}", rng.choice([1, 1, 0.5, 0.8, 0.6]))
        s.put(f"F{r}", f"=E{r}*1924", "#,##0")
    t = 2 + len(people)
    s.put(f"A{t}", "I alt")
    s.put(f"E{t}", f"=SUM(E2:E{t - 1})")
    b.right(s, f"E{t}", "sum", "every employee's FTE")
    last = t - 2 if short else t - 1
    s.put(f"F{t}", f"=SUM(F2:F{last})", "#,##0")
    if short:
        b.wrong(s, f"F{t}", "omitted-rows", f"=SUM(F2:F{last}) leaves out F{t - 1}")
    else:
        b.right(s, f"F{t}", "sum", "every employee's hours")
    b.cause(s, f"B1:C{t}", "id-or-year-column")
    b.cause(s, f"F2:F{t}", "derived-column")
    return b


def kpi(name, writer, seed, sibling=False):
    """KPI table over years: counts with an I alt row per year; shares are not summed."""
    rng = random.Random(seed)
    b = Book(name, writer, "KPI table, one column per year (numeric year headers), three counts and their total, shares below (not summed).")
    s = b.sheet("Nøgletal")
    years = list(range(2019, 2025))
    s.row(3, 1, ["Indikator"] + years)
    for i, ind in enumerate(["Borgere i job", "Borgere i uddannelse", "Borgere i praktik"]):
        s.row(4 + i, 1, [ind] + [rng.randrange(40, 400) for _ in years])
    s.put("A7", "I alt")
    for j in range(len(years)):
        c = col(2 + j)
        short = sibling and j == 3
        s.put(f"{c}7", f"=SUM({c}4:{c}{5 if short else 6})")
        if short:
            b.wrong(s, f"{c}7", "sibling-range", f"=SUM({c}4:{c}5) where its neighbours sum rows 4-6: leaves out {c}6")
        else:
            b.right(s, f"{c}7", "sum", "the three counts")
    s.put("A9", "Andel i job")
    s.put("A10", "Andel i uddannelse")
    for j in range(len(years)):
        c = col(2 + j)
        s.put(f"{c}9", f"={c}4/{c}7", "0.0%")
        s.put(f"{c}10", f"={c}5/{c}7", "0.0%")
    b.cause(s, "A3:G3", "id-or-year-column")
    b.cause(s, "A9:G10", "derived-row")
    return b


def dk_budget(name, writer, seed, typo=False):
    """Danish budget overview: spent and expected groups closed by I alt, a heraf row, total."""
    rng = random.Random(seed)
    b = Book(name, writer, "Budget overview like the municipal ones: two groups with I alt, a heraf row inside the second (a part of the line above, not summed), Samlet forbrug.")
    s = b.sheet("Budget 2025")
    s.put("A1", "Integrationsindsats 2025")
    s.row(3, 1, ["Post", "Beløb i kr."])
    s.put("A4", "Afholdte udgifter")
    for i, line in enumerate(["Mentorordning", "Sprogskole", "Jobcafé", "Tolkebistand"]):
        s.row(5 + i, 1, [line, rng.randrange(50, 700) * 1000], KR)
    s.put("A9", "I alt")
    s.put("B9", "=SUM(B5:B8)", KR)
    s.put("A11", "Forventede udgifter")
    s.row(12, 1, ["Virksomhedspraktik", rng.randrange(100, 500) * 1000], KR)
    s.row(13, 1, ["Opkvalificering", 400000], KR)
    s.row(14, 1, ["heraf danskundervisning", 150000], KR)
    s.row(15, 1, ["Evaluering", rng.randrange(20, 90) * 1000], KR)
    s.put("A16", "I alt")
    s.put("B16", "=B12+B13+B15", KR)
    b.right(s, "B16", "sum", "the three lines; the heraf row 14 is a part of row 13")
    s.put("A18", "Samlet forbrug 2025")
    s.put("B18", "=B9+B16", KR)
    b.right(s, "B18", "sum", "the two I alt")
    if typo:
        s.put("B9", value(b, s, "B9") + 10000, KR)
        b.wrong(s, "B9", "typed-total", "typed I alt, 10.000 more than its four lines")
    else:
        b.right(s, "B9", "sum", "the four lines")
    b.cause(s, "B16", "heraf")
    b.cause(s, "B18", "wrong-parts")
    return b


def work_plan(name, writer, seed):
    """Person-year plan: areas in årsværk with halves, a heraf row, a typed I alt."""
    b = Book(name, writer, "Person-year plan: halves and quarters, a heraf row (part of the row above), I alt typed as in the seed documents.")
    s = b.sheet("Arbejdsplan 2025")
    s.row(2, 1, ["Indsatsområde", "Årsværk"])
    rows = [("Beskæftigelse", 1.5), ("Uddannelse", 1), ("heraf helhedsplaner", 0.5), ("Boligsocial indsats", 0.75),
            ("Frivillighed", 0.25), ("Ledelse", 1.5)]
    for i, (area, v) in enumerate(rows):
        s.row(3 + i, 1, [area, v])
    s.put("A9", "I alt")
    s.put("B9", 5)
    b.right(s, "B9", "typed-total", "1,5 + 1 + 0,75 + 0,25 + 1,5 = 5 (the heraf row is inside Uddannelse)")
    return b


def agreements(name, writer, seed, short=False):
    """Agreements in mio. kr. grouped with a Total each, and a financing table."""
    rng = random.Random(seed)
    b = Book(name, writer, "Agreements in mio. kr. in two groups with a Total each, a grand total, and a financing table with its own total.")
    s = b.sheet("Aftaler 2025")
    s.row(2, 1, ["Initiativ", "Mio. kr."])
    r = 3
    totals = []
    for group, items in (("Integrationsaftalen", ["Jobspor", "Mentor", "Sprog"]), ("Beskæftigelsesaftalen", ["Løntilskud", "Opkvalificering"])):
        s.put(f"A{r}", group)
        first = r + 1
        for it in items:
            r += 1
            s.row(r, 1, [it, round(rng.uniform(0.2, 3.5), 1)], "0.0")
        r += 1
        s.put(f"A{r}", "Total")
        last = r - 2 if (short and not totals) else r - 1
        s.put(f"B{r}", f"=SUM(B{first}:B{last})", "0.0")
        if last != r - 1:
            b.wrong(s, f"B{r}", "omitted-rows", f"=SUM(B{first}:B{last}) leaves out B{r - 1}")
        else:
            b.right(s, f"B{r}", "sum", f"the lines of {group}")
        totals.append(r)
        r += 2
    s.put(f"A{r}", "Aftaler i alt")
    s.put(f"B{r}", "=" + "+".join(f"B{t}" for t in totals), "0.0")
    b.right(s, f"B{r}", "sum", "the group totals")
    b.cause(s, f"B{r}", "wrong-parts")
    f = b.sheet("Finansiering")
    f.row(1, 1, ["Kilde", "Mio. kr."])
    f.row(2, 1, ["Tværgående pulje", 4.0], "0.0")
    f.row(3, 1, ["Forventede indtægter", 2.5], "0.0")
    f.row(4, 1, ["Total", "=SUM(B2:B3)"], "0.0")
    b.right(f, "B4", "sum", "the two sources")
    return b


def headerless(name, writer, seed, omit_first=False):
    """Blocks of numbers with no header, closed by a SUM row (labelled TOTAL, and unlabelled)."""
    rng = random.Random(seed)
    b = Book(name, writer, "Header-less blocks: column I rows 1-12 closed by TOTAL =SUM(I1:I12); column K rows 1-8 closed by an unlabelled =SUM.")
    s = b.sheet("Ark1")
    for r in range(1, 13):
        s.put(f"I{r}", rng.randrange(100, 5000))
    s.put("H13", "TOTAL")
    s.put("I13", "=SUM(I2:I12)" if omit_first else "=SUM(I1:I12)")
    if omit_first:
        b.wrong(s, "I13", "omitted-rows", "=SUM(I2:I12) leaves out the first number (I1)")
    else:
        b.right(s, "I13", "sum", "the twelve numbers above")
    for r in range(1, 9):
        s.put(f"K{r}", round(rng.uniform(10, 900), 2), KR)
    s.put("K9", "=SUM(K1:K8)", KR)
    b.right(s, "K9", "sum", "the eight numbers above, no label")
    return b


def section_refs(name, writer, seed, wrong=True):
    """The issue's layout: section totals in E on the section row, details in D below."""
    rng = random.Random(seed)
    b = Book(name, writer, "Section totals in column E on each section's heading row, details in D below (as in the issue's E9/E19 example).")
    s = b.sheet("Regnskab")
    s.row(3, 1, ["Post", None, None, "Beløb", "Sum"])
    s.put("A4", "Administration")
    for r in range(5, 8):
        s.row(r, 1, [f"Konto {r * 11}", None, None, rng.randrange(5, 90) * 1000], KR)
    s.put("E4", "=SUM(D5:D7)", KR)
    b.right(s, "E4", "sum", "rows 5-7")
    s.put("A9", "Drift")
    for r in range(10, 15):
        s.row(r, 1, [f"Konto {r * 11}", None, None, rng.randrange(5, 90) * 1000], KR)
    s.put("E9", "=SUM(D11:D14)" if wrong else "=SUM(D10:D14)", KR)
    if wrong:
        b.wrong(s, "E9", "omitted-rows", "=SUM(D11:D14) leaves out D10")
    else:
        b.right(s, "E9", "sum", "rows 10-14")
    s.put("A19", "Anlæg")
    for r in range(20, 24):
        s.row(r, 1, [f"Konto {r * 11}", None, None, rng.randrange(5, 90) * 1000], KR)
    s.put("E19", "=D20+D21+D22" if wrong else "=D20+D21+D22+D23", KR)
    if wrong:
        b.wrong(s, "E19", "wrong-refs", "=D20+D21+D22 leaves out D23")
    else:
        b.right(s, "E19", "sum", "rows 20-23")
    s.put("A26", "Total")
    s.put("E26", "=E4+E9+E19", KR)
    b.right(s, "E26", "sum", "the three section totals (wrong only through them)" if wrong else "the three section totals")
    b.cause(s, "E26", "wrong-parts")
    return b


def typed_among(name, writer, seed, right=True):
    """A total row of =SUM formulas with one typed number among them."""
    rng = random.Random(seed)
    b = Book(name, writer, "Quarterly budget: the I alt row is =SUM per quarter, except Q3, typed.")
    s = b.sheet("Kvartaler")
    s.row(2, 1, ["Post", "Q1", "Q2", "Q3", "Q4", "År"])
    for i, post in enumerate(["Løn", "Drift", "Aktiviteter", "Administration"]):
        r = 3 + i
        s.row(r, 1, [post] + [rng.randrange(10, 300) * 1000 for _ in range(4)], KR)
        s.put(f"F{r}", f"=SUM(B{r}:E{r})", KR)
        b.right(s, f"F{r}", "row-sum", "the four quarters")
    s.put("A7", "I alt")
    for c in "BCEF":
        s.put(f"{c}7", f"=SUM({c}3:{c}6)", KR)
        b.right(s, f"{c}7", "sum", "the four posts")
    q3 = sum(s.cells[f"D{r}"] for r in range(3, 7))
    s.put("D7", q3 if right else q3 - 25000, KR)
    if right:
        b.right(s, "D7", "typed-total", "typed among formulas, but it adds up")
    else:
        b.wrong(s, "D7", "typed-total", "typed among formulas, 25.000 less than its posts")
    return b


def floats(name, writer, seed):
    """Amounts in øre whose binary sums differ from the decimal sum in the 16th digit."""
    b = Book(name, writer, "Amounts with øre: 0,1 + 0,2 style sums whose cached binary results carry float noise; all right.")
    s = b.sheet("Udlæg")
    s.row(1, 1, ["Udlæg", "Beløb"])
    amounts = [0.1, 0.2, 19.99, 5.07, 0.7, 12.3, 3.03, 0.01, 1.1, 2.2]
    for i, a in enumerate(amounts):
        s.row(2 + i, 1, [f"Bilag {i + 1}", a], KR)
    t = 2 + len(amounts)
    s.put(f"A{t}", "I alt")
    s.put(f"B{t}", f"=SUM(B2:B{t - 1})", KR)
    b.right(s, f"B{t}", "float-noise", "the ten amounts (binary result differs in the 16th digit)")
    s.row(t + 2, 1, ["Første tre", "=B2+B3+B4"], KR)
    b.right(s, f"B{t + 2}", "float-noise", "0,1 + 0,2 + 19,99")
    b.cause(s, f"B2:B{t + 2}", "float-noise")
    return b


def dated_expenses(name, writer, seed):
    """Expense list with a date column and an ID column, and a total."""
    rng = random.Random(seed)
    b = Book(name, writer, "Expenses with a date column (real dates), a voucher number (ID) and a year column; only Beløb is summed.")
    s = b.sheet("Udgifter")
    s.row(1, 1, ["Dato", "Bilagsnr.", "År", "Tekst", "Beløb"])
    day = datetime.date(2024, 1, 8)
    for i in range(12):
        r = 2 + i
        s.put(f"A{r}", day, "dd-mm-yyyy")
        s.row(r, 2, [5000 + i * 7, 2024, rng.choice(["Taxa", "Frokost", "Porto", "Kontor", "Tog"])])
        s.put(f"E{r}", round(rng.uniform(20, 2500), 2), KR)
        day += datetime.timedelta(days=rng.randrange(2, 20))
    s.put("D14", "I alt")
    s.put("E14", "=SUM(E2:E13)", KR)
    b.right(s, "E14", "sum", "the twelve amounts")
    b.cause(s, "A1:A14", "date")
    b.cause(s, "B1:C14", "id-or-year-column")
    return b


def derived_rows(name, writer, seed, omit_overhead=False):
    """Hours x rate = amount, 10 % overhead, row total over the derived columns, an average rate."""
    rng = random.Random(seed)
    b = Book(name, writer, "Staff costs: Timer x Timesats = Beløb, Overhead 10 % of Beløb, I alt = Beløb + Overhead; the total row sums hours and money, and shows an average rate (=D/B), not a sum.")
    s = b.sheet("Lønbudget")
    s.row(1, 1, ["Rolle", "Timer", "Timesats", "Beløb", "Overhead", "I alt"])
    for i, role in enumerate(["Projektleder", "Udvikler", "Tester", "Designer", "Konsulent"]):
        r = 2 + i
        s.row(r, 1, [role, rng.randrange(50, 900), rng.choice([450, 650, 525, 700, 895])])
        s.put(f"D{r}", f"=B{r}*C{r}", KR)
        s.put(f"E{r}", f"=D{r}*0.1", KR)
        if omit_overhead and i == 2:
            s.put(f"F{r}", f"=D{r}", KR)
            b.wrong(s, f"F{r}", "wrong-refs", f"=D{r} leaves out the overhead E{r}, where the other rows add D + E")
        else:
            s.put(f"F{r}", f"=D{r}+E{r}", KR)
            b.right(s, f"F{r}", "row-sum", "Beløb + Overhead")
    s.put("A7", "I alt")
    for c in "BDEF":
        s.put(f"{c}7", f"=SUM({c}2:{c}6)", KR if c != "B" else None)
        b.right(s, f"{c}7", "sum", "the five roles")
    s.put("C7", "=D7/B7", KR)
    b.cause(s, "C2:F7", "derived-column")
    return b


def multi_sheet(name, writer, seed, skip_year=False):
    """One sheet per year and a summary of the year totals."""
    rng = random.Random(seed)
    b = Book(name, writer, "A sheet per year with its own total, and a summary sheet adding the year totals.")
    years = [2023, 2024, 2025]
    for y in years:
        s = b.sheet(str(y))
        s.row(1, 1, ["Post", "Beløb"])
        for i, post in enumerate(["Løn", "Husleje", "IT", "Rejser"]):
            s.row(2 + i, 1, [post, rng.randrange(20, 900) * 1000], KR)
        s.put("A6", "I alt")
        s.put("B6", "=SUM(B2:B5)", KR)
        b.right(s, "B6", "sum", "the four posts")
    t = b.sheet("Oversigt")
    t.row(1, 1, ["År", "Beløb"])
    for i, y in enumerate(years):
        t.row(2 + i, 1, [str(y), f"='{y}'!B6"], KR)
    t.put("A5", "I alt")
    t.put("B5", "=SUM(B2:B3)" if skip_year else "=SUM(B2:B4)", KR)
    if skip_year:
        b.wrong(t, "B5", "omitted-rows", "=SUM(B2:B3) leaves out 2025 (B4)")
    else:
        b.right(t, "B5", "sum", "the three years")
    b.cause(t, "A1:A5", "text-in-number-column")
    return b


def status_column(name, writer, seed, wrong_grand=False):
    """Two tables with a Ja/Nej status column beside the amounts, a grand total over both."""
    rng = random.Random(seed)
    b = Book(name, writer, "Two tables (spent, expected) with a text Status column beside the amounts, each closed by I alt, and a grand total =B9+B16 over both (as in iso-b17-status).")
    s = b.sheet("Budget 2025")
    s.row(2, 1, ["Afholdte udgifter", "Beløb", "Godkendt"])
    for i, post in enumerate(["Mentor", "Sprog", "Jobcafé", "Tolk", "Transport", "Kursus"]):
        s.row(3 + i, 1, [post, rng.randrange(20, 400) * 1000, rng.choice(["Ja", "Nej"])], KR)
    s.put("A9", "I alt")
    s.put("B9", "=SUM(B3:B8)", KR)
    b.right(s, "B9", "sum", "rows 3-8; the Godkendt column is text")
    s.row(11, 1, ["Forventede udgifter", "Beløb", "Godkendt"])
    for i, post in enumerate(["Praktik", "Evaluering", "Opfølgning", "Netværk"]):
        s.row(12 + i, 1, [post, rng.randrange(20, 400) * 1000, rng.choice(["Ja", "Nej"])], KR)
    s.put("A16", "I alt")
    s.put("B16", "=SUM(B12:B15)", KR)
    b.right(s, "B16", "sum", "rows 12-15")
    s.put("A18", "Samlet forbrug 2025")
    s.put("B18", "=B9" if wrong_grand else "=B9+B16", KR)
    if wrong_grand:
        b.wrong(s, "B18", "wrong-refs", "=B9 leaves out the expected spending (B16)")
    else:
        b.right(s, "B18", "sum", "the two I alt over two tables")
    b.cause(s, "C1:C20", "text-in-number-column")
    b.cause(s, "B18", "wrong-parts")
    return b


def list_object(name, writer, seed, typed_wrong=True):
    """An Excel table (ListObject) of expenses with an I alt row directly below it."""
    rng = random.Random(seed)
    b = Book(name, writer, "An Excel table (ListObject) A2:C9 of expenses, and an I alt row directly below the table, outside its range.")
    s = b.sheet("Udgifter")
    s.row(2, 1, ["Post", "Leverandør", "Beløb"])
    for i, post in enumerate(["Husleje", "Rengøring", "IT", "Telefoni", "Kontor", "Porto", "Kaffe"]):
        s.row(3 + i, 1, [post, rng.choice(["A/S Nord", "Syd ApS", "Kommunen"]), rng.randrange(5, 90) * 1000], KR)
    s.tables.append(("Udgifter2025", "A2:C9"))
    total = sum(s.cells[f"C{r}"] for r in range(3, 10))
    s.put("A10", "I alt")
    if typed_wrong:
        s.put("C10", total + 5000, KR)
        b.wrong(s, "C10", "typed-total", "typed I alt below the table, 5.000 more than its rows")
    else:
        s.put("C10", "=SUM(C3:C9)", KR)
        b.right(s, "C10", "sum", "the table's seven rows")
    return b


def books():
    L, X, P = "libreoffice", "exceljs", "openpyxl"
    return [
        household("husholdning-lo", L, 1, omit=2), household("husholdning-xj", X, 2), household("husholdning-py", P, 3, typo=True),
        grant("projektbudget-lo", L, 5, double=True), grant("projektbudget-xj", X, 6, short=True), grant("projektbudget-py", P, 7, typo=True),
        grant("projektbudget-ok-xj", X, 8),
        quote("tilbud-lo", L, 9, skip=True), quote("tilbud-xj", X, 10), quote("tilbud-py", P, 11), quote("tilbud-kort-xj", X, 12, short=True),
        timesheet("timeseddel-lo", L, 13, overlap=True), timesheet("timeseddel-xj", X, 14, skip_week=True), timesheet("timeseddel-py", P, 15),
        timesheet("timeseddel-ok-lo", L, 16),
        budget_vs_actual("opfoelgning-lo", L, 17, short=True), budget_vs_actual("opfoelgning-xj", X, 18), budget_vs_actual("opfoelgning-py", P, 19),
        staffing("bemanding-lo", L, 20), staffing("bemanding-xj", X, 21, short=True), staffing("bemanding-py", P, 22),
        kpi("noegletal-lo", L, 23), kpi("noegletal-xj", X, 24, sibling=True), kpi("noegletal-py", P, 25), kpi("noegletal-sib-lo", L, 26, sibling=True),
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
