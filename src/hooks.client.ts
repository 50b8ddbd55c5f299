import type { HandleClientError } from '@sveltejs/kit';

// A mistyped address is an expected event, not a fault: show a friendly page without
// filling the console. Anything else is logged for whoever is debugging.
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status === 404) return { message: 'There is nothing at this address.' };
	console.error(error);
	return { message };
};
