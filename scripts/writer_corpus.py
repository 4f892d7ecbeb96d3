"""What the two Python writers of the corpus share (make-writer-corpus.py for openpyxl,
make-writer-corpus-xlsxwriter.py): the spec, the image, and the loop over the variants. A module
of its own: a script named with dashes cannot be imported.
"""
import json
import os

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'fixtures')
WRITERS = os.path.join(FIXTURES, 'writers')
# The 2x2 red PNG every 'image' variant holds (scripts/make-writer-corpus.ts reads it too).
IMAGE = os.path.join(WRITERS, 'image.png')
RICH = 'Løn, tre medarbejdere'


def write_variants(writer, write):
    """Calls write(variant, features, spec, out) for every variant of spec.json, into
    tests/fixtures/writers/<writer>/<variant>.xlsx."""
    with open(os.path.join(WRITERS, 'spec.json'), encoding='utf-8') as f:
        spec = json.load(f)
    out_dir = os.path.join(WRITERS, writer)
    os.makedirs(out_dir, exist_ok=True)
    for variant, features in spec['variants'].items():
        out = os.path.join(out_dir, variant + '.xlsx')
        write(variant, features, spec, out)
        print(out)
