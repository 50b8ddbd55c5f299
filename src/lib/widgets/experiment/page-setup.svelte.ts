import type { NetworkConfig } from '$lib/engine/config';
import { networkOf } from '$lib/settings/network';
import type { MnistSet } from '$lib/engine/data/mnist';
import type { Lesson } from '$lib/lesson/lesson.svelte';

/**
 * The page's network and training images for a widget's own experiment, as values that
 * change only when the settings they come from change. The lesson rebuilds its engine (and
 * a new network object) whenever any setting changes, α included; an experiment built on that
 * object would start over each time, losing a run the reader is watching.
 */
export interface PageSetup {
	/** The network the page's engine runs: its seed and activation. */
	readonly network: NetworkConfig;
	/** The lesson's training images, once loaded. */
	readonly train: MnistSet | undefined;
	/** The page's number of images, at most the lesson set's size. */
	readonly m: number;
}

/** Call while a component initialises; read the fields inside `$derived` or an effect. */
export function pageSetup(lesson: Lesson): PageSetup {
	const seed = $derived(lesson.settings.seed);
	const activation = $derived(lesson.settings.activation);
	const network = $derived<NetworkConfig>(networkOf({ seed, activation }));
	const train = $derived(lesson.data?.train);
	const m = $derived(Math.min(lesson.settings.m, lesson.data?.train.count ?? lesson.settings.m));
	return {
		get network() {
			return network;
		},
		get train() {
			return train;
		},
		get m() {
			return m;
		}
	};
}
