/**
 * Where rooms live. In memory by default; in Redis (redis-store.ts) when several relay processes
 * share rooms. The relay fans out only what a store's subscription delivers, so one process and
 * many behave the same.
 */
export interface Room {
	step: number;
	/** The story's slug: /j/<code> sends students to its follow page. */
	story: string;
	/** SHA-256 of the presenter token: the token itself is never stored. */
	tokenHash: Buffer;
}

export type RoomEvent = { t: 'step'; step: number } | { t: 'ended' };

export interface RoomStore {
	/** Creates a room; false when the code is taken. */
	create(code: string, room: Room): Promise<boolean>;
	/** The room, or null when it does not exist or has idled out. */
	get(code: string): Promise<Room | null>;
	/** Moves the room and tells every subscriber (in every process). */
	setStep(code: string, step: number): Promise<void>;
	/** Ends the room and tells every subscriber. */
	end(code: string): Promise<void>;
	/**
	 * Listens to a room's events; resolves, once the subscription is live (so no move published
	 * after it is missed), to the unsubscribe function.
	 */
	subscribe(code: string, listener: (e: RoomEvent) => void): Promise<() => void>;
	close(): Promise<void>;
}

/** Rooms in this process's memory: idle rooms are dropped `idleMs` after their last move. */
export class MemoryStore implements RoomStore {
	private readonly rooms = new Map<string, Room & { touched: number }>();
	private readonly listeners = new Map<string, Set<(e: RoomEvent) => void>>();
	constructor(private readonly idleMs: number) {}

	async create(code: string, room: Room) {
		if (await this.get(code)) return false;
		this.rooms.set(code, { ...room, touched: Date.now() });
		return true;
	}
	async get(code: string) {
		const r = this.rooms.get(code);
		if (r && Date.now() - r.touched > this.idleMs) this.rooms.delete(code);
		return this.rooms.get(code) ?? null;
	}
	async setStep(code: string, step: number) {
		const r = await this.get(code);
		if (!r) return;
		r.step = step;
		r.touched = Date.now();
		this.emit(code, { t: 'step', step });
	}
	async end(code: string) {
		this.rooms.delete(code);
		this.emit(code, { t: 'ended' });
	}
	async subscribe(code: string, listener: (e: RoomEvent) => void) {
		let set = this.listeners.get(code);
		if (!set) this.listeners.set(code, (set = new Set()));
		set.add(listener);
		return () => {
			set.delete(listener);
			if (set.size === 0) this.listeners.delete(code);
		};
	}
	async close() {
		this.rooms.clear();
		this.listeners.clear();
	}
	private emit(code: string, e: RoomEvent) {
		for (const l of this.listeners.get(code) ?? []) l(e);
	}
}
