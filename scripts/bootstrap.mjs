#!/usr/bin/env node
// Sets up everything a fresh machine with only Node (>= 20.19) and npm needs, then runs
// one of: `start` (the example county server), `test` (every check CI runs), `bench`.
//
//   npm start   ->  node scripts/bootstrap.mjs start
//   npm test    ->  node scripts/bootstrap.mjs test
//
// What it installs, each only when missing:
// - pnpm at the version pinned in package.json, into ./.tools (nothing global);
// - the workspace's packages (`pnpm install --frozen-lockfile`);
// - for `test`: Debian's chromium (browser tests), fonts-noto-cjk (Chinese text in
//   screenshots; checked on its own, also where chromium is already there) and postgresql
//   (store tests), with apt-get when running as root; otherwise it says what to install.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.argv[2] ?? 'test';
const extraArgs = process.argv.slice(3);

function log(msg) {
  process.stdout.write(`[gridcase] ${msg}\n`);
}

function fail(msg) {
  process.stderr.write(`[gridcase] ${msg}\n`);
  process.exit(1);
}

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (res.error) fail(`could not run ${cmd}: ${res.error.message}`);
  return res.status ?? 1;
}

function must(cmd, args, opts) {
  const status = run(cmd, args, opts);
  if (status !== 0) process.exit(status);
}

// --- Node ------------------------------------------------------------------
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  fail(`Node ${process.versions.node} is too old: gridcase needs Node 20.19 or newer.`);
}

// --- pnpm, pinned --------------------------------------------------------
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = String(pkg.packageManager).replace(/^pnpm@/, '');
const toolsDir = join(root, '.tools');
const pnpmBin = join(toolsDir, 'node_modules', '.bin', 'pnpm');

function installedPnpmVersion() {
  const manifest = join(toolsDir, 'node_modules', 'pnpm', 'package.json');
  if (!existsSync(manifest)) return null;
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

if (installedPnpmVersion() !== pnpmVersion) {
  log(`installing pnpm ${pnpmVersion} into .tools`);
  must('npm', [
    'install',
    '--prefix',
    toolsDir,
    '--no-save',
    '--no-package-lock',
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
    `pnpm@${pnpmVersion}`,
  ]);
}

const env = {
  ...process.env,
  PATH: `${join(toolsDir, 'node_modules', '.bin')}:${join(root, 'node_modules', '.bin')}:${process.env.PATH}`,
  // pnpm must not try to switch itself to another version.
  COREPACK_ENABLE_STRICT: '0',
  npm_config_manage_package_manager_versions: 'false',
};

log('installing workspace packages');
must(pnpmBin, ['install', '--frozen-lockfile', '--prefer-offline'], { env });

// --- system packages for tests -------------------------------------------
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let aptUpdated = false;

function aptInstall(pkgs) {
  if (!isRoot) return false;
  if (!aptUpdated) {
    log('apt-get update');
    if (run('apt-get', ['update', '-qq'], { env }) !== 0) return false;
    aptUpdated = true;
  }
  log(`apt-get install ${pkgs.join(' ')}`);
  return (
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], {
      env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
    }) === 0
  );
}

function findChromium() {
  return [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].find((p) => p && existsSync(p));
}

function findPgBin() {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'initdb')))
    return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

/** Whether a CJK font is installed: fontconfig knows a Chinese font, or Noto CJK's files exist. */
function hasCjkFont() {
  const listed = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (listed.status === 0 && listed.stdout.trim()) return true;
  return [
    '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  ].some((p) => existsSync(p));
}

function ensureCjkFont() {
  if (hasCjkFont()) return;
  aptInstall(['fonts-noto-cjk']);
  if (!hasCjkFont()) {
    log(
      'warning: no Chinese font; screenshots will show boxes for Chinese text. Install one (Debian: `apt-get install fonts-noto-cjk`).',
    );
  }
}

function ensureChromium() {
  let chromium = findChromium();
  if (!chromium) {
    aptInstall(['chromium']);
    chromium = findChromium();
  }
  ensureCjkFont();
  if (!chromium) {
    fail(
      'Chromium is needed for the browser tests. Install it (Debian: `apt-get install chromium`) or set CHROMIUM_PATH.',
    );
  }
  env.CHROMIUM_PATH = chromium;
}

function ensurePostgres() {
  let pgBin = findPgBin();
  if (!pgBin) {
    aptInstall(['postgresql']);
    pgBin = findPgBin();
  }
  if (pgBin) env.PG_BIN = pgBin;
  else if (!env.DATABASE_URL) {
    fail(
      'PostgreSQL is needed for the store tests. Install it (Debian: `apt-get install postgresql`), set PG_BIN to its bin folder, or set DATABASE_URL.',
    );
  }
}

// --- the mode -------------------------------------------------------------
if (mode === 'test') {
  ensureChromium();
  ensurePostgres();
  log('lint, type check, tests, storybook build');
  must(pnpmBin, ['run', 'verify', ...extraArgs], { env });
} else if (mode === 'start') {
  must(pnpmBin, ['run', 'dev:example', ...extraArgs], { env });
} else if (mode === 'bench') {
  ensureChromium();
  ensurePostgres();
  must(pnpmBin, ['--filter', '@gridcase/bench', 'run', 'bench', ...extraArgs], { env });
} else if (mode === 'setup') {
  ensureChromium();
  ensurePostgres();
  log('set up; run `npm test` or `npm start`');
} else {
  fail(`unknown mode "${mode}": use start, test, bench or setup`);
}
