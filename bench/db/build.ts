import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCES = ['entrypoints', 'utils', 'components', 'locales', 'public', 'wxt.config.ts', 'package.json'];

/** The newest modification time under a path (0 when it does not exist). */
export function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

/** Whether the build is older than any source it is made from. */
export function isStale(builtAt: number, root = ROOT): boolean {
  return SOURCES.some((s) => newestMtime(join(root, s)) > builtAt);
}

/** Builds the extension unless .output already holds a build newer than every source. */
export function ensureBuilt(extensionDir: string): 'reused' | 'built' {
  const manifest = join(extensionDir, 'manifest.json');
  if (existsSync(manifest) && !isStale(statSync(manifest).mtimeMs)) return 'reused';
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  return 'built';
}
