import type { Calendar, CalendarDate } from './types';

/**
 * Julian ↔ Gregorian through the Julian Day Number. The gap between the calendars is not a
 * constant 13 days: it was 12 days in the 19th century and is 13 from 1 March 1900 (Julian
 * 29 February 1900 exists; Gregorian does not), so every conversion goes through the day count.
 */

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

export function monthName(month: number): string {
	return MONTHS[month - 1] ?? '?';
}

export function isLeapYear(year: number, calendar: Calendar): boolean {
	if (calendar === 'julian') return year % 4 === 0;
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number, calendar: Calendar): number {
	if (month === 2) return isLeapYear(year, calendar) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDate(d: CalendarDate, calendar: Calendar): boolean {
	return (
		Number.isInteger(d.year) &&
		Number.isInteger(d.month) &&
		Number.isInteger(d.day) &&
		d.month >= 1 &&
		d.month <= 12 &&
		d.day >= 1 &&
		d.day <= daysInMonth(d.year, d.month, calendar)
	);
}

/** Julian Day Number of a date in the given calendar (Fliegel–Van Flandern). */
export function toJdn(d: CalendarDate, calendar: Calendar): number {
	const a = Math.floor((14 - d.month) / 12);
	const y = d.year + 4800 - a;
	const m = d.month + 12 * a - 3;
	const base = d.day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4);
	return calendar === 'julian'
		? base - 32083
		: base - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

export function fromJdn(jdn: number, calendar: Calendar): CalendarDate {
	let b: number;
	let c: number;
	if (calendar === 'gregorian') {
		const a = jdn + 32044;
		b = Math.floor((4 * a + 3) / 146097);
		c = a - Math.floor((146097 * b) / 4);
	} else {
		b = 0;
		c = jdn + 32082;
	}
	const d = Math.floor((4 * c + 3) / 1461);
	const e = c - Math.floor((1461 * d) / 4);
	const m = Math.floor((5 * e + 2) / 153);
	return {
		day: e - Math.floor((153 * m + 2) / 5) + 1,
		month: m + 3 - 12 * Math.floor(m / 10),
		year: 100 * b + d - 4800 + Math.floor(m / 10)
	};
}

export function convert(d: CalendarDate, from: Calendar, to: Calendar): CalendarDate {
	return from === to ? d : fromJdn(toJdn(d, from), to);
}

export function isoDate(d: CalendarDate): string {
	const pad = (n: number, w = 2) => String(n).padStart(w, '0');
	return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}
