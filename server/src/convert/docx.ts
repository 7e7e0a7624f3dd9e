/**
 * A Word (.docx) draft to report text: mammoth turns the document into HTML (gridSpan
 * becomes colspan, vMerge becomes rowspan), and the HTML reader turns that into lines,
 * so Word tables read exactly like web tables. Images are not embedded (they are never
 * report text, and base64 images would only cost memory): each is an empty `<img>`, which
 * the HTML reader notes as a picture where it stands.
 *
 * Bounded: a .docx is a zip, and a zip of a few megabytes can hold gigabytes of XML. The
 * package is opened here rather than by mammoth, its declared sizes are checked before
 * anything is inflated, every part is inflated with a cap on its output (declared sizes
 * can lie), and the XML is refused past a budget of elements, which is what mammoth's
 * memory and time grow with (about 5 KB and 25 µs per element).
 */
import { Buffer } from 'node:buffer';
import { inflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { htmlToTextAndPictures, type PictureSpan } from './html';

/** The file is not a Word package (not a zip, no document in it, broken XML). */
export class DocxError extends Error {}

/** The package is beyond what the reader reads; the message says which limit. */
export class DocxTooLargeError extends Error {}

export interface DocxLimits {
  /** Entries in the zip (a report has a few dozen; each costs JSZip memory before any check). */
  maxEntries: number;
  /** Bytes of one XML part once inflated. */
  maxPartBytes: number;
  /** Bytes of all the XML parts read, once inflated. */
  maxXmlBytes: number;
  /** Elements (start tags) in all the XML parts read. A long report has tens of thousands. */
  maxXmlElements: number;
}

export const DOCX_LIMITS: Readonly<DocxLimits> = {
  maxEntries: 10_000,
  maxPartBytes: 64 * 1024 * 1024,
  maxXmlBytes: 128 * 1024 * 1024,
  maxXmlElements: 150_000,
};

export async function docxToText(bytes: Uint8Array, limits: Readonly<DocxLimits> = DOCX_LIMITS): Promise<string> {
  return (await docxToTextAndPictures(bytes, limits)).text;
}

/**
 * The report text of a Word file and where its pictures stand in it (html.ts PictureSpan, the
 * shape of AnalyzeOptions.pictures): a picture paragraph, or a picture inside a paragraph or a
 * table cell, as mammoth places it in the document's flow. Agencies paste a screenshot of a
 * statutory table into the Word file. Costs nothing beyond the text: the pictures' bytes are
 * never read, only where they stand.
 */
export async function docxToTextAndPictures(bytes: Uint8Array, limits: Readonly<DocxLimits> = DOCX_LIMITS): Promise<{ text: string; pictures: PictureSpan[] }> {
  const entries = declaredEntryCount(bytes);
  if (entries !== null && entries > limits.maxEntries) throw new DocxTooLargeError(`${entries} entries in the package (at most ${limits.maxEntries})`);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new DocxError(messageOf(error));
  }
  checkDeclaredSizes(zip, limits);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      // mammoth takes an opened package as `file` (lib/unzip.js): it reads parts only through it.
      { file: boundedPackage(zip, limits) } as unknown as { buffer: Buffer },
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })), externalFileAccess: false },
    );
    html = result.value;
  } catch (error) {
    if (error instanceof DocxTooLargeError) throw error;
    throw new DocxError(messageOf(error));
  }
  return htmlToTextAndPictures(html);
}

/** The XML parts of a package: what mammoth parses (images and other media it never inflates). */
function isXmlPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

/** Refuses, before inflating anything, a package whose XML parts declare sizes over the limits. */
function checkDeclaredSizes(zip: JSZip, limits: Readonly<DocxLimits>): void {
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !isXmlPart(entry.name)) continue;
    const raw = compressedOf(entry)?.uncompressedSize ?? 0;
    // JSZip reads the 32-bit field as a signed number: 3 GB comes out negative.
    const declared = raw < 0 ? raw + 2 ** 32 : raw;
    if (declared > limits.maxPartBytes) throw new DocxTooLargeError(`${entry.name} unpacks to ${megabytes(declared)} (at most ${megabytes(limits.maxPartBytes)})`);
    total += declared;
  }
  if (total > limits.maxXmlBytes) throw new DocxTooLargeError(`the XML parts unpack to ${megabytes(total)} (at most ${megabytes(limits.maxXmlBytes)})`);
}

/** What mammoth reads a package through (exists, read), inflating each part within the limits. */
function boundedPackage(zip: JSZip, limits: Readonly<DocxLimits>): { exists(name: string): boolean; read(name: string, encoding?: string): Promise<string | Uint8Array> } {
  let xmlBytes = 0;
  let xmlElements = 0;
  return {
    exists: (name) => zip.file(name) !== null,
    async read(name, encoding) {
      const entry = zip.file(name);
      if (entry === null) throw new DocxError(`${name} is missing from the package`);
      const bytes = await inflateBounded(entry, limits.maxPartBytes);
      if (isXmlPart(name)) {
        xmlBytes += bytes.length;
        xmlElements += startTagCount(bytes);
        if (xmlBytes > limits.maxXmlBytes) throw new DocxTooLargeError(`the XML parts unpack to more than ${megabytes(limits.maxXmlBytes)}`);
        if (xmlElements > limits.maxXmlElements) throw new DocxTooLargeError(`more than ${limits.maxXmlElements} XML elements`);
      }
      if (encoding === 'base64') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
      if (encoding) return new TextDecoder(encoding).decode(bytes);
      return bytes;
    },
  };
}

/**
 * JSZip's record of a loaded entry (its internal `_data`, pinned with jszip 3.10.2): the
 * compressed bytes as they stand in the file, the method, and the declared size.
 */
interface CompressedEntry {
  compressedContent: Uint8Array;
  uncompressedSize: number;
  compression: { magic: string };
}

function compressedOf(entry: JSZip.JSZipObject): CompressedEntry | null {
  const data = (entry as unknown as { _data?: Partial<CompressedEntry> })._data;
  if (!data || !(data.compressedContent instanceof Uint8Array) || typeof data.uncompressedSize !== 'number' || typeof data.compression?.magic !== 'string') return null;
  return data as CompressedEntry;
}

const STORED = '\x00\x00';
const DEFLATED = '\x08\x00';

/** The entry's bytes, never more than `max` of them: inflation stops as soon as it would pass the cap. */
async function inflateBounded(entry: JSZip.JSZipObject, max: number): Promise<Uint8Array> {
  const compressed = compressedOf(entry);
  if (compressed === null) {
    // Not a loaded entry (never the case for a package read from bytes): JSZip holds it whole already.
    return entry.async('uint8array');
  }
  const tooLarge = (): DocxTooLargeError => new DocxTooLargeError(`${entry.name} unpacks to more than ${megabytes(max)}`);
  if (compressed.compression.magic === STORED) {
    if (compressed.compressedContent.length > max) throw tooLarge();
    return compressed.compressedContent;
  }
  if (compressed.compression.magic !== DEFLATED) throw new DocxError(`${entry.name}: unknown compression`);
  try {
    return inflateRawSync(compressed.compressedContent, { maxOutputLength: max });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw new DocxError(`${entry.name}: ${messageOf(error)}`);
  }
}

/** Start tags in XML bytes: '<' not followed by '/', '?' or '!'. */
function startTagCount(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(0x3c); i >= 0; i = bytes.indexOf(0x3c, i + 1)) {
    const next = bytes[i + 1];
    if (next !== 0x2f && next !== 0x3f && next !== 0x21) count++;
  }
  return count;
}

/**
 * The number of entries a zip's end-of-central-directory record declares (zip64 too), or null
 * when there is no such record (JSZip then says what is wrong). Read before JSZip builds an
 * object per entry.
 */
function declaredEntryCount(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    const entries = view.getUint16(at + 10, true);
    if (entries !== 0xffff) return entries;
    // Zip64: the locator just before the record points at the zip64 record holding the count.
    const locator = at - 20;
    if (locator < 0 || view.getUint32(locator, true) !== 0x07064b50) return entries;
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 40 > bytes.length || view.getUint32(record, true) !== 0x06064b50) return entries;
    return Number(view.getBigUint64(record + 32, true));
  }
  return null;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
