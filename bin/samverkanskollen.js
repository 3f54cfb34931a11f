#!/usr/bin/env node
// Runs the TypeScript sources directly: Node 24 (pinned in devDependencies) strips the types.
import '../core/cli/main.ts';
