import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Config } from '../config';

export type MailMessage = { to: string; subject: string; text: string };

export type Mailer = {
  /** False when SMTP_URL is not set: callers fall back to showing links on screen. */
  enabled: boolean;
  /** Sends one message; resolves false (and logs why) instead of throwing when delivery fails. */
  send(message: MailMessage): Promise<boolean>;
  close(): void;
};

export const createMailer = (config: Config, logger: Logger): Mailer => {
  if (!config.smtpUrl) return { enabled: false, send: async () => false, close: () => undefined };
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    enabled: true,
    async send(message) {
      try {
        await transport.sendMail({ from: config.smtpFrom, ...message });
        return true;
      } catch (error) {
        logger.warn({ err: error, to: message.to }, 'email not sent');
        return false;
      }
    },
    close: () => transport.close(),
  };
};
