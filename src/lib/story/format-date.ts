import { convert, isoDate, monthName } from './calendar';
import type { Calendar, CalendarDate, StepDate } from './types';

/** "25 September 1917", "12–14 September 1917", "30 September – 2 October 1917", across years too. */
export function formatSpan(start: CalendarDate, end?: CalendarDate): string {
	if (!end || (end.year === start.year && end.month === start.month && end.day === start.day))
		return `${start.day} ${monthName(start.month)} ${start.year}`;
	if (start.year !== end.year)
		return `${start.day} ${monthName(start.month)} ${start.year} – ${end.day} ${monthName(end.month)} ${end.year}`;
	if (start.month !== end.month)
		return `${start.day} ${monthName(start.month)} – ${end.day} ${monthName(end.month)} ${start.year}`;
	return `${start.day}–${end.day} ${monthName(start.month)} ${start.year}`;
}

/**
 * Both styles, Old Style first, the way Progress editions print them:
 * "25 September (8 October) 1917", "12–14 (25–27) September 1917", "6 (19) January 1918".
 */
export function formatBoth(start: CalendarDate, end: CalendarDate | undefined): string {
	const ns = convert(start, 'julian', 'gregorian');
	const nsEnd = end && convert(end, 'julian', 'gregorian');
	const sameYear = ns.year === start.year && (!end || (nsEnd && nsEnd.year === end.year));
	const singleYear = !end || end.year === start.year;
	if (sameYear && singleYear) {
		const sameMonth =
			ns.month === start.month &&
			(!end || (end.month === start.month && nsEnd !== undefined && nsEnd.month === start.month));
		const osDays = end ? dayPart(start, end) : String(start.day);
		const nsDays = end && nsEnd ? dayPart(ns, nsEnd) : String(ns.day);
		if (sameMonth) return `${osDays} (${nsDays}) ${monthName(start.month)} ${start.year}`;
		const os = end
			? formatSpan(start, end).replace(/ \d+$/, '')
			: `${start.day} ${monthName(start.month)}`;
		const nsText =
			nsEnd !== undefined
				? formatSpan(ns, nsEnd).replace(/ \d+$/, '')
				: `${ns.day} ${monthName(ns.month)}`;
		return `${os} (${nsText}) ${start.year}`;
	}
	return `${formatSpan(start, end)} (${formatSpan(ns, nsEnd)})`;
}

function dayPart(a: CalendarDate, b: CalendarDate): string {
	return a.month === b.month
		? `${a.day}–${b.day}`
		: `${a.day} ${monthName(a.month)} – ${b.day} ${monthName(b.month)}`;
}

export function makeStepDate(
	start: CalendarDate,
	end: CalendarDate | undefined,
	calendar: Calendar,
	circa: boolean
): StepDate {
	const prefix = circa ? 'c. ' : '';
	const label = prefix + formatSpan(start, end);
	const display =
		calendar === 'julian' ? prefix + formatBoth(start, end) : prefix + formatSpan(start, end);
	const g = convert(start, calendar, 'gregorian');
	return { start, end, circa, label, display, iso: isoDate(g) };
}
