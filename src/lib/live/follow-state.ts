/**
 * The follow page's state (issue #19), as a pure function of what happened: the socket's status,
 * the relay's frames and the student's own moves. No DOM, no timers, so every path (a late join,
 * a pause, a Wi-Fi drop, an ended room) is a table test, and the page only renders the result.
 */
import type { ServerMessage } from './protocol';
import type { LiveStatus } from './socket';

/** What the page says it is doing: html's shell root carries it as data-live-status. */
export type FollowStatus = 'connecting' | 'following' | 'paused' | 'offline' | 'ended' | 'no-room';

export interface FollowState {
	/** The link to the lecture: `live` once the relay has told us its step. */
	link: 'connecting' | 'live' | 'offline' | 'ended' | 'no-room';
	/** The student stepped away: the lecturer's steps no longer move the page. */
	paused: boolean;
	/** The lecturer's step (0-based), once known. */
	step: number | null;
}

export type FollowEvent =
	| { t: 'socket'; status: LiveStatus }
	| { t: 'message'; msg: ServerMessage }
	/** The student scrolled, swiped, used the step keys or a link: they are reading on their own. */
	| { t: 'away' }
	| { t: 'rejoin' };

/** The page opens connecting, or with no room at all when the address carries no valid code. */
export const initialFollow = (hasRoom: boolean): FollowState => ({
	link: hasRoom ? 'connecting' : 'no-room',
	paused: false,
	step: null
});

export function followReduce(s: FollowState, e: FollowEvent): FollowState {
	if (s.link === 'ended' || s.link === 'no-room') return s; // final: nothing comes after
	switch (e.t) {
		case 'socket':
			// `open` means hello was sent: the link is live only once the relay answers with the step.
			if (e.status === 'reconnecting') return { ...s, link: 'offline' };
			// Closed for good without being told why (a refusal): nothing more will come.
			if (e.status === 'closed') return { ...s, link: 'ended' };
			return s;
		case 'message':
			if (e.msg.t === 'state') return { ...s, link: 'live', step: e.msg.step };
			if (e.msg.t === 'ended') return { ...s, link: 'ended' };
			// The room is gone. After following it, it ended (or idled out) while we were away.
			if (e.msg.code === 'no-room') return { ...s, link: s.step === null ? 'no-room' : 'ended' };
			return s; // busy, rate-limited: the socket retries
		case 'away':
			// Before the first step there is nothing to step away from: the landing still happens.
			return s.step === null || s.paused ? s : { ...s, paused: true };
		case 'rejoin':
			return s.paused ? { ...s, paused: false } : s;
	}
}

export function followStatus(s: FollowState): FollowStatus {
	if (s.link === 'live') return s.paused ? 'paused' : 'following';
	return s.link;
}

/**
 * The step the page must show after a change, or null to leave the student where they are: the
 * lecturer moved (or we just joined, or came back online) while following, or the student rejoined.
 */
export function stepToShow(before: FollowState, after: FollowState): number | null {
	if (after.link !== 'live' || after.paused || after.step === null) return null;
	const changed = before.link !== 'live' || before.paused || before.step !== after.step;
	return changed ? after.step : null;
}

/**
 * What the polite live region says after a change, or null for nothing: each new step while
 * following, and each change of status. `title(i)` names step i.
 */
export function followAnnouncement(
	before: FollowState,
	after: FollowState,
	total: number,
	title: (i: number) => string
): string | null {
	const status = followStatus(after);
	const shown = stepToShow(before, after);
	if (shown !== null) {
		const name = title(shown);
		return `Step ${shown + 1} of ${total}${name ? `: ${name}` : ''}`;
	}
	if (status === followStatus(before)) return null;
	if (status === 'paused' && after.step !== null)
		return `Following paused. The lecture is at step ${after.step + 1}.`;
	if (status === 'offline') return 'Connection to the lecture lost. Reconnecting…';
	if (status === 'ended') return 'The lecture has ended.';
	if (status === 'no-room') return 'No lecture is running with this code.';
	return null;
}
