/**
 * The talk's start time kept in sessionStorage (Clock.svelte) is read back as untrusted text:
 * another script of the origin, an extension or a stale value can leave anything there, and
 * "1" once showed "Elapsed 498997:52:20". Only a whole millisecond time from the last day
 * counts; anything else starts the timer anew.
 */

/** The longest talk whose start a reloaded notes window keeps: a day. */
export const LONGEST_TALK_MS = 24 * 60 * 60 * 1000;

/** The saved start, if it is a plausible one at `now`; undefined otherwise. */
export function savedTalkStart(saved: string | null, now: number): number | undefined {
	if (saved === null || !/^\d{1,16}$/.test(saved)) return undefined;
	const start = Number(saved);
	if (!Number.isSafeInteger(start) || start > now || now - start > LONGEST_TALK_MS)
		return undefined;
	return start;
}
