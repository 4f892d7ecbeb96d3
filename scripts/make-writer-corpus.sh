#!/bin/sh
# Writes the writer corpus in tests/fixtures/writers/ (committed): the tables of spec.json by
# ExcelJS, by openpyxl (Debian's python3-openpyxl), and by LibreOffice (Debian's
# libreoffice-calc-nogui), which opens each openpyxl file and saves it as .xlsx, and the two
# feature files also as .ods, and by SheetJS (npm's `xlsx` 0.18.5, installed for the run in a
# temporary folder, never in the project). tests/io/writers.test.ts compares every file with its
# ExcelJS twin.
#
#   sh scripts/make-writer-corpus.sh
set -eu
cd "$(dirname "$0")/.."
out=tests/fixtures/writers
npx tsx scripts/make-writer-corpus.ts
/usr/bin/python3 scripts/make-writer-corpus.py
profile=$(mktemp -d /tmp/lo-writer-corpus-XXXXXX)
sheetjs=$(mktemp -d /tmp/sheetjs-writer-corpus-XXXXXX)
trap 'rm -rf "$profile" "$sheetjs"' EXIT
npm install --prefix "$sheetjs" --no-save --no-package-lock --no-audit --no-fund xlsx@0.18.5 >/dev/null
node scripts/make-writer-corpus-sheetjs.mjs "$sheetjs"
mkdir -p "$out/libreoffice"
soffice -env:UserInstallation="file://$profile" --headless --convert-to xlsx \
  --outdir "$out/libreoffice" "$out"/openpyxl/*.xlsx
soffice -env:UserInstallation="file://$profile" --headless --convert-to ods \
  --outdir "$out/libreoffice" "$out/openpyxl/features.xlsx" "$out/openpyxl/features-1904.xlsx"
