// The reader, the check and the annotated copy, in one lazily loaded chunk of the web page.
export { readWorkbookBytes } from '../../core/io';
export { annotateWorkbook } from '../../core/io/annotate';
export { checkWorkbook } from '../../core/check';
