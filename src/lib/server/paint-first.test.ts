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
	it('takes the modulepreload links out of the head and keeps the stylesheets', () => {
		const out = paintFirst(page);
		expect(out).not.toContain('rel="modulepreload">');
		expect(out).toContain('<link href="../_app/immutable/assets/0.css" rel="stylesheet">');
	});

	it('starts the app after the first paint, preloading the same modules first', () => {
		const out = paintFirst(page);
		expect(out).toContain('__lanternPainted.then(');
		expect(out).toContain('["../_app/immutable/entry/start.A.js","../_app/immutable/chunks/B.js"]');
		expect(out.indexOf('__lanternPainted')).toBeLessThan(out.indexOf('import("../_app'));
		expect(out).toContain('kit.start(app, element, {});');
	});

	it('is valid script: the rewritten boot runs and starts the kit once', async () => {
		const out = paintFirst(page);
		const script = out.slice(out.indexOf('<script>') + 8, out.indexOf('</script>'));
		const started: string[] = [];
		const appended: string[] = [];
		const run = new Function(
			'__lanternPainted',
			'document',
			'element',
			'importer',
			script.replaceAll('import(', 'importer(')
		);
		run(
			Promise.resolve(),
			{
				createElement: () => ({}),
				head: { append: (l: { href: string }) => appended.push(l.href) }
			},
			{},
			async (url: string) =>
				url.includes('start') ? { start: () => started.push('start') } : { app: true }
		);
		await new Promise((r) => setTimeout(r, 0));
		expect(appended).toHaveLength(2);
		expect(started).toEqual(['start']);
	});

	it('leaves a page it does not recognise unchanged', () => {
		const other = '<head><link href="x.js" rel="modulepreload"></head><body></body>';
		expect(paintFirst(other)).toBe(other);
	});
});
