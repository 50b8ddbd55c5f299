import type { NetworkConfig, Params } from '$lib/engine/config';
import type { Gradients } from '$lib/engine/gradients';
import type { Matrix } from '$lib/engine/matrix';

/** Everything a one-step what-if needs: where the step starts, its gradients, the images. */
export interface StepSetup {
	readonly x: Matrix;
	readonly labels: ArrayLike<number>;
	readonly params: Params;
	readonly grads: Gradients;
	readonly network: NetworkConfig;
}
