"""Generators of formula traps: header-less SUM blocks, the issue's section layout, a typed number among =SUM formulas.

Each returns a Book whose labels name every total, right or wrong, with why.
"""
import random

from corpus_lib import Book

KR = "#,##0.00"


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
