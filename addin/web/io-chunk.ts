// The reader, in a lazily loaded chunk of the web page: where the runtime has no workers (the
// jsdom tests), the page reads in line through it.
export { readWorkbookBytes } from '../../core/io';
