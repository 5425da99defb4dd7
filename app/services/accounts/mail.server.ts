// Outgoing e-mail (nodemailer over SMTP_URL), used only for self-service password resets. Where no
// mail server is configured there is no mailer, and the pages send people to their job centre or
// administrator instead.
import nodemailer, { type Transporter } from 'nodemailer';

/** The settings mail needs (server/env.ts parses them from the environment). */
export type MailSettings = { SMTP_URL?: string; MAIL_FROM: string; PUBLIC_URL?: string };

export type Mail = { to: string; subject: string; text: string };

export type Mailer = {
  /** Where links in an e-mail point (the app's public address, no trailing slash). */
  publicUrl: string;
  send: (mail: Mail) => Promise<void>;
};

// One pooled transport per server address, made on first use.
const transports = new Map<string, Transporter>();

/** The mailer of these settings, or null when no mail server is configured. */
export function mailerFor(settings: MailSettings): Mailer | null {
  const url = settings.SMTP_URL;
  if (!url || !settings.PUBLIC_URL) return null;
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport(url);
    transports.set(url, transport);
  }
  const from = settings.MAIL_FROM;
  const sender = transport;
  return {
    publicUrl: settings.PUBLIC_URL.replace(/\/+$/, ''),
    async send(mail) {
      await sender.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
