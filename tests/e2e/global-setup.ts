// Once for the e2e project: build the page and the CLI, serve the page on a free localhost
// port, and start one Chromium that every test file connects to.
import type { TestProject } from 'vitest/node';
import { serveWeb } from '../../scripts/serve-web.mjs';
import { launchServer } from './browser';
import { buildCli, buildWeb } from './build-web';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    wsEndpoint: string;
    cli: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cli = buildCli();
  const root = await buildWeb((line) => process.stderr.write(`${line}\n`));
  const server = await serveWeb({ root, port: 0, host: '127.0.0.1' });
  const browser = await launchServer();
  project.provide('baseUrl', server.url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  project.provide('cli', cli);
  return async () => {
    await browser.close();
    await server.close();
  };
}
