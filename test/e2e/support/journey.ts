import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startServerProcess, type ServerProcess } from '../../support/server-process';
import { testRoot } from '../../support/test-env';
import { launchBrowser } from './browser';

export type Person = { name: string; email: string; password: string };

/**
 * A Kehu server on a data directory of its own and a browser, started before the file's tests
 * and stopped after them. Read the fields inside tests (they are set in `beforeAll`).
 */
export const useServerAndBrowser = (name: string) => {
  const journey = { dataDir: mkdtempSync(join(testRoot, `e2e-${name}-`)) } as {
    dataDir: string;
    server: ServerProcess;
    browser: Browser;
  };
  beforeAll(async () => {
    [journey.server, journey.browser] = await Promise.all([
      startServerProcess({ KEHU_DATA_DIR: journey.dataDir }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await journey.browser?.close();
    journey.server?.child.kill('SIGTERM');
    await journey.server?.exited;
    rmSync(journey.dataDir, { recursive: true, force: true });
  });
  return journey;
};

/** The API as the signed-in owner: JSON in and out; anything but 200 fails the test. */
export type Api = <T = unknown>(method: 'GET' | 'POST', path: string, body?: unknown) => Promise<T>;

/** The organisation the journeys use unless they say otherwise: a Chinese tea shop, English UI. */
const teaShop = { orgName: '云杉茶业', timeZone: 'Asia/Shanghai', currency: 'CNY', language: 'en' };

/** Sets up the organisation through the API with `owner` as its owner; returns the owner's API. */
export const setUpOrg = async (
  server: ServerProcess,
  owner: Person,
  org: Partial<typeof teaShop> = {},
): Promise<Api> => {
  const res = await fetch(`${server.url}/api/v1/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...teaShop, ...org, ...owner }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async <T>(method: 'GET' | 'POST', path: string, body?: unknown) => {
    const reply = await fetch(`${server.url}/api/v1${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await reply.json()) as T;
    expect(reply.status, JSON.stringify(json)).toBe(200);
    return json;
  };
};

/** Signs `person` in through the sign-in page and waits for the home page. */
export const signIn = async (page: Page, url: string, person: Person) => {
  await page.goto(`${url}/sign-in`);
  await page.getByTestId('sign-in-email').fill(person.email);
  await page.getByTestId('sign-in-password').fill(person.password);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('welcome-card').waitFor({ timeout: 20_000 });
};
