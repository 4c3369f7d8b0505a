/**
 * A fake WebSocket for unit tests of LiveSocket and what is built on it: the test opens, feeds
 * and drops it by hand, and reads what the page sent.
 */
import type { SocketLike } from './socket';

export class FakeSocket implements SocketLike {
	readyState = 0;
	sent: string[] = [];
	closedWith: number | null = null;
	onopen: ((ev: unknown) => void) | null = null;
	onmessage: ((ev: { data: unknown }) => void) | null = null;
	onclose: ((ev: { code: number; reason?: string }) => void) | null = null;
	onerror: ((ev: unknown) => void) | null = null;
	constructor(readonly url: string) {}
	send(data: string) {
		this.sent.push(data);
	}
	close(code = 1000) {
		this.closedWith = code;
	}
	open() {
		this.readyState = 1;
		this.onopen?.({});
	}
	receive(data: string) {
		this.onmessage?.({ data });
	}
	drop(code = 1006) {
		this.readyState = 3;
		this.onclose?.({ code });
	}
	/** The frames sent, parsed. */
	frames(): unknown[] {
		return this.sent.map((s) => JSON.parse(s));
	}
}
