import { beforeNavigate } from '$app/navigation';
import type { Lab } from './lab.svelte';

/**
 * Whether leaving the lab now would throw a run away: one that is training, or stopped part
 * way with iterations done and not saved since. A finished run is kept (chapter 7 quotes it),
 * so leaving then loses nothing the page promised.
 */
export function wouldLose(lab: Lab): boolean {
	if (!lab.run || lab.reached === 0) return false;
	if (lab.phase === 'running') return true;
	return lab.phase === 'paused' && lab.savedAt !== lab.reached;
}

/** What the page asks before a link or the back button takes the learner away mid-run. */
export const LEAVE_QUESTION =
	'Leave the lab? The run in progress (iteration {n}) is not saved and will be lost. ' +
	'Cancel to stay; Download parameters keeps it.';

/**
 * Call while a component initialises: asks before any navigation would lose the run —
 * SvelteKit's own (a link, back, forward) with a confirm naming the iteration, and a reload
 * or a closed tab with the browser's own question (the only one it lets a page ask).
 */
export function askBeforeLeaving(lab: Lab): void {
	beforeNavigate((navigation) => {
		if (!wouldLose(lab)) return;
		if (navigation.willUnload) {
			// The browser asks in its own words; a page may only say that it wants to.
			navigation.cancel();
			return;
		}
		if (!confirm(LEAVE_QUESTION.replace('{n}', lab.reached.toLocaleString('en-US')))) {
			navigation.cancel();
		}
	});
}
