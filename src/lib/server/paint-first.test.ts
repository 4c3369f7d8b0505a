import { describe, expect, it } from 'vitest';
import { paintFirst } from './paint-first';

const page = `<head>
		<link href="../_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="../_app/immutable/chunks/B.js" rel="modulepreload">
		<link href="../_app/immutable/assets/0.css" rel="stylesheet">
	</head>
	<body><script>
		Promise.all([
			import("../_app/immutable/entry/start.A.js"),
			import("../_app/immutable/entry/app.C.js")
		]).then(([kit, app]) => {
			kit.start(app, element, {});
		});
	</script></body>`;

describe('paintFirst', () => {
	it('keeps every modulepreload link in the head, below the stylesheets', () => {
		const out = paintFirst(page);
		const head = out.slice(0, out.indexOf('</head>'));
		const css = head.indexOf('rel="stylesheet"');
		const preloads = [...head.matchAll(/<link href="([^"]+)" rel="modulepreload">/g)];
		expect(preloads.map((m) => m[1])).toEqual([
			'../_app/immutable/entry/start.A.js',
			'../_app/immutable/chunks/B.js'
		]);
		expect(preloads.every((m) => (m.index ?? 0) > css)).toBe(true);
	});

	it('starts the app after the first paint', () => {
		const out = paintFirst(page);
		expect(out).toContain('__lanternPainted.then(');
		expect(out.indexOf('__lanternPainted')).toBeLessThan(out.indexOf('import("../_app'));
		expect(out).toContain('kit.start(app, element, {});');
	});

	it('is valid script: the rewritten boot runs and starts the kit once', async () => {
		const out = paintFirst(page);
		const script = out.slice(out.indexOf('<script>') + 8, out.indexOf('</script>'));
		const started: string[] = [];
		let paint = () => {};
		const painted = new Promise<void>((resolve) => (paint = resolve));
		const run = new Function(
			'__lanternPainted',
			'element',
			'importer',
			script.replaceAll('import(', 'importer(')
		);
		run(painted, {}, async (url: string) =>
			url.includes('start') ? { start: () => started.push('start') } : { app: true }
		);
		await new Promise((r) => setTimeout(r, 0));
		expect(started, 'nothing starts before the first paint').toEqual([]);
		paint();
		await new Promise((r) => setTimeout(r, 0));
		expect(started).toEqual(['start']);
	});

	it('leaves a page it does not recognise unchanged', () => {
		const other = '<head><link href="x.js" rel="modulepreload"></head><body></body>';
		expect(paintFirst(other)).toBe(other);
	});
});
