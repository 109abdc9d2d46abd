import { describe, expect, it } from 'vitest';
import { csvField, csvLine, neutraliseCell } from './csv-cell.ts';

describe('neutraliseCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+cmd|/C calc!A0', "'+cmd|/C calc!A0"],
    ['-2+3+cmd', "'-2+3+cmd"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('puts a quote before %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it('keeps negative and plain decimal numbers as they are', () => {
    for (const number of ['-3', '-12.5', '0', '42', '0.25']) {
      expect(neutraliseCell(number)).toBe(number);
    }
  });

  it('treats other number-like text as text', () => {
    expect(neutraliseCell('+4')).toBe("'+4");
    expect(neutraliseCell('-1e3')).toBe("'-1e3");
    expect(neutraliseCell('-')).toBe("'-");
    expect(neutraliseCell('-.5')).toBe("'-.5");
  });

  it('leaves harmless text alone, including a formula character later in the cell', () => {
    expect(neutraliseCell('Retail and e-commerce')).toBe('Retail and e-commerce');
    expect(neutraliseCell('a=b')).toBe('a=b');
    expect(neutraliseCell(' =1+1')).toBe(' =1+1');
    expect(neutraliseCell('')).toBe('');
    expect(neutraliseCell('유통 및 이커머스')).toBe('유통 및 이커머스');
  });
});

describe('csvField', () => {
  it('writes numbers untouched, negative ones included', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField(0)).toBe('0');
    expect(csvField(73.4)).toBe('73.4');
  });

  it('refuses numbers CSV cannot hold', () => {
    expect(() => csvField(Number.NaN)).toThrow(RangeError);
    expect(() => csvField(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('writes null and undefined as an empty cell', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('writes booleans as true and false', () => {
    expect(csvField(true)).toBe('true');
    expect(csvField(false)).toBe('false');
  });

  it('quotes fields with a comma, quote, CR or LF and doubles inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('plain')).toBe('plain');
  });

  it('neutralises before quoting', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('\rsecret')).toBe('"\'\rsecret"');
    expect(csvField('-1,5')).toBe('"\'-1,5"');
  });
});

describe('csvLine', () => {
  it('joins fields with commas and ends with CRLF', () => {
    expect(csvLine(['id-1', 3, null, -2.5, '=x', 'a,b', true])).toBe(
      'id-1,3,,-2.5,\'=x,"a,b",true\r\n',
    );
  });

  it('writes an empty record as an empty line', () => {
    expect(csvLine([])).toBe('\r\n');
    expect(csvLine([null])).toBe('\r\n');
  });
});
