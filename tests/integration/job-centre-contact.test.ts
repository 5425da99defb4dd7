// "Go to the job centre" and "your counsellor will contact you" come with an address and a number:
// a person's own pages (home, profile, applications) show their province's job centre and their
// counsellor, with numbers to tap; nobody else's pages carry that section.
import { expect, test } from 'vitest';
import * as homePage from '#app/routes/_index.tsx';
import * as mePage from '#app/routes/me._index.tsx';
import * as referralsPage from '#app/routes/me.referrals.tsx';
import { findPastLabel } from '#app/services/neutral-words.ts';
import { jobCentres } from '#db/schema.ts';
import { defaultTestPassword, makeReturnee, makeUser } from '#server/seed/factories.ts';
import { signInCookie } from '#tests/helpers.ts';
import { pageHtml } from '#tests/render.ts';
import { contextFor, testServices } from '#tests/setup/services.ts';

const services = await testServices();
const context = contextFor(services);

await services.db.insert(jobCentres).values({
  provinceCode: '51',
  name: 'Trung tâm Dịch vụ việc làm tỉnh Quảng Ngãi',
  address: '186 Hùng Vương, phường Cẩm Thành',
  phone: '0255 3 822 250',
  email: 'vieclam@quangngai.example.vn',
  openingHours: 'Thứ Hai – Thứ Sáu, 7:00–17:00',
});
const counsellor = await makeUser(services.db, {
  role: 'counsellor',
  provinceCode: '51',
  fullName: 'Lê Thị Mai Phương',
  email: 'phuong.le@example.vn',
  phone: '0905123456',
});
const personUser = await makeUser(services.db, { role: 'returnee', phone: '0966000111' });
await makeReturnee(services.db, { userId: personUser.id, provinceCode: '51', counsellorId: counsellor.id });

const cookieOf = (login: string) => signInCookie(context, login, defaultTestPassword);

/** The "Who helps you" section of a page, as text, or null when the page has none. */
function contactSection(html: string) {
  const start = html.indexOf('aria-labelledby="job-centre-contact"');
  if (start < 0) return null;
  const section = html.slice(start, html.indexOf('</section>', start));
  return { html: section, text: section.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
}

const pages = [
  ['home', homePage, '', '/'],
  ['profile', mePage, 'me', '/me'],
  ['applications', referralsPage, 'me/referrals', '/me/referrals'],
] as const;

for (const [name, module, routePath, path] of pages) {
  test(`the person's ${name} page shows their job centre and counsellor, with numbers to tap`, async () => {
    const html = await pageHtml(context, module, routePath, path, { cookie: await cookieOf('0966000111') });
    const section = contactSection(html);
    expect(section, 'no contact section').not.toBeNull();
    const { text, html: part } = section!;
    expect(text).toContain('Nơi hỗ trợ bạn');
    expect(text).toContain('Trung tâm Dịch vụ việc làm tỉnh Quảng Ngãi');
    expect(text).toContain('186 Hùng Vương, phường Cẩm Thành');
    expect(part).toMatch(/<a[^>]*href="tel:02553822250"[^>]*>0255 3 822 250<\/a>/);
    expect(text).toContain('Thứ Hai – Thứ Sáu, 7:00–17:00');
    expect(text).toContain('Lê Thị Mai Phương');
    expect(part).toMatch(/<a[^>]*href="tel:0905123456"[^>]*>0905123456<\/a>/);
    expect(part).toMatch(/<a[^>]*href="mailto:phuong.le@example.vn"/);
    expect(findPastLabel(text)).toBeNull();
  });
}

test('a person without a counsellor yet is told to call the centre; staff homes carry no such section', async () => {
  const alone = await makeUser(services.db, { role: 'returnee', phone: '0966000222' });
  await makeReturnee(services.db, { userId: alone.id, provinceCode: '51', counsellorId: null });
  const section = contactSection(await pageHtml(context, mePage, 'me', '/me', { cookie: await cookieOf('0966000222') }));
  expect(section?.text).toContain('Chưa có cán bộ tư vấn phụ trách riêng; hãy gọi số của trung tâm.');
  expect(section?.text).toContain('0255 3 822 250');

  const staffHome = await pageHtml(context, homePage, '', '/', { cookie: await cookieOf('phuong.le@example.vn') });
  expect(contactSection(staffHome)).toBeNull();
});
