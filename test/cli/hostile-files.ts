/**
 * Files built to exhaust a converter: a .docx whose XML inflates to gigabytes (a zip bomb) and
 * a web page nested hundreds of thousands of elements deep. Made in memory, in milliseconds.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

interface ZipEntry {
  name: string;
  /** Stored entries: the bytes themselves. */
  data?: Uint8Array;
  /** Deflated entries: the raw deflate stream and what it inflates to. */
  deflated?: { stream: Uint8Array; size: number; crc: number };
  /** The uncompressed size the headers declare (a lie, when it differs from the real one). */
  declaredSize?: number;
}

/** A zip file written byte by byte, so that its headers may declare any size. */
export function zipOf(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = entry.deflated ? entry.deflated.stream : entry.data!;
    const method = entry.deflated ? 8 : 0;
    const crc = entry.deflated ? entry.deflated.crc : crc32(entry.data!);
    const size = entry.declaredSize ?? (entry.deflated ? entry.deflated.size : entry.data!.length);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(body));
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A raw deflate stream of `megabytes` MB of one repeated byte, about 1 KB per MB: one MB
 * deflated with a full flush (a block that needs nothing before it) written again and again,
 * then an empty final block.
 */
export function repeatedDeflate(megabytes: number, byte = 0x20): { stream: Uint8Array; size: number; crc: number } {
  const megabyte = Buffer.alloc(1024 * 1024, byte);
  const block = deflateRawSync(megabyte, { finishFlush: constants.Z_FULL_FLUSH });
  const stream = Buffer.concat([...Array.from({ length: megabytes }, () => block), deflateRawSync(Buffer.alloc(0))]);
  let crc = 0;
  for (let i = 0; i < megabytes; i++) crc = crc32(megabyte, crc);
  return { stream, size: megabytes * 1024 * 1024, crc };
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/**
 * A Word package whose word/document.xml inflates to `megabytes` MB of spaces (3 GB by default,
 * about 3 MB on disk). `declaredSize` makes its headers lie about that size.
 */
export function zipBombDocx(megabytes = 3 * 1024, declaredSize?: number): Buffer {
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', deflated: repeatedDeflate(megabytes), ...(declaredSize !== undefined ? { declaredSize } : {}) },
  ]);
}

/** A web page whose body is nested `depth` elements deep, with `inner` at the bottom. */
export function deeplyNestedHtml(depth = 200_000, inner = '<p>正文</p>'): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${'<div>'.repeat(depth)}${inner}</body></html>`;
}
