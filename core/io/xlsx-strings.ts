import { detach, type Tag, type XmlHandler } from './xml-scan';

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
