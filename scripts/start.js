// `npm start`: install what is missing, build the site, serve it on localhost.
import { execSync } from 'node:child_process';
import { ensureDependencies } from './lib/dependencies.js';

ensureDependencies();
console.log('Building the site…');
execSync('npm run build --silent', { stdio: 'inherit' });
const { serve } = await import('./serve.js');
await serve({ dir: 'build', port: Number(process.env.PORT ?? 4173) });
