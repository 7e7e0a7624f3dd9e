import { describe, expect, it } from 'vitest';
import { parseReport } from '../../server/src/service/parser/index';
import { completions } from '../../server/src/service/features/completion';
import { hover } from '../../server/src/service/features/hover';
import { documentSymbols } from '../../server/src/service/features/symbols';
import { foldingRanges } from '../../server/src/service/features/folding';
import { sumCodeLenses, sumInlayHints } from '../../server/src/service/features/sumLenses';
import { formatDocument } from '../../server/src/service/features/formatting';
import { convertTable } from '../../server/src/service/features/commands';
import { readSeed } from '../helpers/seeds';

describe('every feature answers at every position of every seed without throwing', () => {
  it.each([0, 1, 2, 3, 4])('seed %i', (n) => {
    const text = readSeed(n);
    const model = parseReport(text);
    model.lines.forEach((line, l) => {
      for (const character of new Set([0, 1, Math.floor(line.length / 2), line.length, line.length + 5])) {
        const position = { line: l, character };
        expect(() => hover(model, position, 'zh')).not.toThrow();
        expect(() => completions(model, position, 'en')).not.toThrow();
        expect(() => convertTable(model, position, 'zh')).not.toThrow();
      }
    });
    expect(() => [documentSymbols(model, 'zh'), foldingRanges(model), sumCodeLenses(model, 'zh'), sumInlayHints(model, 'zh'), formatDocument(text)]).not.toThrow();
    // Positions beyond the document are answered too.
    expect(completions(model, { line: model.lines.length + 3, character: 0 }, 'zh')).toEqual([]);
    expect(hover(model, { line: -1, character: 0 }, 'zh')).toBeNull();
  });

  it('answers on an empty document', () => {
    const model = parseReport('');
    expect(documentSymbols(model, 'zh')).toEqual([]);
    expect(foldingRanges(model)).toEqual([]);
    expect(formatDocument('')).toEqual([]);
    expect(completions(model, { line: 0, character: 0 }, 'zh').map((i) => i.label)).toContain('一、总体情况');
  });
});
