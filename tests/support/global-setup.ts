/**
 * Starts one moto_server for the whole test run (each test file provisions its own resources
 * in it under its own prefix) and stops it at the end.
 */
import type { TestProject } from 'vitest/node';
import { startMoto, type Moto } from '../../scripts/local/moto.js';

let moto: Moto | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    awsEndpoint: string;
  }
}

export async function setup(project: TestProject) {
  const external = process.env.AWS_ENDPOINT_URL;
  if (!external) moto = await startMoto();
  project.provide('awsEndpoint', external ?? moto!.endpoint);
}

export async function teardown() {
  await moto?.stop();
}
