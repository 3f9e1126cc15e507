import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../server/platform/http/web-assets';

export const kehuVersion = (): string =>
  (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
