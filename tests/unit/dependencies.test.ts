/**
 * `npm audit` cannot run here (the only registry reachable answers its audit endpoint with 405),
 * so the supply chain is held to rules a test can check offline (docs/security.md): the packages
 * that ship to readers and the live relay's (package.json `dependencies`) stay few and are pinned to exact versions,
 * the lock file records exactly those versions, and no installed package, runtime or tooling,
 * runs an install script. Adding one is a decision to make in review, not by accident.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
	version?: string;
	dependencies?: Record<string, string>;
	hasInstallScript?: boolean;
	dev?: boolean;
	link?: boolean;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
	dependencies: Record<string, string>;
	devDependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
	packages: Record<string, LockEntry>;
};

/** What ships to readers, each reviewed: the map, the motion, the scroll, the two fonts. */
const PAGE = ['@fontsource/literata', '@fontsource/pt-sans-narrow', 'gsap', 'leaflet', 'scrollama'];
/**
 * What the live relay (`npm run live`, a Node process on the lecturer's laptop; nothing of it
 * reaches a page) runs on: WebSockets, Redis for scale-out, the terminal's QR code.
 */
const RELAY = ['ioredis', 'uqr', 'ws'];
/** ioredis's own packages, as locked: reviewed with it. */
const RELAY_DEEP = [
	'@ioredis/commands',
	'cluster-key-slot',
	'debug',
	'denque',
	'ms',
	'redis-errors',
	'standard-as-callback'
];
const RUNTIME = [...PAGE, ...RELAY].sort();
const EXACT = /^\d+\.\d+\.\d+$/;

describe('dependencies', () => {
	it('ships only the reviewed runtime packages', () => {
		expect(Object.keys(pkg.dependencies).sort()).toEqual(RUNTIME);
	});

	it('pins every package the project names to an exact version, as locked', () => {
		for (const [name, range] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
			expect(range, name).toMatch(EXACT);
			expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(range);
		}
	});

	it('ships page packages that bring no packages of their own', () => {
		for (const name of [...PAGE, 'uqr', 'ws']) {
			const entry = lock.packages[`node_modules/${name}`];
			expect(entry?.dev, name).toBeFalsy();
			expect(Object.keys(entry?.dependencies ?? {}), name).toEqual([]);
		}
		// Nothing else in the lock file is needed at run time.
		const runtime = Object.entries(lock.packages)
			.filter(([path, entry]) => path !== '' && !entry.dev && !entry.link)
			.map(([path]) => path.replace(/^node_modules\//, ''));
		expect(runtime.sort()).toEqual([...RUNTIME, ...RELAY_DEEP].sort());
	});

	it('installs no package that runs an install script', () => {
		const scripted = Object.entries(lock.packages)
			.filter(([, entry]) => entry.hasInstallScript)
			.map(([path]) => path);
		expect(scripted).toEqual([]);
	});
});
