// The two browser journeys of the live fair (issue 11), one browser context per person, each journey
// as ordered steps:
//  1. live, in the organiser's, the employer's and the returnee's browsers: the organiser creates a fair through the pages and invites the demo employer's
//     workshop, which accepts (its owner as the booth's staff, the welder job on show); the organiser
//     opens registration and the demo returnee registers from /me/fairs; the organiser starts the
//     fair and the door checks the returnee in with the code read off their ticket; on that ticket
//     page the returnee joins the workshop's queue for the job, the consent wording above the button;
//     the booth's desk calls them, starts seeing them and records an offer. The returnee's ticket
//     page and the public board (a third context, signed in as nobody) are opened once and never
//     reloaded: they follow the fair live — called to the booth and desk, being seen, the place
//     done; "now serving" the returnee's number, the counters going up. Then the ticket shows its
//     code with the network gone (its service worker keeps the page).
//  2. a walk-in without a phone, at the demo fair (live): the door registers them with a name alone,
//     gives them their code and queues them by proxy for a job, the consent wording read out and
//     kept (the booth's desk sees their name, as it would for anyone who applied); the board, never
//     reloaded, counts them waiting, and once the booth's staff call their number it shows it
//     being served — how someone without a phone learns they are called.
// Every page the employer sees on the way is checked for the returnee's release date and for words
// about a past in prison. After a failure the journey's later steps are skipped rather than failing
// for the same reason.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { vietnamDate } from '#lib/dates.ts';
import { findPastLabel } from '#app/services/neutral-words.ts';
import { demoAccounts, demoPassword } from '#server/seed/demo.ts';
import type { RunningApp } from './app.ts';
import { useAppAndBrowser } from './use-app.ts';
import { journey } from './steps.ts';

let app: RunningApp;
let browser: Browser;
useAppAndBrowser('fair', (a, b) => {
  app = a;
  browser = b;
});

// ── The story's facts ─────────────────────────────────────────────────────────────────────────────

const account = (role: (typeof demoAccounts)[number]['role']) => demoAccounts.find((a) => a.role === role)!;
const organiserLogin = account('organiser').email!;
const employerAccount = account('employer');
const returneeAccount = account('returnee');
/** The demo returnee came home 45 days before the demo was seeded (server/seed/demo.ts), today. */
const returneeReleaseDate = vietnamDate(-45);

const today = vietnamDate();
const fair = {
  name: 'Phiên chợ việc làm buổi chiều – tổ dân phố 3',
  commune: 'Phường Đăk Bla',
  venue: 'Sân nhà văn hóa tổ dân phố 3',
  startsAt: `${today}T06:00`,
  endsAt: `${today}T22:00`,
  capacity: '150',
};
/** The demo employer's workshop and the job its booth shows (server/seed/demo.ts). */
const workshop = 'Công ty TNHH Cơ khí Đăk Bla';
const job = 'Thợ hàn điện (hàn hồ quang tay)';
const demoFairName = 'Phiên chợ việc làm của tình người – phường Đăk Bla'; // server/seed/demo-fair.ts
/** Someone who came to the demo fair with no phone and no ticket: a name is all the door asks. */
const walkInName = 'Đinh Văn Khánh';

/** Page loads and form answers: a cold app on a busy two-core machine can take several seconds. */
const patience = { timeout: 20_000 };
/** What a page learns over its socket: within a couple of seconds, the board at most once a second; room for a busy machine. */
const livePatience = { timeout: 30_000 };

// ── Helpers ───────────────────────────────────────────────────────────────────────────────────────

/** A person's own browser (closed with the browser at the end). */
async function newContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', ...options });
  return [context, await context.newPage()];
}
const phoneSize = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function signIn(page: Page, login: string, home: string) {
  const byEmail = login.includes('@');
  await page.goto(`${app.url}/login${byEmail ? '?with=email' : ''}`);
  await page.getByLabel(byEmail ? 'Email' : 'Số điện thoại').fill(login);
  await page.getByLabel('Mật khẩu').fill(demoPassword);
  await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
  await see(page.getByRole('heading', { level: 1, name: home, exact: true }));
}

/** Waits until `locator` shows (auto-retrying; a form's answer and the page's fresh data can come a moment apart). */
async function see(locator: Locator, options = patience) {
  await locator.waitFor({ state: 'visible', ...options });
}
/** Waits until a page's socket is following the fair (the polite status line says so). */
async function seeLive(page: Page) {
  await see(page.getByRole('status').filter({ hasText: 'Đang cập nhật trực tiếp' }), livePatience);
}

/** The employer's pages never tell the returnee's release date or use a word for prison (DESIGN.md §3). */
async function expectNothingAboutThePast(page: Page) {
  const html = await page.content();
  expect(findPastLabel(html), `a word about the past on ${page.url()}`).toBeNull();
  expect(html).not.toContain(returneeReleaseDate);
  expect(html).not.toContain(shownDay(returneeReleaseDate));
}
/** No message shows as its key (⟦key⟧: missing from the page's catalogue). */
async function expectAllTranslated(page: Page) {
  expect(await page.locator('body').innerText(), `a message missing on ${page.url()}`).not.toContain('⟦');
}
/** 'YYYY-MM-DD' → 'DD/MM/YYYY', as the pages show a day. */
function shownDay(day: string) {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

// The public board: a card per booth, the counters as a definition list.
function boardBooth(board: Page, number: number) {
  return board.getByRole('listitem').filter({ has: board.getByRole('heading', { level: 3, name: `Gian ${number}`, exact: true }) });
}
/** What the booth's card says it is serving now: the numbers ("1, 2") or "chưa mời ai". */
async function nowServing(board: Page, booth: number) {
  const text = await boardBooth(board, booth).locator('p').filter({ hasText: 'Đang mời số' }).textContent();
  return text!.replace('Đang mời số', '').trim();
}
async function waitingAt(board: Page, booth: number) {
  const text = await boardBooth(board, booth)
    .getByText(/người đang chờ$/)
    .textContent();
  return Number(text!.replace(/\D/g, ''));
}
async function counter(board: Page, name: 'Đã vào cửa' | 'Lượt phỏng vấn' | 'Đề nghị việc làm' | 'Nhận việc') {
  const figure = board.locator('dl > div').filter({ has: board.locator('dt').getByText(name, { exact: true }) });
  return Number((await figure.locator('dd').textContent())!.replace(/\D/g, ''));
}
/** Polls what a never-reloaded page shows until it is `expected`. */
async function becomes<T>(read: () => Promise<T>, expected: T) {
  await expect.poll(read, { ...livePatience, interval: 500 }).toEqual(expected);
}

// ── Journey 1: the organiser, the employer and the returnee, live ─────────────────────────────────

const live = journey();

let organiser: Page;
let employer: Page;
let returneeContext: BrowserContext;
let ticket: Page;
let board: Page;
let fairUrl = '';
let fairId = '';
let boothNumber = 0;
let ticketCode = '';
let queueNumber = 0;

live('the organiser creates a fair through the pages and invites the demo employer’s workshop', async () => {
  [, organiser] = await newContext();
  await signIn(organiser, organiserLogin, 'Trang ban tổ chức phiên chợ');
  await organiser.goto(`${app.url}/fairs`);
  await see(organiser.getByRole('heading', { level: 1, name: 'Phiên chợ việc làm' }));
  await organiser.getByRole('link', { name: 'Tạo phiên chợ' }).click();
  await see(organiser.getByRole('heading', { level: 1, name: 'Tạo phiên chợ' }));
  await organiser.getByLabel('Tên phiên chợ').fill(fair.name);
  await organiser.getByLabel('Loại phiên chợ').selectOption({ label: 'Định kỳ' });
  await organiser.getByLabel('Xã/phường').selectOption({ label: fair.commune });
  await organiser.getByLabel('Địa điểm tổ chức').fill(fair.venue);
  await organiser.getByLabel('Bắt đầu').fill(fair.startsAt);
  await organiser.getByLabel('Kết thúc').fill(fair.endsAt);
  await organiser.getByLabel('Số người tối đa').fill(fair.capacity);
  await organiser.getByRole('button', { name: 'Tạo phiên chợ' }).click();

  await see(organiser.getByRole('heading', { level: 1, name: fair.name }));
  await see(organiser.getByRole('status').filter({ hasText: 'Đã tạo phiên chợ.' }));
  await see(organiser.getByText('Bản nháp', { exact: true }).first());
  fairUrl = organiser.url().replace(/\?.*$/, '');
  expect(fairUrl).toMatch(/\/fairs\/[0-9a-f-]{36}$/);
  fairId = fairUrl.slice(-36);

  // Invite: find the verified organisation by name, then its own button.
  const invite = organiser.getByRole('region', { name: 'Mời doanh nghiệp, cơ sở đào tạo' });
  await invite.getByLabel('Tên đơn vị đã xác minh').fill('Cơ khí Đăk Bla');
  await invite.getByRole('button', { name: 'Tìm', exact: true }).click();
  await invite.getByRole('button', { name: `Mời ${workshop}` }).click();
  const invited = invite.getByRole('status').filter({ hasText: `Đã mời ${workshop} — gian số ` });
  await see(invited);
  boothNumber = Number((await invited.textContent())!.match(/gian số (\d+)/)![1]);
  const booths = organiser.getByRole('region', { name: 'Gian hàng và lời mời' });
  await see(booths.getByRole('row').filter({ hasText: workshop }).getByText('Chờ trả lời'));
});

live('the employer accepts, naming themself as the booth’s staff and showing the welder job', async () => {
  [, employer] = await newContext();
  await signIn(employer, employerAccount.email!, 'Trang doanh nghiệp');
  await employer.goto(`${app.url}/employer/fairs`);
  await see(employer.getByRole('heading', { level: 1, name: 'Phiên chợ việc làm' }));
  const invitation = employer.getByRole('article', { name: fair.name, exact: true });
  await see(invitation.getByText('Chờ trả lời', { exact: true }));
  await see(invitation.getByText(`Gian ${boothNumber} — ${workshop}`));
  await expectNothingAboutThePast(employer);

  await invitation.getByRole('checkbox', { name: employerAccount.fullName }).check();
  await invitation.getByRole('checkbox', { name: job, exact: true }).check();
  await invitation.getByRole('button', { name: 'Nhận lời' }).click();
  await see(invitation.getByRole('status').filter({ hasText: `Đã nhận lời tham gia “${fair.name}” (gian ${boothNumber}).` }));
  await see(invitation.getByText('Đã nhận lời', { exact: true }));
  await see(invitation.getByRole('link', { name: 'Mở bàn tiếp ứng viên' }));
  await expectNothingAboutThePast(employer);

  // The organiser's page lists the answer.
  await organiser.goto(fairUrl);
  const row = organiser.getByRole('region', { name: 'Gian hàng và lời mời' }).getByRole('row').filter({ hasText: workshop });
  await see(row.getByText('Đã nhận lời'));
  await see(row.getByText(job));
});

live('the organiser opens registration; the returnee registers from /me/fairs and their ticket opens', async () => {
  await organiser.getByRole('button', { name: 'Mở đăng ký' }).click();
  await see(organiser.getByRole('status').filter({ hasText: 'Phiên chợ đã chuyển sang: Đang mở đăng ký.' }));

  [returneeContext, ticket] = await newContext(phoneSize);
  await signIn(ticket, returneeAccount.phone!, 'Trang của tôi');
  await ticket.goto(`${app.url}/me/fairs`);
  await see(ticket.getByRole('heading', { level: 1, name: 'Phiên chợ việc làm' }));
  const open = ticket.getByRole('region', { name: 'Phiên chợ đang mở đăng ký' });
  await open.getByRole('button', { name: `Đăng ký dự “${fair.name}”` }).tap();

  // The ticket: its code, large, and its QR code; "show this at the door".
  await see(ticket.getByRole('heading', { level: 1, name: fair.name }));
  expect(ticket.url()).toBe(`${app.url}/me/fairs/${fairId}`);
  const qr = ticket.getByRole('img', { name: /^Mã QR của vé [A-Z0-9]{6}$/ });
  await see(qr);
  ticketCode = (await qr.getAttribute('aria-label'))!.slice(-6);
  await see(ticket.getByText(ticketCode, { exact: true }));
  await see(ticket.getByText('Đưa mã này (hoặc mã QR) ở bàn đón tiếp để vào cửa.'));
  await see(ticket.getByText('Xếp hàng được khi phiên chợ bắt đầu.', { exact: false }));
  await expectAllTranslated(ticket);
  await seeLive(ticket);
});

live('the public board, opened with no sign-in, follows the fair from here on; the organiser starts it', async () => {
  [, board] = await newContext();
  await board.goto(`${fairUrl}/board`);
  await see(board.getByRole('heading', { level: 1, name: fair.name }));
  await see(board.getByText('Đang mở đăng ký', { exact: true }));
  await see(boardBooth(board, boothNumber).getByText(workshop));
  await see(boardBooth(board, boothNumber).getByText(job));
  expect(await nowServing(board, boothNumber)).toBe('chưa mời ai');
  expect(await counter(board, 'Đã vào cửa')).toBe(0);
  expect(await counter(board, 'Đề nghị việc làm')).toBe(0);
  // Nothing about anyone: the board is projected at the venue.
  const html = await board.content();
  expect(html).not.toContain(returneeAccount.fullName);
  expect(findPastLabel(html)).toBeNull();

  await organiser.getByRole('button', { name: 'Bắt đầu phiên chợ' }).click();
  await see(organiser.getByRole('status').filter({ hasText: 'Phiên chợ đã chuyển sang: Đang diễn ra.' }));
  // The board hears of it without a reload.
  await see(board.getByText('Đang diễn ra', { exact: true }), livePatience);
});

live('the door checks the returnee in with the code on their ticket; their ticket page says so and offers the booths', async () => {
  await organiser.getByRole('navigation', { name: 'Các trang của phiên chợ' }).getByRole('link', { name: 'Bàn đón tiếp' }).click();
  await see(organiser.getByRole('heading', { level: 1, name: 'Bàn đón tiếp' }));
  const checkIn = organiser.getByRole('region', { name: 'Xác nhận vào cửa' });
  await checkIn.getByLabel('Mã vé').fill(ticketCode.toLowerCase()); // typed as heard: any case
  await checkIn.getByRole('button', { name: 'Xác nhận vào cửa' }).click();
  await see(checkIn.getByRole('status').filter({ hasText: `Đã xác nhận vào cửa: vé ${ticketCode}.` }));
  await becomes(() => counter(board, 'Đã vào cửa'), 1);

  // The ticket page, open all along: checked in, and the booths' jobs can now be queued for.
  await see(ticket.getByText('Đã vào cửa.', { exact: true }), livePatience);
  await see(ticket.getByRole('button', { name: `Ứng tuyển & xếp hàng ở gian ${boothNumber}: “${job}”` }), livePatience);
  expect(await ticket.getByText('Đưa mã này (hoặc mã QR) ở bàn đón tiếp để vào cửa.').count()).toBe(0);
  await expectAllTranslated(ticket);
});

live('on the ticket page the returnee joins the workshop’s queue for the job, the consent wording above the button', async () => {
  const join = ticket.getByRole('button', { name: `Ứng tuyển & xếp hàng ở gian ${boothNumber}: “${job}”` });
  // The consent is the words right above the button (and its description).
  const wording = `Khi bấm “Ứng tuyển”, bạn đồng ý để ${workshop} thấy họ tên và số điện thoại của bạn cho vị trí “${job}”.`;
  const describedBy = await join.getAttribute('aria-describedby');
  expect(await ticket.locator(`[id="${describedBy}"]`).textContent()).toBe(wording);
  await see(ticket.getByText(wording, { exact: true }));
  await join.tap();

  const joined = ticket.getByRole('status').filter({ hasText: new RegExp(`^Đã xếp hàng ở gian ${boothNumber}: số thứ tự \\d+\\.$`) });
  await see(joined);
  queueNumber = Number((await joined.textContent())!.match(/số thứ tự (\d+)/)![1]);
  const place = ticket.getByRole('listitem', { name: `Gian ${boothNumber} — ${workshop}` });
  await see(place.getByText(`Xếp hàng cho: ${job}`));
  await see(place.getByText(String(queueNumber), { exact: true }));
  await see(place.getByText('Còn 0 người phía trước', { exact: false }));
  await seeLive(ticket);

  // The board counts them waiting (numbers only).
  await becomes(() => waitingAt(board, boothNumber), 1);
  expect(await nowServing(board, boothNumber)).toBe('chưa mời ai');
});

live('the booth’s desk calls the next person: the ticket page and the board show it without a reload', async () => {
  await employer.goto(`${app.url}/employer/fairs`);
  await employer.getByRole('article', { name: fair.name, exact: true }).getByRole('link', { name: 'Mở bàn tiếp ứng viên' }).click();
  await see(employer.getByRole('heading', { level: 1, name: `Gian ${boothNumber} — ${workshop}` }));
  await seeLive(employer);
  const waiting = employer.getByRole('region', { name: 'Đang chờ (1)' });
  await see(waiting.getByText(`Số ${queueNumber}`, { exact: true }));
  await see(waiting.getByText(`Ứng tuyển: ${job}`));
  // They applied by joining, so the booth may see their name (and nothing about their past).
  await see(waiting.getByText(`Họ tên: ${returneeAccount.fullName}`));
  await expectNothingAboutThePast(employer);

  await employer.getByRole('button', { name: 'Mời người tiếp theo' }).click();
  await see(employer.getByRole('status').filter({ hasText: `Đã mời số ${queueNumber} đến bàn 1.` }));
  const desk = employer.getByRole('region', { name: `Bàn 1 · Số ${queueNumber}` });
  await see(desk.getByText('Đã mời', { exact: true }));
  await expectNothingAboutThePast(employer);

  const place = ticket.getByRole('listitem', { name: `Gian ${boothNumber} — ${workshop}` });
  await see(place.getByText(`Mời đến gian ${boothNumber}, bàn 1.`, { exact: true }), livePatience);
  await becomes(() => nowServing(board, boothNumber), String(queueNumber));
  await becomes(() => waitingAt(board, boothNumber), 0);

  // The person reached the desk: the booth starts seeing them.
  await desk.getByRole('button', { name: 'Đã đến — bắt đầu tiếp' }).click();
  await see(employer.getByRole('status').filter({ hasText: 'Đang tiếp ứng viên.' }));
  await see(desk.getByText('Đang tiếp', { exact: true }));
  await see(place.getByText(`Đang được tiếp ở gian ${boothNumber}, bàn 1.`, { exact: true }), livePatience);
  await expectNothingAboutThePast(employer);
});

live('the desk records an offer: the ticket page shows the place done, the board the offer, without a reload', async () => {
  const desk = employer.getByRole('region', { name: `Bàn 1 · Số ${queueNumber}` });
  await desk.getByRole('button', { name: `Đề nghị việc làm — Số ${queueNumber}` }).click();
  await see(employer.getByRole('status').filter({ hasText: 'Đã ghi kết quả: Đề nghị việc làm.' }));
  await see(employer.getByRole('region', { name: 'Bàn 1', exact: true }).getByText('Đang trống'));
  await expectNothingAboutThePast(employer);

  // The place is finished: it leaves the person's queues.
  await see(ticket.getByText('Chưa xếp hàng ở gian nào.', { exact: false }), livePatience);
  expect(await ticket.getByRole('listitem', { name: `Gian ${boothNumber} — ${workshop}` }).count()).toBe(0);
  // The board: nobody at the desk any more, one interview, one offer.
  await becomes(() => counter(board, 'Đề nghị việc làm'), 1);
  await becomes(() => counter(board, 'Lượt phỏng vấn'), 1);
  expect(await counter(board, 'Nhận việc')).toBe(0);
  expect(await counter(board, 'Đã vào cửa')).toBe(1);
  await becomes(() => nowServing(board, boothNumber), 'chưa mời ai');
  const html = await board.content();
  expect(html).not.toContain(returneeAccount.fullName);
  expect(html).not.toContain(ticketCode);
  expect(findPastLabel(html)).toBeNull();
});

live('the ticket page shows its code with the network gone (its service worker keeps it), and comes back online', async () => {
  // The worker registered when the ticket first opened; the page, reached by a link (not controlled
  // by it), asked it to keep a copy.
  await expect
    .poll(
      () =>
        ticket.evaluate(
          async (path) => Boolean(await (await caches.open('fair-ticket-v1')).match(location.origin + path)),
          `/me/fairs/${fairId}`,
        ),
      livePatience,
    )
    .toBe(true);
  await returneeContext.setOffline(true);
  try {
    await ticket.reload();
    await see(ticket.getByRole('img', { name: `Mã QR của vé ${ticketCode}` }));
    await see(ticket.getByText(ticketCode, { exact: true }));
  } finally {
    await returneeContext.setOffline(false);
  }
  await ticket.reload();
  await see(ticket.getByRole('heading', { level: 1, name: fair.name }));
  await see(ticket.getByText('Đã vào cửa.', { exact: true }));
  await seeLive(ticket);
});

// ── Journey 2: a walk-in without a phone, at the demo fair ────────────────────────────────────────

const walkIn = journey();

let door: Page;
let demoBoard: Page;
let desk: Page;
let demoFairUrl = '';
let walkInCode = '';
let walkInBooth = 0;
let walkInNumber = 0;
let waitingBefore = 0;

walkIn('the board of the live demo fair is opened with no sign-in; the organiser opens its door screen', async () => {
  [, door] = await newContext();
  await signIn(door, organiserLogin, 'Trang ban tổ chức phiên chợ');
  await door.goto(`${app.url}/fairs`);
  await door.getByRole('link', { name: demoFairName }).first().click();
  await see(door.getByRole('heading', { level: 1, name: demoFairName }));
  demoFairUrl = door.url().replace(/\?.*$/, '');
  await see(door.getByText('Đang diễn ra', { exact: true }).first());

  [, demoBoard] = await newContext();
  await demoBoard.goto(`${demoFairUrl}/board`);
  await see(demoBoard.getByRole('heading', { level: 1, name: demoFairName }));
  await see(demoBoard.getByText('Đang diễn ra', { exact: true }));

  await door.goto(`${demoFairUrl}/door`);
  await see(door.getByRole('heading', { level: 1, name: 'Bàn đón tiếp' }));
});

walkIn('the door registers a walk-in with only a name (no phone) and gives them their code', async () => {
  const form = door.getByRole('region', { name: 'Đăng ký tại chỗ' });
  await form.getByLabel('Họ và tên').fill(walkInName);
  expect(await form.getByLabel('Số điện thoại').inputValue()).toBe('');
  await form.getByRole('button', { name: 'Đăng ký và cho vào cửa' }).click();

  const proxy = door.getByRole('region', { name: 'Xếp hàng giúp người không có điện thoại' });
  const done = proxy.getByRole('status').filter({ hasText: /^Đã đăng ký tại chỗ và xác nhận vào cửa: vé [A-Z0-9]{6}\./ });
  await see(done);
  walkInCode = (await done.textContent())!.match(/vé ([A-Z0-9]{6})\./)![1];
  // Their slip: the ticket's code, no queue yet.
  await see(proxy.getByRole('heading', { level: 3, name: `Phiếu số thứ tự — Vé ${walkInCode}` }));
  await see(proxy.getByText('Chưa xếp hàng ở gian nào.', { exact: true }));
  expect(door.url()).toContain(`code=${walkInCode}`);
});

walkIn(
  'the door queues them by proxy for a job at the workshop’s booth, reading out the consent; the board counts them waiting',
  async () => {
    const proxy = door.getByRole('region', { name: 'Xếp hàng giúp người không có điện thoại' });
    await see(proxy.getByText('Đọc cho người ấy nghe lời đồng ý bên dưới trước khi bấm “Xếp hàng”.'));
    // The workshop's booth: its first job.
    const workshopCard = proxy
      .getByRole('listitem')
      .filter({ has: door.getByRole('heading', { level: 4, name: new RegExp(`— ${workshop}$`) }) });
    const button = workshopCard.getByRole('button', { name: /^Xếp hàng giúp ở gian \d+: “/ }).first();
    const label = (await button.getAttribute('aria-label'))!;
    const [, booth, title] = label.match(/^Xếp hàng giúp ở gian (\d+): “(.+)”$/)!;
    walkInBooth = Number(booth);
    // The words read out to them: the referral's, kept with their application.
    const wording = `Tôi đồng ý để Trung tâm Dịch vụ việc làm gửi họ tên và số điện thoại của tôi cho ${workshop} để ứng tuyển vị trí “${title}”.`;
    expect(await door.locator(`[id="${await button.getAttribute('aria-describedby')}"]`).textContent()).toBe(wording);

    waitingBefore = await waitingAt(demoBoard, walkInBooth);
    await button.click();
    const joined = proxy.getByRole('status').filter({ hasText: new RegExp(`^Đã xếp hàng ở gian ${walkInBooth}: số \\d+\\.$`) });
    await see(joined);
    walkInNumber = Number((await joined.textContent())!.match(/số (\d+)\./)![1]);
    await see(proxy.getByText(`Gian ${walkInBooth} · Số ${walkInNumber}`, { exact: true }));
    await see(proxy.getByText('Theo dõi bảng công khai: khi gian hàng mời số của bạn, hãy đến bàn.'));

    // The board, never reloaded: one more waiting at that booth; their number not called yet.
    await becomes(() => waitingAt(demoBoard, walkInBooth), waitingBefore + 1);
    expect((await nowServing(demoBoard, walkInBooth)).split(', ')).not.toContain(String(walkInNumber));
    expect(await demoBoard.content()).not.toContain(walkInName);
  },
);

walkIn('the booth’s staff call the next people until their number; the board shows it being served', async () => {
  [, desk] = await newContext();
  await signIn(desk, employerAccount.email!, 'Trang doanh nghiệp');
  await desk.goto(`${app.url}/employer/fairs`);
  await desk.getByRole('article', { name: demoFairName, exact: true }).getByRole('link', { name: 'Mở bàn tiếp ứng viên' }).click();
  await see(desk.getByRole('heading', { level: 1, name: `Gian ${walkInBooth} — ${workshop}` }));
  await seeLive(desk);
  // In line as a number; their name shows, as for anyone who applied — the consent read out at the door was kept.
  const card = desk.getByRole('listitem').filter({ hasText: `Số ${walkInNumber}` });
  await see(card.getByText(`Họ tên: ${walkInName}`));
  await expectNothingAboutThePast(desk);

  // Those ahead of them are called first (the demo's own line), then them.
  // The button's form carries the key of the page's last load (a second press of it acts once): each
  // call waits for the page's data read after the one before.
  const callKey = desk.locator('input[name="idempotencyKey"][value$=":c"]');
  let called = 0;
  for (let i = 0; i < 4 && called !== walkInNumber; i++) {
    const key = await callKey.inputValue();
    await desk.getByRole('button', { name: 'Mời người tiếp theo' }).click();
    await expect.poll(() => callKey.inputValue(), patience).not.toBe(key);
    const answer = desk
      .getByRole('status')
      .filter({ hasText: /^Đã mời số \d+ đến bàn \d+\.$/ })
      .filter({ hasNotText: `số ${called} ` });
    await see(answer);
    called = Number((await answer.textContent())!.match(/số (\d+)/)![1]);
  }
  expect(called).toBe(walkInNumber);
  await expectNothingAboutThePast(desk);

  // The board, never reloaded: their number is being served — that is how they learn they are called.
  await expect
    .poll(async () => (await nowServing(demoBoard, walkInBooth)).split(', '), { ...livePatience, interval: 500 })
    .toContain(String(walkInNumber));
  await becomes(() => waitingAt(demoBoard, walkInBooth), 0);
  expect(await demoBoard.content()).not.toContain(walkInName);

  // And the door's slip for their code says where to go.
  await door.goto(`${demoFairUrl}/door?code=${walkInCode}`);
  await see(door.getByText(new RegExp(`^Đang được mời: đến gian ${walkInBooth}, bàn \\d$`)));
});
