/** A problem in a story file, positioned so an author can go straight to it. */
export interface StoryProblem {
	severity: 'error' | 'warning';
	/** Path relative to the project root: stories/<slug>/story.md */
	file: string;
	/** 1-based. */
	line: number;
	/** 1-based. */
	column: number;
	/** What is wrong, saying what was expected. */
	message: string;
	/** How to fix it. */
	hint?: string;
}

export function formatProblem(p: StoryProblem): string {
	const hint = p.hint ? `\n    hint: ${p.hint}` : '';
	return `${p.file}:${p.line}:${p.column}  ${p.severity}: ${p.message}${hint}`;
}

/** Thrown by loadStory when a story has errors: the build stops and publishes nothing. */
export class StoryLoadError extends Error {
	readonly problems: readonly StoryProblem[];
	constructor(problems: readonly StoryProblem[]) {
		const errors = problems.filter((p) => p.severity === 'error');
		super(
			`${errors.length} error${errors.length === 1 ? '' : 's'} in story files:\n` +
				errors.map(formatProblem).join('\n')
		);
		this.name = 'StoryLoadError';
		this.problems = problems;
	}
}

/** Collects problems for one file; positions are filled in by the caller. */
export class Problems {
	readonly list: StoryProblem[] = [];
	error(file: string, line: number, column: number, message: string, hint?: string): void {
		this.list.push({ severity: 'error', file, line, column, message, hint });
	}
	warn(file: string, line: number, column: number, message: string, hint?: string): void {
		this.list.push({ severity: 'warning', file, line, column, message, hint });
	}
	get hasErrors(): boolean {
		return this.list.some((p) => p.severity === 'error');
	}
}
