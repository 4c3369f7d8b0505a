/**
 * A token bucket: `burst` actions at once, refilled at `perSecond`. One per connection for
 * messages and for failed joins, and one per client address for failed joins and room creation,
 * so reconnecting does not reset a guesser's budget.
 */
export class Bucket {
	private tokens: number;
	private last: number;
	constructor(
		private readonly burst: number,
		private readonly perSecond: number,
		private readonly now: () => number = Date.now
	) {
		this.tokens = burst;
		this.last = now();
	}
	/** Takes one token; false when the bucket is empty (the action is refused). */
	take(): boolean {
		const t = this.now();
		this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.perSecond);
		this.last = t;
		if (this.tokens < 1) return false;
		this.tokens -= 1;
		return true;
	}
	/** Full again (nothing taken lately): the per-address table may forget this bucket. */
	idle(): boolean {
		return this.tokens + ((this.now() - this.last) / 1000) * this.perSecond >= this.burst;
	}
}

/** Buckets keyed by client address, forgotten once full again (the table stays small). */
export class BucketTable {
	private readonly buckets = new Map<string, Bucket>();
	constructor(
		private readonly burst: number,
		private readonly perSecond: number
	) {}
	take(key: string): boolean {
		let b = this.buckets.get(key);
		if (!b) this.buckets.set(key, (b = new Bucket(this.burst, this.perSecond)));
		return b.take();
	}
	sweep(): void {
		for (const [k, b] of this.buckets) if (b.idle()) this.buckets.delete(k);
	}
}
