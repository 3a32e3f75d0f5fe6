// The npm registry mirror our CI machines reach serves only the Linux builds of
// rollup's native binary, so `npm install` writes a lock that lacks rollup's other
// platform packages and `npm ci` then refuses it ("Missing: @rollup/rollup-… from
// lock file"). A lock written against the full registry lists each of them with
// its os/cpu, and npm skips those that do not fit the machine. This script adds the
// missing entries the same way, so the lock is the one the full registry would give.
// Run it after any `npm install` that changes package-lock.json.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

const CPU = { arm: 'arm', 'arm-eabi': 'arm', arm64: 'arm64', x64: 'x64', ia32: 'ia32', loong64: 'loong64',
  ppc64: 'ppc64', riscv64: 'riscv64', s390x: 's390x' };
const OS = { android: 'android', darwin: 'darwin', freebsd: 'freebsd', linux: 'linux', openbsd: 'openbsd',
  openharmony: 'openharmony', win32: 'win32' };

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  if (!path.endsWith('node_modules/rollup') || !entry.optionalDependencies) continue;
  const base = path.slice(0, -'rollup'.length);
  for (const [name, version] of Object.entries(entry.optionalDependencies)) {
    const key = `${base}${name}`;
    if (packages[key] || packages[`node_modules/${name}`]) continue;
    const platform = name.replace('@rollup/rollup-', '');
    const [os, ...rest] = platform.split('-');
    let tail = rest.join('-');
    let libc;
    const libcMatch = /-(gnu|musl|gnueabihf|musleabihf|msvc)$/.exec(tail);
    if (libcMatch) {
      tail = tail.slice(0, -libcMatch[0].length);
      if (libcMatch[1].startsWith('gnu')) libc = 'glibc';
      if (libcMatch[1].startsWith('musl')) libc = 'musl';
    }
    const cpu = CPU[tail];
    if (!OS[os] || !cpu) throw new Error(`cannot read the platform of ${name}`);
    packages[key] = {
      version,
      cpu: [cpu],
      license: 'MIT',
      optional: true,
      os: [OS[os]],
      ...(libc ? { libc: [libc] } : {}),
    };
    added += 1;
  }
}
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lock: added ${added} platform entries`);
