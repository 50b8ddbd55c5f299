/**
 * The coordinator's handle on one shard worker: each request gets a promise of its reply.
 * Replies come in the order of the requests; a failed request rejects with the worker's
 * message, and a worker that dies rejects everything it still owed.
 */
import type { ShardPort, ShardReply, ShardRequest } from './messages';

export class ShardClient {
	readonly #waiting: { resolve: (r: ShardReply) => void; reject: (e: Error) => void }[] = [];
	#dead: Error | undefined;

	constructor(
		readonly port: ShardPort,
		/** Which worker this is, for messages. */
		readonly index: number
	) {
		port.onReply((reply) => {
			const next = this.#waiting.shift();
			if (!next) return;
			if (reply.type === 'failed') next.reject(new Error(`worker ${index + 1}: ${reply.message}`));
			else next.resolve(reply);
		});
		port.onError((message) => this.#die(new Error(`worker ${index + 1} failed: ${message}`)));
	}

	/** Sends `request` (moving `transfer` to the worker) and waits for its reply of `type`. */
	async request<T extends ShardReply['type']>(
		request: ShardRequest,
		type: T,
		transfer: ArrayBuffer[] = []
	): Promise<Extract<ShardReply, { type: T }>> {
		if (this.#dead) throw this.#dead;
		const reply = await new Promise<ShardReply>((resolve, reject) => {
			this.#waiting.push({ resolve, reject });
			this.port.postMessage(request, transfer);
		});
		if (reply.type !== type) {
			throw new Error(`worker ${this.index + 1}: expected '${type}', got '${reply.type}'`);
		}
		return reply as Extract<ShardReply, { type: T }>;
	}

	close(): void {
		this.#die(new Error(`worker ${this.index + 1} was closed`));
		this.port.terminate();
	}

	#die(error: Error): void {
		this.#dead ??= error;
		for (const w of this.#waiting.splice(0)) w.reject(error);
	}
}
