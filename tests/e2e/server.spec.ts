import { expect, test } from './fixtures.ts';

test('HTML is compressed and revalidated; fingerprinted assets are immutable', async ({
  request,
}) => {
  const html = await request.get('/study/', { headers: { 'accept-encoding': 'br, gzip' } });
  expect(html.status()).toBe(200);
  expect(html.headers()['content-encoding']).toBe('br');
  expect(html.headers()['cache-control']).toBe('no-cache');
  expect(html.headers()['referrer-policy']).toBe('no-referrer');
  // inline scripts run only by hash (fixtures.ts fails any test that meets a violation)
  expect(html.headers()['content-security-policy']).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
  expect(html.headers()['content-security-policy']).toContain("frame-ancestors 'none'");

  const asset = /\/_astro\/[^"]+\.js/.exec(await html.text())?.[0];
  expect(asset).toBeDefined();
  const script = await request.get(asset!, { headers: { 'accept-encoding': 'gzip' } });
  expect(script.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(script.headers()['content-encoding']).toBe('gzip');

  const revalidated = await request.get('/study/', {
    headers: { 'if-none-match': html.headers().etag! },
  });
  expect(revalidated.status()).toBe(304);
});

test('a directory without its trailing slash redirects', async ({ request }) => {
  const response = await request.get('/study', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe('/study/');
});

test('paths cannot escape the site folder', async ({ request }) => {
  const response = await request.get('/..%2f..%2fpackage.json');
  expect(response.status()).toBe(404);
});
