import { decodeXml, detach, tagEnd, type Tag, type XmlHandler } from './xml-scan';

/**
 * The text of a string item (`<si>` in sharedStrings.xml, `<is>` in a cell): its `<t>` runs
 * joined, rich text flattened, phonetic guides (`<rPh>`) left out as Excel shows them.
 */
export class StringItem {
  private inT = false;
  private inPhonetic = false;
  private parts: string[] = [];

  /** Handles an element inside the item; true when it changes whether text is wanted. */
  open(name: string): void {
    if (name === 't' && !this.inPhonetic) this.inT = true;
    else if (name === 'rPh') this.inPhonetic = true;
  }

  close(name: string): void {
    if (name === 't') this.inT = false;
    else if (name === 'rPh') this.inPhonetic = false;
  }

  get wantText(): boolean {
    return this.inT;
  }

  text(text: string): void {
    if (this.inT) this.parts.push(text);
  }

  /** The item's text, and the item emptied for the next one. */
  take(): string {
    const s = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    this.parts = [];
    this.inT = false;
    this.inPhonetic = false;
    return detach(s);
  }
}

/** Reads sharedStrings.xml into the list of strings cells point to by index. */
export class SharedStringsReader implements XmlHandler {
  wantText = false;
  readonly strings: string[] = [];
  private readonly item = new StringItem();
  private inItem = false;

  /**
   * The common item, `<si><t>…</t></si>` (the `<t>` perhaps with attributes), read straight off
   * the text as the scanner's calls would read it; rich text and anything else is left to them.
   */
  fast(src: string, i: number, n: number): number {
    while (!this.inItem) {
      const lt = src.charCodeAt(i) === 0x3c ? i : src.indexOf('<', i);
      if (lt < 0) return n;
      if (!src.startsWith('<si><t', lt)) return lt;
      const c = src.charCodeAt(lt + 6);
      if (c !== 0x3e && c !== 0x20) return lt;
      const gt = c === 0x3e ? lt + 6 : tagEnd(src, lt + 6);
      if (gt < 0 || src.charCodeAt(gt - 1) === 0x2f) return lt;
      const end = src.indexOf('<', gt + 1);
      if (end < 0 || !src.startsWith('</t></si>', end)) return lt;
      this.strings.push(end > gt + 1 ? detach(decodeXml(src.slice(gt + 1, end))) : '');
      i = end + 9;
    }
    return i;
  }

  open(name: string, _tag: Tag): void {
    if (name === 'si') this.inItem = true;
    else if (this.inItem) {
      this.item.open(name);
      this.wantText = this.item.wantText;
    }
  }

  close(name: string): void {
    if (name === 'si') {
      this.strings.push(this.item.take());
      this.inItem = false;
      this.wantText = false;
    } else if (this.inItem) {
      this.item.close(name);
      this.wantText = this.item.wantText;
    }
  }

  text(text: string): void {
    this.item.text(text);
  }
}
