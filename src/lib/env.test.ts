import { describe, expect, it } from 'vitest';
import { allowedOrigins, readStackEnv, ZPublicEnv } from './env.ts';

describe('readStackEnv', () => {
  it('applies the defaults', () => {
    expect(readStackEnv({})).toEqual({
      PORT: 4321,
      HOST: '127.0.0.1',
      DB_PORT: 54322,
      DATA_DIR: '.data',
      SITE_DIR: 'dist',
      API_ALLOWED_ORIGINS: '',
    });
  });

  it('reads ports as numbers and treats empty values as unset', () => {
    expect(readStackEnv({ PORT: '8080', DB_PORT: '', DATA_DIR: '/tmp/x' })).toMatchObject({
      PORT: 8080,
      DB_PORT: 54322,
      DATA_DIR: '/tmp/x',
    });
  });

  it('names the faulty variable', () => {
    expect(() => readStackEnv({ PORT: 'eighty' })).toThrow(/Invalid stack environment: PORT:/);
    expect(() => readStackEnv({ DB_PORT: '70000' })).toThrow(/DB_PORT/);
  });
});

describe('ZPublicEnv', () => {
  it('accepts an empty URL (same origin) and requires a key', () => {
    expect(ZPublicEnv.safeParse({ PUBLIC_SUPABASE_ANON_KEY: 'x'.repeat(40) }).success).toBe(true);
    expect(ZPublicEnv.safeParse({ PUBLIC_SUPABASE_URL: '' }).success).toBe(false);
    expect(
      ZPublicEnv.safeParse({
        PUBLIC_SUPABASE_URL: 'not a url',
        PUBLIC_SUPABASE_ANON_KEY: 'x'.repeat(40),
      }).success,
    ).toBe(false);
  });
});

describe('allowedOrigins', () => {
  it('splits API_ALLOWED_ORIGINS into origins and refuses anything else', () => {
    const env = readStackEnv({ API_ALLOWED_ORIGINS: 'https://a.example, http://b.example:8080' });
    expect(allowedOrigins(env)).toEqual(['https://a.example', 'http://b.example:8080']);
    expect(allowedOrigins(readStackEnv({}))).toEqual([]);
    expect(() => readStackEnv({ API_ALLOWED_ORIGINS: '*' })).toThrow(/API_ALLOWED_ORIGINS/);
    expect(() => readStackEnv({ API_ALLOWED_ORIGINS: 'https://a.example/path' })).toThrow(
      /API_ALLOWED_ORIGINS/,
    );
  });
});
