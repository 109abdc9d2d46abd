import { describe, expect, it } from 'vitest';
import { hasMarkup, LOGO_MAX_BYTES, logoProblem, logoType } from './logo-bytes.ts';
import {
  ascii,
  concat,
  JPEG,
  PNG,
  pngChunk as chunk,
  SVG,
  WEBP_LOSSLESS,
  WEBP_LOSSY,
} from '../../../tests/fixtures/logo-samples.ts';

describe('logoType', () => {
  it('recognises PNG, JPEG and WebP by their bytes', () => {
    expect(logoType(PNG)).toBe('png');
    expect(logoType(JPEG)).toBe('jpeg');
    expect(logoType(WEBP_LOSSLESS)).toBe('webp');
    expect(logoType(WEBP_LOSSY)).toBe('webp');
  });

  it('needs the whole signature, and IHDR as the first PNG chunk', () => {
    expect(logoType(PNG.slice(0, 32))).toBeNull();
    const noIhdr = PNG.slice();
    noIhdr.set(ascii('IDAT'), 12);
    expect(logoType(noIhdr)).toBeNull();
  });

  it('needs a JPEG to end with FF D9', () => {
    expect(logoType(JPEG.slice(0, -1))).toBeNull();
    expect(logoType(concat(JPEG, Uint8Array.of(0)))).toBeNull();
    expect(logoType(Uint8Array.of(0xff, 0xd8, 0xff, 0xd9))).toBeNull();
    expect(logoType(Uint8Array.of(0xff, 0xd8, 0xff, 0xff, 0xd9))).toBe('jpeg');
  });

  it('needs a WebP chunk and a RIFF size that matches the length', () => {
    const otherChunk = WEBP_LOSSLESS.slice();
    otherChunk.set(ascii('ALPH'), 12);
    expect(logoType(otherChunk)).toBeNull();
    expect(logoType(concat(WEBP_LOSSLESS, Uint8Array.of(0, 0)))).toBeNull();
    const wave = WEBP_LOSSLESS.slice();
    wave.set(ascii('WAVE'), 8);
    expect(logoType(wave)).toBeNull();
  });
});

describe('hasMarkup', () => {
  it('finds each marker in either case, at any offset', () => {
    for (const marker of ['<svg', '<SCRIPT', '<?XmL', '<Html', '<!DOCTYPE']) {
      expect(hasMarkup(concat(Uint8Array.of(0, 0x3c, 0xff), ascii(marker)))).toBe(true);
      expect(hasMarkup(ascii(marker))).toBe(true);
    }
  });

  it('misses near-misses and markers cut short at the end', () => {
    expect(hasMarkup(ascii('< svg <sv <scrip <?xm <htm <!doctyp'))).toBe(false);
    expect(hasMarkup(ascii('svg script xml html'))).toBe(false);
    // only A-Z fold: a byte 0x1C (0x3C less 0x20) is not a '<'
    expect(hasMarkup(Uint8Array.of(0x1c, ...ascii('svg')))).toBe(false);
  });
});

describe('logoProblem', () => {
  it('accepts real PNG, JPEG and WebP images', () => {
    for (const image of [PNG, JPEG, WEBP_LOSSLESS, WEBP_LOSSY])
      expect(logoProblem(image)).toBeNull();
  });

  it('refuses an SVG, whatever it is called (bytes carry no name)', () => {
    expect(logoProblem(SVG)).toBe('not_an_image');
    expect(logoProblem(ascii('<?xml version="1.0"?>\n<svg/>'))).toBe('not_an_image');
  });

  it('refuses an image carrying markup as a polyglot', () => {
    expect(logoProblem(concat(PNG, ascii('<svg onload=alert(1)>')))).toBe('polyglot');
    // inside a chunk, so still a well-formed PNG
    const withText = concat(
      PNG.slice(0, 33),
      chunk('tEXt', ascii('Comment\0<SCRIPT>alert(1)</SCRIPT>')),
      PNG.slice(33),
    );
    expect(logoType(withText)).toBe('png');
    expect(logoProblem(withText)).toBe('polyglot');
    const jpegWithHtml = concat(JPEG.slice(0, -2), ascii('<html>'), Uint8Array.of(0xff, 0xd9));
    expect(logoProblem(jpegWithHtml)).toBe('polyglot');
  });

  it('accepts XMP metadata, which opens with <?xpacket, not <?xml', () => {
    const xmp = chunk(
      'iTXt',
      ascii(
        'XML:com.adobe.xmp\0\0\0\0\0<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>' +
          '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta><?xpacket end="w"?>',
      ),
    );
    expect(logoProblem(concat(PNG.slice(0, 33), xmp, PNG.slice(33)))).toBeNull();
  });

  it('refuses more than 200 KB, and takes exactly 200 KB', () => {
    const padded = (n: number) => concat(PNG, new Uint8Array(n - PNG.length));
    expect(LOGO_MAX_BYTES).toBe(204_800);
    expect(logoProblem(padded(204_800))).toBeNull();
    expect(logoProblem(padded(204_801))).toBe('too_large');
    // size first: an oversized SVG is too large before it is not an image
    expect(logoProblem(concat(SVG, new Uint8Array(204_800)))).toBe('too_large');
  });

  it('refuses an empty file and bytes of no image type', () => {
    expect(logoProblem(new Uint8Array(0))).toBe('not_an_image');
    expect(logoProblem(ascii('GIF89a\x01\x00\x01\x00'))).toBe('not_an_image');
    expect(logoProblem(ascii('%PDF-1.7'))).toBe('not_an_image');
  });

  it('reads a view into a larger buffer from its own offset', () => {
    const buffer = concat(Uint8Array.of(1, 2, 3), WEBP_LOSSY, Uint8Array.of(4));
    expect(logoProblem(buffer.subarray(3, 3 + WEBP_LOSSY.length))).toBeNull();
  });
});
