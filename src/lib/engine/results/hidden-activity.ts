/**
 * Which hidden nodes are doing anything. A ReLU node whose Z¹ is ≤ 0 for every image outputs
 * A¹ = 0 for every image, so it passes nothing on and — since g′(Z¹) = 0 there too — its
 * weights receive no gradient: it is dead, and only a change elsewhere can revive it.
 */
import type { ForwardPass } from '../forward';
import { ShapeError, shapeTag } from '../matrix';

export interface HiddenActivity {
	/** Hidden nodes (rows of Z¹) and images (columns). */
	readonly nodes: number;
	readonly images: number;
	/** nodes × images, the entries of Z¹ and of A¹. */
	readonly entries: number;
	/** Entries of Z¹ below 0. */
	readonly negative: number;
	/** Entries of A¹ exactly 0. */
	readonly zeros: number;
	/** Nodes whose A¹ is 0 for every image, and which nodes they are. */
	readonly deadNodes: number;
	readonly dead: readonly boolean[];
}

/**
 * Counts the switched-off entries and dead nodes of one forward pass.
 * @example hiddenActivity(forward(params, x, network)).deadNodes // 0 … hidden
 */
export function hiddenActivity(pass: Pick<ForwardPass, 'Z1' | 'A1'>): HiddenActivity {
	const { Z1, A1 } = pass;
	if (Z1.shape[0] !== A1.shape[0] || Z1.shape[1] !== A1.shape[1]) {
		throw new ShapeError(`hiddenActivity: Z1 ${shapeTag(Z1.shape)} and A1 ${shapeTag(A1.shape)}`);
	}
	const [nodes, images] = Z1.shape;
	let negative = 0;
	let zeros = 0;
	const dead: boolean[] = [];
	for (let i = 0; i < nodes; i++) {
		let silent = true;
		for (let j = 0; j < images; j++) {
			const k = i * images + j;
			if (Z1.data[k] < 0) negative++;
			if (A1.data[k] === 0) zeros++;
			else silent = false;
		}
		dead.push(silent);
	}
	const deadNodes = dead.filter(Boolean).length;
	return { nodes, images, entries: nodes * images, negative, zeros, deadNodes, dead };
}
