"""Generators of plans and municipal layouts: timesheets, staffing, KPI tables, the Danish budget overview, person-year plans, agreements, catalogues, capacity.

Each returns a Book whose labels name every total, right or wrong, with why.
"""
import datetime
import random

from corpus_lib import Book, value

KR = "#,##0.00"


def col(i):
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[i - 1]


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


def staffing(name, writer, seed, short=False):
    """Staffing plan: employee number (ID), birth year, FTE, hours = FTE x 1924 (derived)."""
    rng = random.Random(seed)
    b = Book(name, writer, "Staffing plan: Medarb.nr. is an ID, Fødselsår a year, Årsværk summed, Timer = Årsværk x 1924, Fuldtid a 0/1 flag.")
    s = b.sheet("Bemanding 2025")
    s.row(1, 1, ["Medarbejder", "Medarb.nr.", "Fødselsår", "Stilling", "Årsværk", "Timer", "Fuldtid"])
    people = ["Anne Holm", "Bo Jensen", "Carla Nørgaard", "Dan Ali", "Eva Sørensen", "Frej Lund"]
    for i, p in enumerate(people):
        r = 2 + i
        s.row(r, 1, [p, 40000 + rng.randrange(100, 9999), rng.randrange(1960, 2000), rng.choice(["Konsulent", "Sagsbehandler", "Leder"])])
        s.put(f"E{r}", rng.choice([1, 1, 0.5, 0.8, 0.6]))
        s.put(f"F{r}", f"=E{r}*1924", "#,##0")
        s.put(f"G{r}", 1 if s.cells[f"E{r}"] == 1 else 0)
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
    b.cause(s, f"G1:G{t}", "flag-column")
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


def catalogue(name, writer, seed, off=False):
    """Catalogue of initiatives: star, target group as text, need in mio. kr., typed I alt."""
    rng = random.Random(seed)
    b = Book(name, writer, "Catalogue of possible initiatives like the municipal bruttokatalog: a star column, target groups as text (min. 350), the financing need in mio. kr. (one typed as text), a typed I alt per group.")
    s = b.sheet("Bruttokatalog 2026")
    s.row(3, 1, ["Pejlemærke", "Indsats", "Stjerne", "Målgruppe", "Mio. kr."])
    r = 4
    for group, n in ((1, 5), (2, 4)):
        needs = []
        for i in range(n):
            need = round(rng.uniform(0.2, 4.5), 1)
            needs.append(need)
            s.row(r, 1, [str(group), f"Indsats {group}.{i + 1}", rng.choice(["*", None]), rng.choice(["min. 350", "100", "ca. 150-200", "20"])])
            text = i == 1
            s.put(f"E{r}", f"{need:.1f}".replace(".", ",") if text else need, None if text else "0.0")
            r += 1
        s.put(f"A{r}", f"I alt pejlemærke {group}")
        total = round(sum(needs), 1)
        wrong = off and group == 2
        s.put(f"E{r}", round(total + 0.4, 1) if wrong else total, "0.0")
        if wrong:
            b.wrong(s, f"E{r}", "typed-total", f"typed {total + 0.4:.1f}, the initiatives add up to {total:.1f}")
        else:
            b.right(s, f"E{r}", "typed-total", "the initiatives above (one amount typed as text)")
        r += 2
    b.cause(s, "A1:A30", "id-or-year-column")
    b.cause(s, "B1:D30", "text-in-number-column")
    return b


def capacity(name, writer, seed, exceed=True):
    """A person-year plan with a staffing sheet: a hire on 1 March makes 5 person-years too many."""
    b = Book(name, writer, "Person-year plan 2026 (I alt 5) with a Bemanding sheet (Medarbejder, Fra, Til, Andel); " + ("a fifth consultant starts 1 March, so the staff gives 4,83 person-years." if exceed else "five consultants all year: 5 person-years."))
    s = b.sheet("Arbejdsplan 2026")
    s.put("A1", "Arbejdsplan 2026")
    s.row(3, 1, ["Hovedområder", "Årsværk"])
    for i, (area, v) in enumerate([("Virksomhedsindsats", 2), ("heraf helhedsplaner", 1), ("Projektledelse", 1), ("Rådgivning", 1.5), ("Øvrige leverancer", 0.5)]):
        s.row(4 + i, 1, [area, v])
    s.put("A9", "I alt")
    s.put("B9", 5)
    if exceed:
        b.label(s, "B9", False, "capacity", "the plan spends 5 person-years; the staff gives 4,83 in 2026 (hire on 1 March)")
        b.labels[-1]["family"] = "capacity"
    else:
        b.right(s, "B9", "typed-total", "2 + 1 + 1,5 + 0,5 = 5 (heraf inside the first area), and the staff gives 5")
    m = b.sheet("Bemanding")
    m.row(3, 1, ["Medarbejder", "Fra", "Til", "Andel"])
    for i in range(5):
        start = datetime.date(2026, 3, 1) if (exceed and i == 4) else datetime.date(2024, 2, 1)
        m.put(f"A{4 + i}", f"Konsulent {i + 1}")
        m.put(f"B{4 + i}", start, "dd-mm-yyyy")
        m.put(f"D{4 + i}", 1)
    b.cause(m, "B1:C20", "date")
    return b
