/** Making rooms: codes from the look-alike-free alphabet, tokens of 256 random bits. */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { ROOM_ALPHABET, ROOM_CODE_LENGTH } from '../lib/live/protocol';

export function newRoomCode(): string {
	let code = '';
	for (let i = 0; i < ROOM_CODE_LENGTH; i++) code += ROOM_ALPHABET[randomInt(ROOM_ALPHABET.length)];
	return code;
}

export const newToken = (): string => randomBytes(32).toString('base64url');

export const hashToken = (token: string): Buffer => createHash('sha256').update(token).digest();

/**
 * Constant-time check of a presented token against the stored hash: both sides are 32-byte
 * digests, so neither the token's length nor its first wrong character shows in the timing.
 */
export function tokenMatches(token: string, hash: Buffer): boolean {
	const h = hashToken(token);
	return hash.length === h.length && timingSafeEqual(h, hash);
}
