// Everything that needs ExcelJS, in one lazily loaded chunk of the web page.
export { default as ExcelJS } from 'exceljs';
export { readWorkbookBytes, sniffFormat } from '../../core/io';
export { annotateWorkbook } from '../../core/io/annotate';
export { checkWorkbook } from '../../core/check';
