#!/usr/bin/env node
// gridcase-engine lint FILE | graph FILE [--mermaid]: runs the TypeScript source through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
main();
