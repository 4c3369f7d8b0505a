import { describe, expect, it } from 'vitest';
import {
	followAnnouncement,
	followReduce,
	followStatus,
	initialFollow,
	stepToShow,
	type FollowEvent,
	type FollowState
} from './follow-state';

const state = (step: number): FollowEvent => ({
	t: 'message',
	msg: { t: 'state', room: 'K7QF', step }
});
const socket = (status: 'connecting' | 'open' | 'reconnecting' | 'closed'): FollowEvent => ({
	t: 'socket',
	status
});
const ended: FollowEvent = { t: 'message', msg: { t: 'ended', room: 'K7QF' } };
const noRoom: FollowEvent = { t: 'message', msg: { t: 'error', code: 'no-room' } };
const busy: FollowEvent = { t: 'message', msg: { t: 'error', code: 'busy' } };
const away: FollowEvent = { t: 'away' };
const rejoin: FollowEvent = { t: 'rejoin' };

/** Runs events from the start, returning the status after each one. */
function statuses(events: FollowEvent[], hasRoom = true) {
	let s = initialFollow(hasRoom);
	return events.map((e) => followStatus((s = followReduce(s, e))));
}
const run = (events: FollowEvent[]) => events.reduce(followReduce, initialFollow(true));

describe('the follow page state', () => {
	it.each<[string, FollowEvent[], string[]]>([
		[
			'joins: connecting until the first step',
			[socket('open'), state(3)],
			['connecting', 'following']
		],
		[
			'a late joiner follows from the current step',
			[socket('open'), state(14), state(15)],
			['connecting', 'following', 'following']
		],
		['stepping away pauses', [state(1), away, state(2)], ['following', 'paused', 'paused']],
		[
			'rejoin follows again',
			[state(1), away, state(2), rejoin],
			['following', 'paused', 'paused', 'following']
		],
		['a move before the first step does not pause', [away, state(4)], ['connecting', 'following']],
		[
			'a dropped Wi-Fi is offline, then catches up',
			[state(1), socket('reconnecting'), socket('open'), state(5)],
			['following', 'offline', 'offline', 'following']
		],
		[
			'a pause survives a drop',
			[state(1), away, socket('reconnecting'), state(5)],
			['following', 'paused', 'offline', 'paused']
		],
		[
			'busy is retried, not final',
			[state(1), busy, state(2)],
			['following', 'following', 'following']
		],
		['the room ends', [state(1), ended, state(2)], ['following', 'ended', 'ended']],
		['an unknown code', [socket('open'), noRoom, state(1)], ['connecting', 'no-room', 'no-room']],
		[
			'a room gone while offline has ended',
			[state(1), socket('reconnecting'), noRoom],
			['following', 'offline', 'ended']
		],
		['a refusal closes for good', [state(1), socket('closed')], ['following', 'ended']]
	])('%s', (_name, events, expected) => {
		expect(statuses(events)).toEqual(expected);
	});

	it('has no room without a code', () => {
		expect(statuses([socket('open'), state(1)], false)).toEqual(['no-room', 'no-room']);
	});
});

describe('which step the page shows', () => {
	const cases: [string, FollowState, FollowEvent, number | null][] = [
		['the first step', run([]), state(7), 7],
		['a new step while following', run([state(1)]), state(2), 2],
		['the same step again', run([state(2)]), state(2), null],
		['no step while paused', run([state(1), away]), state(9), null],
		['the current step on rejoin', run([state(1), away, state(9)]), rejoin, 9],
		['the step after a drop', run([state(1), socket('reconnecting')]), state(1), 1],
		['nothing when it ends', run([state(1)]), ended, null]
	];
	it.each(cases)('%s', (_name, before, e, shown) => {
		expect(stepToShow(before, followReduce(before, e))).toBe(shown);
	});
});

describe('what the live region says', () => {
	const title = (i: number) => `Heading ${i + 1}`;
	const say = (events: FollowEvent[], e: FollowEvent) => {
		const before = run(events);
		return followAnnouncement(before, followReduce(before, e), 20, title);
	};
	it('leaves out a heading it does not know', () => {
		const before = run([state(1)]);
		expect(followAnnouncement(before, followReduce(before, state(2)), 20, () => '')).toBe(
			'Step 3 of 20'
		);
	});
	it.each<[string, FollowEvent[], FollowEvent, string | null]>([
		['a new step', [state(1)], state(13), 'Step 14 of 20: Heading 14'],
		['nothing for the same step', [state(1)], state(1), null],
		['nothing for steps while paused', [state(1), away], state(3), null],
		['the pause', [state(4)], away, 'Following paused. The lecture is at step 5.'],
		['the rejoin, as the step', [state(1), away, state(6)], rejoin, 'Step 7 of 20: Heading 7'],
		['a drop', [state(1)], socket('reconnecting'), 'Connection to the lecture lost. Reconnecting…'],
		['the end', [state(1)], ended, 'The lecture has ended.'],
		['an unknown code', [], noRoom, 'No lecture is running with this code.']
	])('%s', (_name, events, e, text) => {
		expect(say(events, e)).toBe(text);
	});
});
