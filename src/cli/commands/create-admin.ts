import { Command } from 'commander';
import { SetupSchema } from '../../shared/contracts/auth';
import { AppError } from '../../shared/errors';
import { createKehu } from '../../server/kehu';
import { withDatabase } from '../with-database';

type Options = {
  email: string;
  password: string;
  org: string;
  name?: string;
  language: string;
  timeZone: string;
  currency: string;
};

export const createAdminCommand = () =>
  new Command('create-admin')
    .description(
      'create an organisation and its owner (for scripts; the browser offers the same on first run)',
    )
    .requiredOption('--email <email>', 'the owner’s email')
    .requiredOption('--password <password>', 'at least 10 characters, not a common password')
    .requiredOption('--org <name>', 'organisation name')
    .option('--name <name>', 'the owner’s name (default: the part of the email before @)')
    .option('--language <language>', 'zh-CN or en', 'zh-CN')
    .option('--time-zone <zone>', 'IANA time zone', 'Asia/Shanghai')
    .option('--currency <code>', 'ISO 4217 currency', 'CNY')
    .action((o: Options) =>
      withDatabase(async (database, config) => {
        const input = SetupSchema.safeParse({
          orgName: o.org,
          timeZone: o.timeZone,
          currency: o.currency,
          language: o.language,
          name: o.name ?? o.email.split('@')[0],
          email: o.email,
          password: o.password,
        });
        if (!input.success) {
          throw new Error(input.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('\n'));
        }
        const kehu = await createKehu({ ...config, jobsEnabled: false }, { database });
        try {
          const owner = await kehu.modules.identity.auth.createOrgWithOwner(database.db, input.data);
          console.log(`Created organisation “${input.data.orgName}” with owner ${owner.email}.`);
        } catch (error) {
          if (error instanceof AppError) throw new Error(error.message);
          throw error;
        } finally {
          await kehu.app.close();
          await kehu.deps.events.close();
        }
      }),
    );
