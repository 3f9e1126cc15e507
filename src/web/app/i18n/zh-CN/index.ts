import type { Translation } from '../translation';
import { auth } from './auth';
import { common } from './common';
import { modules } from './modules';
import { people } from './people';
import { settings } from './settings';
import { shell } from './shell';
import { system } from './system';

/** Simplified Chinese strings. */
export const zhCN: Translation = { common, auth, shell, modules, settings, people, system };
