"""Generators of money layouts: household and grant budgets, quotes, budget vs actual, staff costs, expenses, øre sums, a sheet per year, status columns and Excel tables.

Each returns a Book whose labels name every total, right or wrong, with why.
"""
import datetime
import random

from corpus_lib import Book, value

KR = "#,##0.00"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]


def col(i):
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[i - 1]


def household(name, writer, seed, omit=None, typo=False):
    """Monthly household budget: a row total per item, a column total per month."""
    rng = random.Random(seed)
    b = Book(name, writer, "Household budget, one column per month, row totals in N, column totals in row 12, a share-of-spending column O (derived), a 10 % buffer row and the total with buffer.")
    s = b.sheet("Budget 2025")
    s.put("A1", "Husholdningsbudget 2025")
    s.row(3, 1, ["Post"] + MONTHS + ["I alt", "Andel"])
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
    for r in range(4, 13):
        s.put(f"O{r}", f"=N{r}/N$12", "0.0%")
    s.put("A13", "Buffer 10 %")
    s.put("A14", "I alt med buffer")
    for c in range(2, 15):
        s.put(f"{col(c)}13", f"={col(c)}12*0.1", KR)
        s.put(f"{col(c)}14", f"={col(c)}12+{col(c)}13", KR)
        b.right(s, f"{col(c)}14", "sum", "I alt + the buffer row (derived, not a part of I alt)")
    b.cause(s, "N12", "cascade")
    b.cause(s, "O4:O14", "derived-column")
    b.cause(s, "A13:N14", "derived-row")
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
    b = Book(name, writer, "Expenses with a date column (real dates), a voucher number (ID), a year column and a seller ID after the amount; only Beløb is summed.")
    s = b.sheet("Udgifter")
    s.row(1, 1, ["Dato", "Bilagsnr.", "År", "Tekst", "Beløb", "SælgerID"])
    day = datetime.date(2024, 1, 8)
    for i in range(12):
        r = 2 + i
        s.put(f"A{r}", day, "dd-mm-yyyy")
        s.row(r, 2, [5000 + i * 7, 2024, rng.choice(["Taxa", "Frokost", "Porto", "Kontor", "Tog"])])
        s.put(f"E{r}", round(rng.uniform(20, 2500), 2), KR)
        s.put(f"F{r}", rng.choice([101, 102, 117, 230]))
        day += datetime.timedelta(days=rng.randrange(2, 20))
    s.put("D14", "I alt")
    s.put("E14", "=SUM(E2:E13)", KR)
    b.right(s, "E14", "sum", "the twelve amounts")
    b.cause(s, "A1:A14", "date")
    b.cause(s, "B1:C14", "id-or-year-column")
    b.cause(s, "F1:F14", "id-or-year-column")
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
