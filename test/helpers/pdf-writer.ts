/**
 * Writes small PDFs by hand (objects, cross-reference table, trailer), for the PDF reader's
 * tests and scripts/make-pdf-failure-fixtures.ts: no tool is needed to make them, and each
 * holds exactly what its test is about.
 */

/** One object's body: a dictionary, or a stream (its dictionary gets /Length). */
export type PdfObjectBody = string | { dictionary: string; stream: Uint8Array | string };

const latin1 = (text: string) => Buffer.from(text, 'latin1');

/**
 * A PDF of these objects, numbered from 1 in order; object 1 must be the catalog.
 * The cross-reference table gives every object's exact offset.
 */
export function writePdf(objects: readonly PdfObjectBody[]): Uint8Array {
  const chunks: Buffer[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  const push = (chunk: Buffer) => {
    chunks.push(chunk);
    length += chunk.length;
  };
  objects.forEach((body, index) => {
    offsets.push(length);
    push(latin1(`${index + 1} 0 obj\n`));
    if (typeof body === 'string') {
      push(latin1(`${body}\n`));
    } else {
      const stream = typeof body.stream === 'string' ? latin1(body.stream) : Buffer.from(body.stream);
      push(latin1(`${body.dictionary.replace(/>>\s*$/, '')} /Length ${stream.length} >>\nstream\n`));
      push(stream);
      push(latin1('\nendstream\n'));
    }
    push(latin1('endobj\n'));
  });
  const xref = length;
  const rows = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  push(latin1(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}`));
  push(latin1(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(chunks));
}

/** A piece of text placed on a page (PDF coordinates: y grows upwards from the bottom). */
export interface PdfText {
  x: number;
  y: number;
  size: number;
  text: string;
}

const A4 = '[0 0 595 842]';

/** Pages of text in Helvetica (not embedded: a standard font), ASCII only. */
export function helveticaPdf(pages: readonly (readonly PdfText[])[]): Uint8Array {
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const contents = pages.map((texts) => texts.map((t) => `BT /F1 ${t.size} Tf ${t.x} ${t.y} Td (${escape(t.text)}) Tj ET`).join('\n'));
  return pagesPdf(contents, '<< /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> >>');
}

/**
 * Pages of Chinese text in the Adobe font STSong-Light, not embedded, written in the
 * standard encoding UniGB-UCS2-H: a reader needs that CMap (pdfjs's cmaps/) to read it.
 */
export function songtiPdf(pages: readonly (readonly PdfText[])[]): Uint8Array {
  const ucs2 = (text: string) => [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const contents = pages.map((texts) => texts.map((t) => `BT /F1 ${t.size} Tf ${t.x} ${t.y} Td <${ucs2(t.text)}> Tj ET`).join('\n'));
  const font =
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> /DW 1000 >>] >>';
  return pagesPdf(contents, `<< /F1 ${font} >>`);
}

/** One page holding only a picture (a grey gradient drawn over most of the page): what a scan is. */
export function imageOnlyPdf(): Uint8Array {
  const side = 32;
  const pixels = new Uint8Array(side * side);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7) % 256;
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [3 0 R] /Count 1 >>`,
    `<< /Type /Page /Parent 2 0 R /MediaBox ${A4} /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>`,
    { dictionary: '<< >>', stream: 'q 495 0 0 742 50 50 cm /Im1 Do Q' },
    { dictionary: `<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8 >>`, stream: pixels },
  ]);
}

/** Pages that all show the same content stream, with one font resource shared by all. */
function pagesPdf(contents: readonly string[], fonts: string): Uint8Array {
  const pageCount = contents.length;
  // 1 catalog, 2 page tree, then each page and its content stream.
  const kids = contents.map((_, i) => `${3 + 2 * i} 0 R`).join(' ');
  const objects: PdfObjectBody[] = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`];
  contents.forEach((content, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox ${A4} /Resources << /Font ${fonts} >> /Contents ${4 + 2 * i} 0 R >>`);
    objects.push({ dictionary: '<< >>', stream: content });
  });
  return writePdf(objects);
}
