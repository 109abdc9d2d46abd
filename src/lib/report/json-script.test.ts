import { describe, expect, it } from 'vitest';
import { jsonScriptText, readJsonScript } from './json-script.ts';

/** A document holding one element with this text (or none). */
const documentWith = (id: string, text: string | null) => ({
  getElementById: (wanted: string) =>
    wanted === id ? ({ textContent: text } as unknown as HTMLElement) : null,
});

describe('jsonScriptText', () => {
  it('escapes every < so the text cannot end the script element', () => {
    const text = jsonScriptText({ note: 'a </script><script>alert(1)</script> b', n: 1 });
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003c/script>');
  });

  it('reads back as the same value', () => {
    const value = { title: '영역 < 3 & "quoted"', list: [1, null, { deep: true }] };
    expect(JSON.parse(jsonScriptText(value))).toEqual(value);
  });
});

describe('readJsonScript', () => {
  it("parses the element's text", () => {
    const doc = documentWith('data', jsonScriptText({ a: [1, 2], b: '<b>' }));
    expect(readJsonScript('data', doc)).toEqual({ a: [1, 2], b: '<b>' });
  });

  it('throws, naming the element, when it is missing or empty', () => {
    expect(() => readJsonScript('data', documentWith('other', '{}'))).toThrow('#data');
    expect(() => readJsonScript('data', documentWith('data', ''))).toThrow('#data');
  });
});
