#!/usr/bin/env node
/**
 * `npm test`: every check a change must pass, in order, and one closing line that counts every
 * test that ran: `N passed, N failed`. Stages: format + lint, type check, story validation,
 * unit tests (Vitest), production build, browser tests (Playwright on the built site).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

let passed = 0;
let failed = 0;
const failures = [];
/** Each failed test by name, printed again just above the closing line (a CI log may show only its tail). */
const failedTests = [];
// Colour codes, which Vitest and Playwright keep in their error messages.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;

function run(name, cmd, args, env = {}) {
	console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	const ok = r.status === 0;
	if (!ok) failures.push(name);
	return ok;
}

/** A stage that is one check (lint, types, stories, build) counts as one test. */
function check(name, cmd, args) {
	if (run(name, cmd, args)) passed++;
	else failed++;
}

mkdirSync('test-results', { recursive: true });
check('format and lint', 'npm', ['run', '--silent', 'lint']);
check('types', 'npm', ['run', '--silent', 'check']);
check('stories', 'npm', ['run', '--silent', 'stories:check']);

run('unit tests', 'npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	'--outputFile.json=test-results/unit.json'
]);
countVitest('test-results/unit.json');

const built = run('build', 'npm', ['run', '--silent', 'build']);
if (built) passed++;
else failed++;
if (built) {
	run('browser tests', 'npx', ['playwright', 'test']);
	countPlaywright('test-results/e2e.json');
}

if (failedTests.length)
	console.log(`\nFailed tests:\n${failedTests.map((t) => `  ${t}`).join('\n')}`);
console.log(failures.length ? `\nFailed stages: ${failures.join(', ')}` : '\nEvery stage passed.');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failures.length > 0 ? 1 : 0);

function countVitest(file) {
	if (!existsSync(file)) return void failed++;
	const r = JSON.parse(readFileSync(file, 'utf8'));
	passed += r.numPassedTests ?? 0;
	failed +=
		(r.numFailedTests ?? 0) + (r.numTotalTestSuites && !r.success && !r.numFailedTests ? 1 : 0);
	for (const file of r.testResults ?? []) {
		const where = relative(process.cwd(), file.name ?? '');
		for (const t of file.assertionResults ?? [])
			if (t.status === 'failed')
				failedTests.push(`unit ${where} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
		if (
			file.status === 'failed' &&
			!(file.assertionResults ?? []).some((t) => t.status === 'failed')
		)
			failedTests.push(`unit ${where}: ${firstLine(file.message)}`);
	}
	if (!r.success && !r.numFailedTests && !failedTests.some((t) => t.startsWith('unit ')))
		failedTests.push(
			'unit: Vitest reported an error outside any test (unhandled error? see its output above)'
		);
}

function firstLine(text) {
	return (text ?? '').replace(ANSI, '').trim().split('\n')[0]?.slice(0, 300) ?? '';
}

function countPlaywright(file) {
	if (!existsSync(file)) return void failed++;
	const r = JSON.parse(readFileSync(file, 'utf8'));
	const s = r.stats ?? {};
	passed += s.expected ?? 0;
	failed += (s.unexpected ?? 0) + (s.flaky ?? 0);
	// A skipped test is not a passed one: count it against the run.
	failed += s.skipped ?? 0;
	if ((r.errors ?? []).length) failed += r.errors.length;
	for (const e of r.errors ?? []) failedTests.push(`browser: ${firstLine(e.message)}`);
	const walk = (suite, titles) => {
		for (const spec of suite.specs ?? [])
			for (const t of spec.tests ?? [])
				if (t.status !== 'expected') {
					const error = t.results?.at(-1)?.error?.message;
					failedTests.push(
						`browser [${t.projectName}] ${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')} (${t.status}): ${firstLine(error)}`
					);
				}
		for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
	};
	for (const suite of r.suites ?? []) walk(suite, []);
}
