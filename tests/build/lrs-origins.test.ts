/** LRS_ORIGINS: the only origins a build's policy adds to connect-src (xAPI / cmi5), checked so it cannot be widened by accident. */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, lrsOrigins } from '../../src/build/vite-plugin-ink.ts';

describe('LRS origins in the Content Security Policy', () => {
  it('none by default: connect-src is the site itself', () => {
    expect(lrsOrigins(undefined)).toEqual([]);
    expect(contentSecurityPolicy([])).toContain("connect-src 'self';");
  });
  it('the listed origins, and only in connect-src', () => {
    const origins = lrsOrigins('https://lrs.example.org, http://127.0.0.1:8123/');
    expect(origins).toEqual(['https://lrs.example.org', 'http://127.0.0.1:8123']);
    const policy = contentSecurityPolicy(['abc'], origins);
    expect(policy).toContain("connect-src 'self' https://lrs.example.org http://127.0.0.1:8123;");
    expect(policy.replace(/connect-src[^;]*/, '')).not.toContain('lrs.example.org');
    expect(policy).toContain("script-src 'self' 'sha256-abc'");
  });
  for (const bad of ['*', 'https://*.example.org', "'unsafe-eval'", 'https://lrs.example.org/xapi', 'ftp://lrs.example.org', 'lrs.example.org'])
    it(`refuses ${bad}`, () => {
      expect(() => lrsOrigins(bad)).toThrow(/LRS_ORIGINS/);
    });
});
