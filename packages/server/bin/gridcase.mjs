#!/usr/bin/env node
// gridcase serve | lint | seed | import | export | verify-audit: runs the TypeScript source through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main();
