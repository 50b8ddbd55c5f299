import { untrack } from 'svelte';
import type { NetworkConfig } from '$lib/engine/config';
import type { CurveRunner } from '$lib/engine/training/curve-runner';
import { imagesToX, labelsOf } from '$lib/engine/data/columns';
import type { Matrix } from '$lib/engine/matrix';
import type { Lesson } from '$lib/lesson/lesson.svelte';
import { LiveCurves, type BeforeIteration } from './live-curves.svelte';
import { pageSetup } from './page-setup.svelte';

/** What a widget's own experiment trains on: the page's network and its first m images. */
export interface ExperimentSetup {
	/** X, 784 × m: the first m of the lesson's training images. */
	readonly x: Matrix;
	readonly labels: Uint8Array;
	readonly network: NetworkConfig;
	/** The first `test` of the lesson's test images, when asked for. */
	readonly test?: { readonly x: Matrix; readonly labels: Uint8Array };
}

export interface ExperimentOptions {
	/** Iterations a run lasts. */
	readonly limit: number;
	/** The runners for a fresh run; reading the widget's own choices (α, …) in it makes them restart it. */
	readonly build: (setup: ExperimentSetup) => CurveRunner[];
	/** How many training images: read in an effect, so a widget's own choice restarts the run. Else the page's m. */
	readonly images?: () => number;
	/** The page's network as this experiment changes it (another g, say). */
	readonly network?: (page: NetworkConfig) => NetworkConfig;
	/** Test images to measure along the way. */
	readonly test?: number;
	readonly before?: BeforeIteration;
	/** Start playing as soon as the run is built. */
	readonly autoplay?: boolean;
}

/**
 * The "run your own experiment" setup every training widget shares: curves that grow a few
 * iterations a frame, built from the page's network and images, started over whenever they or
 * the widget's choices change (and paused when the widget goes). Call while a component
 * initialises.
 */
export function experiment(lesson: Lesson, options: ExperimentOptions) {
	const live = new LiveCurves(options.limit, options.before);
	const page = pageSetup(lesson);
	const setup = $derived.by((): ExperimentSetup | undefined => {
		const { train } = page;
		const test = lesson.data?.test;
		if (!train || (options.test && !test)) return undefined;
		const m = Math.min(options.images?.() ?? page.m, train.count);
		const network = options.network?.(page.network) ?? page.network;
		const count = options.test && test ? Math.min(options.test, test.count) : 0;
		return {
			x: imagesToX(train, 0, m),
			labels: labelsOf(train, 0, m),
			network,
			test:
				test && count
					? { x: imagesToX(test, 0, count), labels: labelsOf(test, 0, count) }
					: undefined
		};
	});

	function load(runners: CurveRunner[]): void {
		live.load(runners);
		if (options.autoplay) live.play();
	}

	$effect(() => {
		const s = setup;
		if (!s) return;
		const runners = options.build(s);
		untrack(() => load(runners));
	});
	$effect(() => () => live.pause());

	return {
		live,
		get setup() {
			return setup;
		},
		/** Starts over from the same start (the Start over button). */
		reset(): void {
			if (setup) load(untrack(() => options.build(setup!)));
		}
	};
}
