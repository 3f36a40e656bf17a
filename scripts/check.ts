import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_HINT } from './rig/find-chromium';

/**
 * `npm test`: every check CI runs, in the order that fails fastest. Browser tests need a
 * Chromium on the machine; without one this says how to install it and fails.
 */
const steps: Array<[string, string[]]> = [
  ['prepare', ['wxt', 'prepare']],
  ['typecheck', ['tsc', '--noEmit']],
  ['lint', ['eslint', '.']],
  ['format', ['prettier', '--check', '.']],
  ['build (firefox)', ['wxt', 'build', '-b', 'firefox']],
  // Chrome last: the browser tests load this build.
  ['build (chrome)', ['wxt', 'build']],
  // One run for unit and browser tests, so its closing line counts them all.
  ['unit and browser tests', ['vitest', 'run']],
];

function run(name: string, args: string[]): void {
  console.log(`\n▶ ${name}: ${args.join(' ')}`);
  const result = spawnSync('npx', ['--no-install', ...args], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

try {
  console.log(`Chromium: ${findChromium()}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : INSTALL_HINT);
  process.exit(1);
}
for (const [name, args] of steps) run(name, args);
console.log('\n✔ all checks passed');
