import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium: Playwright's own browser download cannot be fetched on these machines. */
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const args = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: 'http://127.0.0.1:4173',
		launchOptions: { executablePath, args },
		trace: 'off'
	},
	webServer: [
		{
			command: 'node scripts/serve.mjs build 4173',
			url: 'http://127.0.0.1:4173/',
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		},
		// Embeds are tested across real origins: a partner's page at http://localhost:4174 and a
		// hostile third origin at http://127.0.0.1:4175, both serving tests/e2e/fixtures.
		...[4174, 4175].map((port) => ({
			command: `node scripts/serve.mjs tests/e2e/fixtures ${port}`,
			url: `http://127.0.0.1:${port}/host.html`,
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		}))
	],
	projects: [
		{
			name: 'desktop',
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 1280, height: 800 },
				channel: undefined
			}
		},
		// Specs named *.desktop.spec.ts (a lecture hall's laptop, a host page) run on desktop only.
		{
			name: 'phone',
			use: { ...devices['Pixel 7'], channel: undefined },
			testIgnore: /\.desktop\.spec\.ts$/
		}
	]
});
