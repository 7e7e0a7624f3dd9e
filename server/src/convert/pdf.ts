/**
 * A PDF report to text laid out as poppler's `pdftotext -layout` lays it out, which is what
 * the parser reads tables from: each row of a table one line, its label then its numbers
 * separated by runs of spaces, cells placed by their x position.
 *
 * Mozilla's pdfjs-dist reads the file (in this thread, through its "fake worker": the worker
 * module is handed over on `globalThis.pdfjsWorker`, so no worker file is needed). It is a
 * bundle of its own, dist/pdfjs.js (pdfjs.ts), loaded on the first PDF only.
 *
 * Reading is bounded: files over PDF_LIMITS.maxBytes, with a compressed stream that would
 * inflate past the limits, or with more than maxPages pages are refused before any page is
 * read; each page's text is read in chunks and given up past the caps or the time budget,
 * and the document is destroyed, so a hostile or broken file costs seconds, never the batch.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';

/**
 * Why a PDF was not read: `pdf-scanned` (no text layer: a scan), `pdf-encrypted` (a password
 * is needed to open it), `invalid-pdf` (broken), `pdf-too-large` (over PDF_LIMITS, or not
 * read within its time budget).
 */
export type PdfProblem = 'pdf-scanned' | 'pdf-encrypted' | 'invalid-pdf' | 'pdf-too-large';

/** A PDF that cannot be read as a report; `reason` is the CLI's machine-readable reason. */
export class PdfError extends Error {
  constructor(
    readonly reason: PdfProblem,
    detail: string,
  ) {
    super(detail);
  }
}

export interface PdfLimits {
  /** Bytes: a report is a few hundred KB; a scanned one a few MB. */
  maxBytes: number;
  /** Pages: a report has about 5 to 30. */
  maxPages: number;
  /** Milliseconds from opening the file to its last page. */
  timeBudgetMs: number;
  /** Characters of text taken from the file (a report has about 10,000). */
  maxTextChars: number;
  /** Pieces of text pdfjs reports (a report has about 1,000). */
  maxTextItems: number;
  /** Bytes one compressed stream may inflate to (a report's largest, a font, is a few MB). */
  maxInflatedStream: number;
  /** Bytes all compressed streams but pictures may inflate to together. */
  maxInflatedTotal: number;
  /**
   * Pixels (width × height) of a picture that pdfPicturePages lets pdfjs decode: listing a
   * page's drawing operations decodes its pictures. A larger one is skipped unseen; an A4 page
   * scanned at 400 dpi has about 15 million, a screenshot of a table 1 or 2.
   */
  maxPicturePixels: number;
}

/** The limits messages.ts states to users: change both together. */
export const PDF_LIMITS: PdfLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxPages: 200,
  timeBudgetMs: 20_000,
  maxTextChars: 1_000_000,
  maxTextItems: 100_000,
  maxInflatedStream: 64 * 1024 * 1024,
  maxInflatedTotal: 256 * 1024 * 1024,
  maxPicturePixels: 25_000_000,
};

/**
 * Fewer visible characters than this per page on average means the pages are pictures
 * (a scan), not text: a page of a real report holds hundreds.
 */
const MIN_CHARS_PER_PAGE = 20;

export interface PdfText {
  text: string;
  /** The zero-based line of `text` on which each page starts. */
  pages: number[];
}

/** One piece of text on a page, in page units with y growing downwards (as on screen). */
export interface PlacedText {
  text: string;
  /** Left edge. */
  x: number;
  /** Baseline. */
  y: number;
  /** Advance width of the whole piece. */
  width: number;
  /** Font size (the glyphs' height). */
  size: number;
  /**
   * Written top to bottom (a vertical font): kept as one line of its own, as pdftotext
   * does, instead of being spread over the rows beside it.
   */
  vertical: boolean;
  /** A space glyph stood between this piece and the one before it on its line. */
  spaceBefore: boolean;
}

/** Pieces closer than this (× font size) are one word: Chinese text comes in many pieces. */
const TOUCHING = 0.3;
/** Pieces whose baselines differ by less than this (× font size) are on one baseline. */
const SAME_BASELINE = 0.15;
/** A baseline within this (× the smaller font size) of a line's baseline belongs to that line. */
const SAME_LINE = 0.5;
/** A vertical gap above a line wider than this (× font size) leaves a blank line, as between table rows. */
const BLANK_LINE_GAP = 2;

/** A line of the page: its baseline is that of the text that made it, its pieces left to right. */
interface Line {
  y: number;
  size: number;
  pieces: PlacedText[];
}

/**
 * The lines of one page, top to bottom (see renderLine for the spaces within a line).
 *
 * A table row's label, its numbers and the character of a merged cell beside it stand on
 * baselines a little apart, and a wrapped label's pieces and a merged cell's characters
 * stand between rows. So pieces on one baseline are first gathered into runs, and the runs
 * that carry most text (a row's label, its run of numbers) make the lines; each smaller run
 * then joins the nearest line when its baseline is close enough, or makes a line of its
 * own. Vertical text is always a line of its own, as pdftotext prints it.
 */
export function layoutPage(pieces: readonly PlacedText[]): string[] {
  const visible = pieces.filter((p) => p.text.trim() !== '' && Number.isFinite(p.x) && Number.isFinite(p.y) && p.size > 0);
  if (visible.length === 0) return [];
  // Loops, not Math.min(...spread): a page may hold more pieces than a call has arguments.
  let left = Infinity;
  let bucketHeight = 0;
  for (const piece of visible) {
    left = Math.min(left, piece.x);
    bucketHeight = Math.max(bucketHeight, piece.size);
  }
  const column = columnWidthOf(visible);

  const lines: Line[] = [];
  // Lines by baseline bucket (one bucket per largest font size), to find the nearest line
  // in constant time on pages of many thousands of pieces.
  const buckets = new Map<number, Line[]>();
  const bucketOf = (y: number) => Math.floor(y / bucketHeight);
  const addLine = (line: Line) => {
    lines.push(line);
    const bucket = bucketOf(line.y);
    const list = buckets.get(bucket);
    if (list) list.push(line);
    else buckets.set(bucket, [line]);
  };

  const runs = runsOf(visible.filter((p) => !p.vertical));
  runs.sort((a, b) => visibleLength(b.pieces) - visibleLength(a.pieces) || a.y - b.y);
  for (const run of runs) {
    let nearest: Line | undefined;
    const bucket = bucketOf(run.y);
    for (const candidate of [bucket - 1, bucket, bucket + 1].flatMap((b) => buckets.get(b) ?? [])) {
      if (nearest === undefined || Math.abs(candidate.y - run.y) < Math.abs(nearest.y - run.y)) nearest = candidate;
    }
    if (nearest !== undefined && Math.abs(nearest.y - run.y) <= SAME_LINE * Math.min(nearest.size, run.size)) {
      nearest.pieces.push(...run.pieces);
    } else {
      addLine({ ...run, pieces: [...run.pieces] });
    }
  }
  for (const piece of visible) if (piece.vertical) lines.push({ y: piece.y, size: piece.size, pieces: [piece] });
  lines.sort((a, b) => a.y - b.y || a.pieces[0]!.x - b.pieces[0]!.x);

  const out: string[] = [];
  let previous: Line | null = null;
  for (const line of lines) {
    line.pieces.sort((a, b) => a.x - b.x);
    if (previous !== null) {
      const size = Math.max(line.size, previous.size);
      if (line.y - previous.y > BLANK_LINE_GAP * size + size) out.push('');
    }
    out.push(renderLine(line.pieces, left, column));
    previous = line;
  }
  return out;
}

/** Pieces on one baseline (within SAME_BASELINE), top to bottom. */
function runsOf(pieces: readonly PlacedText[]): Line[] {
  const sorted = [...pieces].sort((a, b) => a.y - b.y);
  const runs: Line[] = [];
  let run: Line | undefined;
  for (const piece of sorted) {
    if (run !== undefined && piece.y - run.y <= SAME_BASELINE * Math.min(run.size, piece.size)) {
      run.pieces.push(piece);
      run.size = Math.max(run.size, piece.size);
    } else {
      run = { y: piece.y, size: piece.size, pieces: [piece] };
      runs.push(run);
    }
  }
  return runs;
}

function visibleLength(pieces: readonly PlacedText[]): number {
  let length = 0;
  for (const piece of pieces) length += piece.text.replace(/\s/gu, '').length;
  return length;
}

/**
 * The width of one text column: half the page's usual font size, the width of a digit or
 * Latin letter (a Chinese character is two), as pdftotext's columns are.
 */
function columnWidthOf(pieces: readonly PlacedText[]): number {
  const sizes = pieces.map((p) => p.size).sort((a, b) => a - b);
  return Math.max(sizes[Math.floor(sizes.length / 2)]! / 2, 1);
}

function renderLine(line: readonly PlacedText[], left: number, column: number): string {
  let text = '';
  let previous: PlacedText | null = null;
  for (const piece of line) {
    const content = piece.text.replace(/\s+$/u, '');
    const target = Math.max(0, Math.round((piece.x - left) / column));
    if (previous === null) {
      text = ' '.repeat(target) + content.trimStart();
    } else {
      const gap = piece.x - (previous.x + previous.width);
      const size = Math.min(previous.size, piece.size);
      const characterWidth = Math.max(averageCharacterWidth(previous), averageCharacterWidth(piece));
      let spaces: number;
      if (gap >= characterWidth) spaces = Math.max(2, target - text.length);
      else if (gap >= TOUCHING * size || piece.spaceBefore) spaces = 1;
      else spaces = 0;
      // A piece that begins with spaces of its own keeps them only where a space is due.
      text += ' '.repeat(spaces) + (spaces > 0 ? content.trimStart() : content);
    }
    previous = piece;
  }
  return text.trimEnd();
}

function averageCharacterWidth(piece: PlacedText): number {
  const length = [...piece.text.trim()].length;
  return length > 0 && piece.width > 0 ? piece.width / length : piece.size / 2;
}

type Pdfjs = typeof import('./pdfjs')['pdfjs'];
let pdfjsLoaded: Promise<Pdfjs> | undefined;

function loadPdfjs(): Promise<Pdfjs> {
  pdfjsLoaded ??= (async () => {
    const scope = globalThis as { DOMMatrix?: unknown; pdfjsWorker?: unknown };
    // pdfjs constructs a DOMMatrix as it is evaluated, and Node has none: pdfjs would take
    // it from the native @napi-rs/canvas package, which the .vsix cannot ship.
    if (scope.DOMMatrix === undefined) scope.DOMMatrix = (await import('@thednp/dommatrix')).default;
    const restoreBuiltins = keepBuiltins();
    try {
      const { pdfjs, worker } = await import('./pdfjs');
      scope.pdfjsWorker = worker;
      return pdfjs;
    } finally {
      restoreBuiltins();
    }
  })();
  return pdfjsLoaded;
}

/**
 * The built-ins whose own properties pdfjs must leave as Node has them. pdfjs's legacy build
 * carries core-js polyfills, and as it is evaluated they replace built-ins Node already has
 * (Array.prototype.push, JSON.parse, JSON.stringify, Function.prototype.toString) with
 * JavaScript versions. The whole process then runs slower: once a PDF had been read,
 * analyze() took 37% longer at the median and twice as long at the 95th percentile (the
 * language server after a PDF is opened, a CLI worker after its first PDF), and every LSP
 * message went through the slower JSON.
 */
function builtinsToKeep(): object[] {
  const typedArray = Object.getPrototypeOf(Uint8Array.prototype) as object;
  const arrayIterator = Object.getPrototypeOf([][Symbol.iterator]()) as object;
  return [
    Object, Object.prototype, Function.prototype, Array, Array.prototype, String, String.prototype, RegExp, RegExp.prototype,
    Number, Number.prototype, Boolean.prototype, Symbol, Symbol.prototype, Math, JSON, Reflect, Promise, Promise.prototype,
    Map, Map.prototype, Set, Set.prototype, WeakMap.prototype, WeakSet.prototype, Date.prototype, Error.prototype,
    ArrayBuffer, ArrayBuffer.prototype, typedArray, Object.getPrototypeOf(typedArray) as object, Uint8Array.prototype,
    arrayIterator, Object.getPrototypeOf(arrayIterator) as object,
  ];
}

/**
 * Remembers the own properties of the built-ins and returns what puts back any that changed:
 * what the polyfills add that Node lacks (Promise.withResolvers, Map.prototype.getOrInsert, the
 * iterator helpers …) stays for pdfjs; what they replaced is Node's own again.
 */
function keepBuiltins(): () => void {
  const saved: { target: object; key: PropertyKey; descriptor: PropertyDescriptor }[] = [];
  for (const target of builtinsToKeep()) {
    for (const key of Reflect.ownKeys(target)) saved.push({ target, key, descriptor: Object.getOwnPropertyDescriptor(target, key)! });
  }
  return () => {
    for (const { target, key, descriptor } of saved) {
      const now = Object.getOwnPropertyDescriptor(target, key);
      if (now && Object.is(now.value, descriptor.value) && now.get === descriptor.get && now.set === descriptor.set) continue;
      try {
        Object.defineProperty(target, key, descriptor);
      } catch {
        // A property made non-configurable since cannot be put back; pdfjs still works with it.
      }
    }
  };
}

/**
 * pdfjs's character maps (CMaps), which PDFs that use a standard Chinese encoding with a
 * font that is not embedded need: beside the bundles in dist/ (scripts/build.mjs copies the
 * Chinese ones there), in node_modules when running from the sources.
 */
function cMapDirectory(): string | undefined {
  const candidates = [join(__dirname, 'cmaps'), join(__dirname, '..', '..', '..', 'node_modules', 'pdfjs-dist', 'cmaps')];
  const found = candidates.find((dir) => existsSync(join(dir, 'UniGB-UCS2-H.bcmap')));
  return found === undefined ? undefined : found + '/';
}

class OutOfTime extends Error {}

type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;

/** What the work on an open document is given: the document, pdfjs, and the time limits. */
interface OpenPdf {
  pdfjs: Pdfjs;
  document: PdfDocument;
  deadline: number;
  /** The promise, or OutOfTime when the time budget runs out first. */
  inTime<T>(promise: Promise<T>): Promise<T>;
}

/**
 * Opens a PDF within the limits, runs `work` on it and frees it. Refuses oversized files and
 * streams before pdfjs reads anything; every failure is a PdfError.
 */
async function withPdf<T>(bytes: Uint8Array, limits: PdfLimits, work: (open: OpenPdf) => Promise<T>, options: { maxImageSize?: number } = {}): Promise<T> {
  const deadline = Date.now() + limits.timeBudgetMs;
  if (bytes.length > limits.maxBytes) {
    throw new PdfError('pdf-too-large', `${(bytes.length / 1024 / 1024).toFixed(1)} MB`);
  }
  const inflated = oversizedStream(bytes, limits);
  if (inflated !== null) throw new PdfError('pdf-too-large', inflated);
  let pdfjs: Pdfjs;
  try {
    pdfjs = await loadPdfjs();
  } catch (error) {
    // Only a broken installation gets here; the file is not to blame, but it cannot be read.
    throw new PdfError('invalid-pdf', `pdfjs: ${messageOf(error)}`);
  }
  const cMapUrl = cMapDirectory();
  const task = pdfjs.getDocument({
    // pdfjs may take the buffer over; the caller's bytes stay as they are.
    data: new Uint8Array(bytes),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    ...(cMapUrl !== undefined ? { cMapUrl, cMapPacked: true } : {}),
    ...(options.maxImageSize !== undefined ? { maxImageSize: options.maxImageSize } : {}),
  });

  // pdfjs works in this thread in chains of promises, which a timer cannot interrupt: the
  // clock is read between pages and between the chunks of each page's text, and the timer
  // only backs that up while the document and each page are opened.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const outOfTime = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OutOfTime()), limits.timeBudgetMs);
  });
  // The race's loser must not be reported as unhandled.
  outOfTime.catch(() => undefined);
  const inTime = <R>(promise: Promise<R>): Promise<R> => Promise.race([promise, outOfTime]);

  try {
    const document = await inTime(task.promise);
    if (document.numPages > limits.maxPages) throw new PdfError('pdf-too-large', `${document.numPages} pages`);
    return await work({ pdfjs, document, deadline, inTime });
  } catch (error) {
    throw asPdfError(error, limits);
  } finally {
    clearTimeout(timer);
    // Frees the parsed document and stops any work still running on it (after a timeout).
    await task.destroy().catch(() => undefined);
  }
}

/** The report text of a PDF, or a PdfError saying why there is none. Never throws anything else. */
export async function pdfToText(bytes: Uint8Array, limits: PdfLimits = PDF_LIMITS): Promise<PdfText> {
  return withPdf(bytes, limits, async ({ pdfjs, document, deadline, inTime }) => {
    const taken = { items: 0, characters: 0, visible: 0 };
    const pageTexts: string[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      if (Date.now() > deadline) throw new OutOfTime();
      const page = await inTime(document.getPage(number));
      const viewport = page.getViewport({ scale: 1 });
      const content = await readText(page.streamTextContent(), taken, deadline, limits);
      page.cleanup();
      pageTexts.push(layoutPage(placedTextOf(content, viewport.transform, pdfjs.Util.transform)));
    }
    if (taken.visible < MIN_CHARS_PER_PAGE * document.numPages) throw new PdfError('pdf-scanned', `${taken.visible} characters of text`);
    const lines: string[] = [];
    const pages: number[] = [];
    for (const pageLines of pageTexts) {
      pages.push(lines.length);
      lines.push(...pageLines);
    }
    return { text: lines.join('\n') + '\n', pages };
  });
}

/**
 * A picture smaller than this (pixels, on either side) is not a table: a rule, a bullet, an
 * icon, a spacer. A screenshot of the smallest statutory table (表四, one row of figures) is
 * hundreds of pixels wide and over a hundred high.
 */
const MIN_PICTURE_SIDE = 64;

/**
 * The pages of a PDF that paint a picture (zero-based, ascending): a screenshot or scan of a
 * table pasted into the Word file before printing is one. Read from each page's drawing
 * operations (pdfjs's operator list, annotations left out), which makes pdfjs decode the
 * pictures — so this is a pass of its own, for a caller that needs it (a statutory table was
 * not found in the text), not part of pdfToText. Bounded like pdfToText; pictures over
 * `maxPicturePixels` are skipped. Throws only PdfError.
 */
export async function pdfPicturePages(bytes: Uint8Array, limits: PdfLimits = PDF_LIMITS): Promise<number[]> {
  return withPdf(
    bytes,
    limits,
    async ({ pdfjs, document, deadline, inTime }) => {
      const { OPS, AnnotationMode } = pdfjs;
      const withPictures: number[] = [];
      for (let number = 1; number <= document.numPages; number++) {
        if (Date.now() > deadline) throw new OutOfTime();
        const page = await inTime(document.getPage(number));
        const operators = await inTime(page.getOperatorList({ annotationMode: AnnotationMode.DISABLE }));
        page.cleanup();
        if (operators.fnArray.some((fn, i) => pictureSize(OPS, fn, operators.argsArray[i]) >= MIN_PICTURE_SIDE)) withPictures.push(number - 1);
      }
      return withPictures;
    },
    { maxImageSize: limits.maxPicturePixels },
  );
}

/**
 * The smaller side, in pixels, of the picture a drawing operation paints, or 0 when it paints
 * none. pdfjs's arguments: [objId, width, height] for an image XObject, an image data object
 * with width and height for an inline picture or a mask (for a group of inline pictures, the
 * one image they are joined into), a list of masks for a group of them. The "repeat" operations
 * (one small picture stamped many times: a pattern, dots) are no table and count as none.
 */
function pictureSize(OPS: Pdfjs['OPS'], fn: number, args: unknown): number {
  const list = Array.isArray(args) ? (args as unknown[]) : [];
  const sideOf = (data: unknown): number => {
    const { width, height } = (data ?? {}) as { width?: unknown; height?: unknown };
    return typeof width === 'number' && typeof height === 'number' ? Math.min(width, height) : 0;
  };
  switch (fn) {
    case OPS.paintImageXObject:
      return typeof list[1] === 'number' && typeof list[2] === 'number' ? Math.min(list[1], list[2]) : 0;
    case OPS.paintInlineImageXObject:
    case OPS.paintImageMaskXObject:
    case OPS.paintInlineImageXObjectGroup:
      return sideOf(list[0]);
    case OPS.paintImageMaskXObjectGroup:
      return Array.isArray(list[0]) ? Math.max(0, ...(list[0] as unknown[]).map(sideOf)) : 0;
    default:
      return 0;
  }
}

/**
 * A page's text, read chunk by chunk (pdfjs makes the next chunk only when this one is
 * taken), so that a page of millions of pieces is given up as soon as the limits are passed
 * instead of being held in memory whole.
 */
async function readText(
  stream: ReadableStream<TextContent>,
  taken: { items: number; characters: number; visible: number },
  deadline: number,
  limits: PdfLimits,
): Promise<TextContent> {
  const reader = stream.getReader();
  const content: TextContent = { items: [], styles: {}, lang: null };
  let finished = false;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        finished = true;
        return content;
      }
      Object.assign(content.styles, value.styles);
      for (const item of value.items) {
        content.items.push(item);
        if (!('str' in item)) continue;
        taken.items++;
        taken.characters += item.str.length;
        taken.visible += item.str.replace(/\s/gu, '').length;
      }
      if (taken.characters > limits.maxTextChars || taken.items > limits.maxTextItems) {
        throw new PdfError('pdf-too-large', `more than ${limits.maxTextChars} characters or ${limits.maxTextItems} pieces of text`);
      }
      if (Date.now() > deadline) throw new OutOfTime();
    }
  } finally {
    // Stops pdfjs's work on the page when it is given up (pdfjs wants an Error as the reason).
    if (!finished) await reader.cancel(new Error('text limits passed')).catch(() => undefined);
  }
}

/**
 * Why the file is too large when one of its compressed streams inflates past the limits (a
 * "zip bomb": pdfjs would inflate it whole in memory), or null. Pictures are skipped:
 * reading text never decodes them.
 */
function oversizedStream(bytes: Uint8Array, limits: PdfLimits): string | null {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (let at = data.indexOf('stream', 0, 'latin1'); at >= 0; at = data.indexOf('stream', at + 6, 'latin1')) {
    // `stream` after `end` is the end of one, not a start.
    if (at >= 3 && data.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + 6;
    if (data[start] === 0x0d) start++;
    if (data[start] !== 0x0a) continue;
    start++;
    const dictionary = data.toString('latin1', Math.max(0, at - 1024), at);
    const objectStart = dictionary.lastIndexOf(' obj');
    const header = objectStart >= 0 ? dictionary.slice(objectStart) : dictionary;
    if (!/\/FlateDecode/.test(header) || /\/Subtype\s*\/Image/.test(header)) continue;
    const end = data.indexOf('endstream', start, 'latin1');
    const compressed = data.subarray(start, end < 0 ? data.length : end);
    try {
      total += inflateSync(compressed, { maxOutputLength: limits.maxInflatedStream }).length;
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return `a stream inflates past ${limits.maxInflatedStream / 1024 / 1024} MB`;
      // Not plain deflate data (encrypted, several filters, damaged): pdfjs judges it.
      continue;
    }
    if (total > limits.maxInflatedTotal) return `its streams inflate past ${limits.maxInflatedTotal / 1024 / 1024} MB`;
  }
  return null;
}

type Transform = (m1: number[], m2: number[]) => number[];

/** pdfjs's text items as placed pieces, in the page's on-screen coordinates. */
function placedTextOf(content: TextContent, viewportTransform: number[], multiply: Transform): PlacedText[] {
  const pieces: PlacedText[] = [];
  let spaceBefore = false;
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const textItem = item as TextItem;
    if (textItem.str.trim() === '') {
      // pdfjs reports space glyphs (and wide gaps it judged to be spaces) as pieces of their own.
      if (textItem.str.length > 0) spaceBefore = true;
      continue;
    }
    const m = multiply(viewportTransform, textItem.transform as number[]);
    const size = Math.hypot(m[2]!, m[3]!);
    const vertical = textItem.dir === 'ttb' || content.styles[textItem.fontName]?.vertical === true;
    pieces.push({
      text: textItem.str,
      x: m[4]!,
      y: m[5]!,
      width: vertical ? size * [...textItem.str].length : textItem.width,
      size,
      vertical,
      spaceBefore,
    });
    spaceBefore = false;
  }
  return pieces;
}

function asPdfError(error: unknown, limits: PdfLimits): PdfError {
  if (error instanceof PdfError) return error;
  if (error instanceof OutOfTime) return new PdfError('pdf-too-large', `not read within ${limits.timeBudgetMs / 1000} s`);
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') return new PdfError('pdf-encrypted', messageOf(error));
  return new PdfError('invalid-pdf', messageOf(error));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
