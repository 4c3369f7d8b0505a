import { isValidDate } from './calendar';
import { makeStepDate } from './format-date';
import type { Calendar, CalendarDate, StepDate } from './types';

const ONE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

export type DateResult =
	{ ok: true; date: StepDate } | { ok: false; message: string; hint: string };

/** "1917-09-12", "1917-09-12/1917-09-14", "c. 1917-09-24", written in the story's calendar. */
export function parseStepDate(raw: string, calendar: Calendar): DateResult {
	let text = raw.trim();
	const circa = /^c\.\s*/.test(text);
	text = text.replace(/^c\.\s*/, '');
	const parts = text.split('/');
	if (parts.length > 2)
		return {
			ok: false,
			message: `date \`${raw}\`: expected one date or a span start/end`,
			hint: 'write 1917-09-12 or 1917-09-12/1917-09-14'
		};
	const dates: CalendarDate[] = [];
	for (const part of parts) {
		const m = ONE.exec(part.trim());
		if (!m)
			return {
				ok: false,
				message: `date \`${raw}\`: expected YYYY-MM-DD`,
				hint: 'write the year, month and day with hyphens, e.g. 1917-09-25 (prefix "c. " when uncertain)'
			};
		const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
		if (!isValidDate(d, calendar)) {
			const why =
				d.month < 1 || d.month > 12
					? 'there is no month ' + d.month
					: `${d.day} is not a day of that month`;
			return {
				ok: false,
				message: `date \`${part.trim()}\` does not exist in the ${calendar} calendar: ${why}`,
				hint:
					calendar === 'julian'
						? 'the story declares calendar: julian; write dates Old Style (Julian leap years are every fourth year)'
						: 'check the day and the month'
			};
		}
		dates.push(d);
	}
	const [start, end] = dates as [CalendarDate, CalendarDate | undefined];
	if (end && compare(end, start) < 0)
		return {
			ok: false,
			message: `date span \`${raw}\` ends before it starts`,
			hint: 'write the earlier date first'
		};
	return { ok: true, date: makeStepDate(start, end, calendar, circa) };
}

export function compare(a: CalendarDate, b: CalendarDate): number {
	return a.year - b.year || a.month - b.month || a.day - b.day;
}
