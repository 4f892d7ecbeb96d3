#!/bin/sh
# Writes the writer corpus in tests/fixtures/writers/ (committed): the tables of spec.json by
# ExcelJS, by openpyxl (Debian's python3-openpyxl), by XlsxWriter (Debian's python3-xlsxwriter),
# and by LibreOffice (Debian's libreoffice-calc-nogui), which opens each openpyxl file and saves
# it as .xlsx, and the two feature files also as .ods, and by SheetJS (npm's `xlsx` 0.18.5,
# installed for the run in a temporary folder, never in the project). tests/io/writers.test.ts
# compares every file with its ExcelJS twin. Also tests/fixtures/no-results/: XlsxWriter's
# budget with formula subtotals and LibreOffice's re-save of it, recalculated as Excel does
# when it opens the file (tests/io/no-results.test.ts). The Debian packages are installed when
# missing, as .ci/run installs its own.
#
#   sh scripts/make-writer-corpus.sh
set -eu
cd "$(dirname "$0")/.."
out=tests/fixtures/writers
missing=""
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || missing="$missing python3-openpyxl"
/usr/bin/python3 -c 'import xlsxwriter' 2>/dev/null || missing="$missing python3-xlsxwriter"
command -v soffice >/dev/null 2>&1 || missing="$missing libreoffice-calc-nogui"
if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq $missing >/dev/null
fi
npx tsx scripts/make-writer-corpus.ts
/usr/bin/python3 scripts/make-writer-corpus.py
/usr/bin/python3 scripts/make-writer-corpus-xlsxwriter.py
profile=$(mktemp -d /tmp/lo-writer-corpus-XXXXXX)
sheetjs=$(mktemp -d /tmp/sheetjs-writer-corpus-XXXXXX)
resaved=$(mktemp -d /tmp/lo-no-results-XXXXXX)
trap 'rm -rf "$profile" "$sheetjs" "$resaved"' EXIT
npm install --prefix "$sheetjs" --no-save --no-package-lock --no-audit --no-fund xlsx@0.18.5 >/dev/null
node scripts/make-writer-corpus-sheetjs.mjs "$sheetjs"
mkdir -p "$out/libreoffice"
soffice -env:UserInstallation="file://$profile" --headless --convert-to xlsx \
  --outdir "$out/libreoffice" "$out"/openpyxl/*.xlsx
soffice -env:UserInstallation="file://$profile" --headless --convert-to ods \
  --outdir "$out/libreoffice" "$out/openpyxl/features.xlsx" "$out/openpyxl/features-1904.xlsx"
# LibreOffice keeps a file's stored results unless told to recalculate: this profile tells it
# to, as Excel does for a workbook that asks for it (XlsxWriter's fullCalcOnLoad).
mkdir -p "$profile/recalc/user"
cat >"$profile/recalc/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
soffice -env:UserInstallation="file://$profile/recalc" --headless --convert-to xlsx \
  --outdir "$resaved" tests/fixtures/no-results/xlsxwriter-sums.xlsx
mv "$resaved/xlsxwriter-sums.xlsx" tests/fixtures/no-results/xlsxwriter-sums-lo.xlsx
