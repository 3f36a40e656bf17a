import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SERVED_HOSTS = ['www.facebook.com', 'www.instagram.com'] as const;

/**
 * A throwaway self-signed certificate for the served hosts, made once per machine with openssl.
 * facebook.com is HSTS-preloaded, so the demo pages must be HTTPS; Chromium runs with
 * --ignore-certificate-errors, so nothing is ever trusted system-wide.
 */
export function demoCertificate(): { key: Buffer; cert: Buffer } {
  const dir = join(tmpdir(), 'tanggap-demo-cert');
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  if (!existsSync(keyPath) || !existsSync(certPath)) {
    mkdirSync(dir, { recursive: true });
    const san = SERVED_HOSTS.map((h) => `DNS:${h}`).join(',');
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '30',
          '-subj',
          '/CN=tanggap-demo',
          '-addext',
          `subjectAltName=${san}`,
          '-keyout',
          keyPath,
          '-out',
          certPath,
        ],
        { stdio: 'pipe' },
      );
    } catch (error) {
      throw new Error(
        `Could not make the demo certificate with openssl (apt-get install openssl): ${String(error)}`,
      );
    }
  }
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}
