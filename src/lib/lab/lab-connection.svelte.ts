import type { KernelKind } from '$lib/engine/fast';
import type { InitRequest, LabEvent, LabRequest } from './protocol';
import { RunState } from './run-state.svelte';

/** Where the training worker finds the data, the kernel's .wasm and the shard workers' script. */
export interface LabUrls {
	readonly baseUrl: string;
	readonly kernelUrl: string;
	readonly kernelFusedUrl: string;
	readonly shardUrl: string;
}

/**
 * The lab's side of its training worker: starting it, the data it loads (how far, how long,
 * what went wrong) and the test images it sends back, and the runs' reports, of which only
 * the current run's (`runId`) are taken.
 */
export class LabConnection extends RunState {
	progress = $state({ loaded: 0, total: 0 });
	loadError = $state<string>();
	loadNote = $state<string>();
	loadSeconds = $state<number>();
	kernel = $state<{ kind: KernelKind; note?: string }>();
	/** The cores the browser reports (navigator.hardwareConcurrency), once connected. */
	cores = $state(1);
	test = $state.raw<{ images: Uint8Array; labels: Uint8Array }>();
	failure = $state<string>();

	/** The id of the current run; events of earlier runs still on their way are ignored. */
	protected runId = 0;
	#worker: Worker | undefined;

	/** Starts the worker; `urls` are absolute. */
	protected open(urls: LabUrls, kernel: 'auto' | 'js'): void {
		// Vite bundles a worker only when it sees exactly this form, URL included.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#worker = new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module' });
		this.#worker.onmessage = (event: MessageEvent<LabEvent>) => this.#receive(event.data);
		this.#worker.onerror = (event) =>
			(this.failure = event.message || 'the training worker failed');
		this.#worker.postMessage({ type: 'init', ...urls, kernel } satisfies InitRequest);
	}

	destroy(): void {
		this.#worker?.terminate();
		this.frames.clear();
		this.curves.clear();
	}

	protected send(request: LabRequest): void {
		this.#worker?.postMessage(request);
	}

	protected override fresh(run: Parameters<RunState['fresh']>[0]): void {
		this.runId++;
		super.fresh(run);
		this.loadNote = undefined;
		this.loadError = undefined;
	}

	#receive(event: LabEvent): void {
		switch (event.type) {
			case 'kernel':
				this.kernel = { kind: event.kind, note: event.note };
				break;
			case 'progress':
				this.progress = { loaded: event.loaded, total: event.total };
				break;
			case 'loaded':
				performance.mark('lab:data-ready');
				this.loadSeconds = event.seconds;
				if (this.startedAt) this.runLoadSeconds = event.seconds;
				this.test = { images: event.testImages, labels: event.testLabels };
				break;
			case 'load-failed':
			case 'load-cancelled':
				this.run = undefined;
				this.phase = 'idle';
				if (event.type === 'load-failed') this.loadError = event.message;
				else this.loadNote = 'Loading was cancelled. Start loads the images again.';
				break;
			case 'run':
				if (event.id === this.runId) this.receiveRun(event.event);
				break;
			case 'failed':
				this.failure = event.message;
		}
	}
}
