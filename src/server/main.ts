import { loadConfig, ConfigError } from './config';
import { createKehu } from './kehu';

/** `kehu serve`: listens at once (health answers 503 while migrating), then starts work. */
export const serve = async (): Promise<void> => {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const kehu = await createKehu(config);
  const { app } = kehu;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 30_000);
    force.unref();
    await kehu.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  await kehu.start();
  app.log.info(
    { url: config.baseUrl ?? `http://localhost:${config.port}`, database: kehu.database.kind },
    'Kehu is ready',
  );
};
