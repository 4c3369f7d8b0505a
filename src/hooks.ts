import type { Transport } from '@sveltejs/kit';
import { ServerOnly } from '$lib/story/server-only';

export const transport: Transport = {
	// Encoded as a bare marker: what it holds stays on the server (see ServerOnly).
	ServerOnly: {
		encode: (value) => value instanceof ServerOnly && 1,
		decode: () => new ServerOnly(undefined)
	}
};
