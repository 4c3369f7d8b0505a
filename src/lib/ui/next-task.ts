/**
 * Resolves in a task of its own. Start-up work split at these points runs as several short tasks
 * rather than one long one, so a phone can answer a tap in between (and Lighthouse counts no
 * blocking time for them).
 */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}
