// Demo data for trying the app: one account per role (DESIGN.md §5) and a small, realistic job market
// in Quảng Ngãi (with the former Kon Tum) and Bắc Ninh (with the former Bắc Giang), with a live job
// fair in Quảng Ngãi (demo-fair.ts). No offence data.
import { translate } from '#app/i18n/i18n.ts';
import { vietnamDate } from '#lib/dates.ts';
import { recordCaseEvent, type CaseEventInput, type CaseEventKind } from '#app/services/audit/case-events.server.ts';
import { rebuildIndicatorFacts, withIndicatorFacts } from '#app/services/indicators/facts-store.server.ts';
import { cardConsentWordingKey } from '#app/services/caseload/rules.ts';
import { createPlan, formerProvincesOf, planSchema } from '#app/services/indicators/plans.server.ts';
import { eq } from 'drizzle-orm';
import type { Db } from '#db/client.ts';
import { seedDemoFair } from './demo-fair.ts';
import { seedIndicatorHistory } from './demo-indicators.ts';
import { makeJob, makeOrganisation, makeReturnee, makeTrainingSlot, makeUser } from './factories.ts';
import {
  consents,
  counsellingNotes,
  jobCentres,
  occupations,
  returneeCertificates,
  returneeWorkHistory,
  users,
  type needs,
  type Role,
  type workTypes,
} from '#db/schema.ts';

export const demoPassword = 'phienchotinhnguoi';

export const demoAccounts: { role: Role; email?: string; phone?: string; fullName: string }[] = [
  { role: 'administrator', email: 'admin@demo.vn', fullName: 'Nguyễn Thị Thanh Hương' },
  // The phone is her work number, shown to the people she looks after.
  { role: 'counsellor', email: 'canbo@demo.vn', phone: '0905123456', fullName: 'Lê Thị Mai Phương' },
  { role: 'employer', email: 'doanhnghiep@demo.vn', fullName: 'Võ Đình Phúc' },
  { role: 'organiser', email: 'bantochuc@demo.vn', fullName: 'Huỳnh Thị Kim Oanh' },
  { role: 'returnee', phone: '0900000001', fullName: 'Phan Văn Tâm' },
];

/** The counsellor for the Bắc Ninh caseload; not a headline demo login, so not in demoAccounts. */
const bacNinhCounsellor = { email: 'canbo.bacninh@demo.vn', phone: '0912654321', fullName: 'Ngô Quang Huy' };

/** The job centres of the two demo provinces: where their people go and whom they call. */
const jobCentreSeeds: (typeof jobCentres.$inferInsert)[] = [
  {
    provinceCode: '51',
    name: 'Trung tâm Dịch vụ việc làm tỉnh Quảng Ngãi',
    address: '186 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi',
    phone: '0255 3 822 250',
    email: 'vieclam@quangngai.demo.vn',
    openingHours: 'Thứ Hai – Thứ Sáu, 7:00–11:30 và 13:30–17:00',
  },
  {
    provinceCode: '24',
    name: 'Trung tâm Dịch vụ việc làm tỉnh Bắc Ninh',
    address: '12 Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh',
    phone: '0222 3 822 468',
    email: 'vieclam@bacninh.demo.vn',
    openingHours: 'Thứ Hai – Thứ Sáu, 7:30–11:30 và 13:30–17:00',
  },
];

const dayMs = 86_400_000;
/** 'YYYY-MM-DD' in Vietnam time, `offset` days from today: demo postings stay open whenever seeded. */
const day = (offset: number) => vietnamDate(offset);

function describe(work: string[], benefits: string[], requirements: string[]) {
  const section = (title: string, lines: string[]) => [title, ...lines.map((l) => `- ${l}`)].join('\n');
  return [section('Mô tả công việc:', work), section('Quyền lợi:', benefits), section('Yêu cầu:', requirements)].join('\n\n');
}

// ── Organisations ─────────────────────────────────────────────────────────────────────────────────

type OrganisationSeed = Omit<NonNullable<Parameters<typeof makeOrganisation>[1]>, 'id'>;

const organisationSeeds = {
  coKhi: {
    name: 'Công ty TNHH Cơ khí Đăk Bla',
    taxCode: '9906100141',
    sector: 'Cơ khí – kết cấu thép, sửa chữa xe',
    provinceCode: '51',
    communeCode: '23302',
    address: 'Tổ dân phố 6, phường Đăk Bla, tỉnh Quảng Ngãi',
    contactName: 'Võ Đình Phúc',
    contactPhone: '0905214386',
    contactEmail: 'tuyendung.cokhidakbla@demo.vn',
    hiringStatement:
      'Xưởng chúng tôi tin mỗi người đều xứng đáng có cơ hội làm lại. Ai chịu khó học nghề sẽ được thợ cả kèm cặp tận tình và được đối xử công bằng như mọi anh em trong xưởng.',
  },
  nongNghiep: {
    name: 'Công ty Cổ phần Nông nghiệp Cao su – Cà phê Đăk Hà Xanh',
    taxCode: '9906100258',
    sector: 'Nông nghiệp – trồng và khai thác cao su, cà phê',
    provinceCode: '51',
    communeCode: '23500',
    address: 'Thôn 3, xã Đăk Hà, tỉnh Quảng Ngãi',
    contactName: 'A Sang',
    contactPhone: '0914362057',
    contactEmail: 'nhansu.dakhaxanh@demo.vn',
    hiringStatement:
      'Vườn cây cần những đôi tay chăm chỉ. Chúng tôi chào đón mọi người muốn bắt đầu lại, có chỗ ở tại nông trường và được hướng dẫn kỹ thuật từ ngày đầu.',
  },
  xayDung: {
    name: 'Công ty TNHH Xây dựng và Nội thất Tân Thành Lộc',
    taxCode: '9904300372',
    sector: 'Xây dựng dân dụng – nội thất',
    provinceCode: '51',
    communeCode: '21172',
    address: 'Số 218 đường Trường Chinh, phường Trương Quang Trọng, tỉnh Quảng Ngãi',
    contactName: 'Trần Văn Lộc',
    contactPhone: '0935478120',
    contactEmail: 'tuyendung.tanthanhloc@demo.vn',
    hiringStatement:
      'Công trình nào cũng bắt đầu từ viên gạch đầu tiên. Chúng tôi nhìn vào sự chăm chỉ và tay nghề hôm nay; người mới vào nghề được thợ chính kèm cặp.',
  },
  thuySan: {
    name: 'Công ty Cổ phần Thủy sản Biển Xanh Dung Quất',
    taxCode: '9904300419',
    sector: 'Chế biến thủy sản',
    provinceCode: '51',
    communeCode: '21061',
    address: 'Khu công nghiệp phía Đông Dung Quất, xã Vạn Tường, tỉnh Quảng Ngãi',
    contactName: 'Nguyễn Thị Bích Ngọc',
    contactPhone: '0982136745',
    contactEmail: 'nhansu.bienxanhdq@demo.vn',
    hiringStatement:
      'Nhà máy cam kết một môi trường làm việc tôn trọng và công bằng: người mới được đào tạo tại chỗ, có xe đưa đón và cơ hội lên tổ trưởng sau một năm gắn bó.',
  },
  detMay: {
    name: 'Công ty Cổ phần May mặc Ánh Dương Việt Yên',
    taxCode: '9902400526',
    sector: 'Dệt may',
    provinceCode: '24',
    communeCode: '07774',
    address: 'Cụm công nghiệp Việt Tiến, phường Tự Lạn, tỉnh Bắc Ninh',
    contactName: 'Đào Thị Thu Trang',
    contactPhone: '0977241583',
    contactEmail: 'tuyendung.anhduong@demo.vn',
    hiringStatement:
      'Mỗi người đến với chúng tôi đều bắt đầu từ một trang mới: được dạy nghề may miễn phí, có bữa ăn ca, xe đưa đón và một tập thể sẵn lòng giúp đỡ.',
  },
  logistics: {
    name: 'Công ty TNHH Logistics Kinh Bắc Xanh',
    taxCode: '9902400633',
    sector: 'Logistics – kho vận',
    provinceCode: '24',
    communeCode: '09265',
    address: 'Lô C4, Khu công nghiệp Quế Võ, phường Phương Liễu, tỉnh Bắc Ninh',
    contactName: 'Phạm Đức Thắng',
    contactPhone: '0966815302',
    contactEmail: 'hr.kinhbacxanh@demo.vn',
    hiringStatement:
      'Chúng tôi tuyển người bằng thái độ làm việc. Ai đúng giờ, cẩn thận và muốn gắn bó đều có chỗ đứng và lộ trình tăng lương rõ ràng.',
  },
  nongSan: {
    name: 'Công ty TNHH Chế biến Nông sản Vải thiều Lục Ngạn',
    taxCode: '9902400740',
    sector: 'Chế biến nông sản',
    provinceCode: '24',
    communeCode: '07582',
    address: 'Thôn Đồng Cốc, xã Lục Ngạn, tỉnh Bắc Ninh',
    contactName: 'Giáp Văn Trường',
    contactPhone: '0948527369',
    contactEmail: 'lienhe.vaithieuln@demo.vn',
    hiringStatement: 'Chúng tôi sẵn sàng nhận lao động địa phương muốn có việc làm ổn định trong mùa vải và quanh năm tại xưởng sấy.',
    verificationStatus: 'pending',
    verifiedAt: null,
  },
  truongCaoDang: {
    kind: 'training_provider',
    name: 'Trường Cao đẳng Kỹ thuật và Công nghệ Thiên Ấn',
    taxCode: '9904300857',
    sector: 'Giáo dục nghề nghiệp',
    provinceCode: '51',
    communeCode: '21028',
    address: 'Số 35 đường Nguyễn Công Phương, phường Nghĩa Lộ, tỉnh Quảng Ngãi (phân hiệu tại phường Đăk Bla)',
    contactName: 'ThS. Bùi Văn Khánh',
    contactPhone: '0255383614',
    contactEmail: 'tuyensinh.thienan@demo.vn',
    hiringStatement: 'Nhà trường miễn học phí các lớp sơ cấp cho người đang cần việc làm và giới thiệu việc làm ngay sau khóa học.',
  },
  trungTamGdnn: {
    kind: 'training_provider',
    name: 'Trung tâm Giáo dục nghề nghiệp Sông Thương',
    taxCode: '9902400964',
    sector: 'Giáo dục nghề nghiệp',
    provinceCode: '24',
    communeCode: '07228',
    address: 'Số 12 đường Hùng Vương, phường Đa Mai, tỉnh Bắc Ninh',
    contactName: 'Thân Thị Ngọc Ánh',
    contactPhone: '0204385427',
    contactEmail: 'daotao.songthuong@demo.vn',
    hiringStatement:
      'Trung tâm mở các lớp nghề ngắn hạn gắn với đơn đặt hàng của doanh nghiệp trong các khu công nghiệp, học xong có việc làm.',
  },
} satisfies Record<string, OrganisationSeed>;

type OrganisationKey = keyof typeof organisationSeeds;

// ── Jobs ──────────────────────────────────────────────────────────────────────────────────────────

type JobSeed = Omit<Parameters<typeof makeJob>[1], 'organisationId'> & {
  organisation: OrganisationKey;
  occupationCode: string;
  /** A name other seed rows use to point at this job. */
  ref?: string;
};

const standardRequirements = 'Sức khỏe tốt, chăm chỉ, có tinh thần học hỏi';

function jobSeeds(): JobSeed[] {
  const publishedLongAgo = new Date(Date.now() - 60 * dayMs);
  return [
    // Cơ khí Đăk Bla (the demo employer's workshop)
    {
      ref: 'welder-arc',
      organisation: 'coKhi',
      occupationCode: 'welder',
      title: 'Thợ hàn điện (hàn hồ quang tay)',
      description: describe(
        [
          'Hàn kết cấu thép nhà xưởng, khung kèo, cổng rào theo bản vẽ',
          'Cắt, mài, vệ sinh mối hàn',
          'Giữ gìn máy hàn và dụng cụ của xưởng',
        ],
        [
          'Lương theo tay nghề, xét tăng lương sau 3 tháng',
          'Bao cơm trưa, cấp quần áo và đồ bảo hộ',
          'Được thợ cả kèm cặp, học thêm hàn MIG',
        ],
        ['Biết hàn que cơ bản; chưa vững nghề sẽ được hướng dẫn thêm', standardRequirements],
      ),
      openings: 3,
      wageMin: 9_000_000,
      wageMax: 12_000_000,
      workType: 'full_time',
      provinceCode: '51',
      communeCode: '23302',
      address: 'Xưởng Cơ khí Đăk Bla, tổ dân phố 6, phường Đăk Bla, tỉnh Quảng Ngãi',
      latitude: 14.348,
      longitude: 108.021,
      providesMeals: true,
      providesTraining: true,
      providesWorkClothes: true,
      startDate: day(10),
      closingDate: day(45),
    },
    {
      organisation: 'coKhi',
      occupationCode: 'welder',
      title: 'Thợ hàn MIG/CO2 kết cấu thép',
      description: describe(
        [
          'Hàn MIG/CO2 dầm, cột thép tại xưởng và công trình trong tỉnh',
          'Đọc bản vẽ, lấy dấu, gá phôi',
          'Phối hợp với tổ lắp dựng khi thi công',
        ],
        ['Phụ cấp công trình 150.000 đồng/ngày khi đi xa', 'Cấp đồ bảo hộ, đóng bảo hiểm đầy đủ', 'Thưởng theo tiến độ công trình'],
        ['Hàn MIG/CO2 được ở vị trí bằng và đứng', 'Đọc được bản vẽ kết cấu cơ bản'],
      ),
      openings: 2,
      wageMin: 10_000_000,
      wageMax: 13_500_000,
      workType: 'full_time',
      provinceCode: '51',
      communeCode: '23284',
      address: 'Công trường nhà xưởng, phường Đăk Cấm, tỉnh Quảng Ngãi',
      latitude: 14.386,
      longitude: 107.994,
      providesWorkClothes: true,
      providesTravel: true,
      minSchooling: 'lower_secondary',
      startDate: day(14),
      closingDate: day(60),
    },
    {
      organisation: 'coKhi',
      occupationCode: 'welder',
      title: 'Học việc thợ hàn (được đào tạo tại xưởng)',
      description: describe(
        ['Phụ thợ chính cắt phôi, mài mối hàn, vận chuyển vật tư', 'Học hàn que và hàn MIG theo lộ trình 3 tháng'],
        ['Có lương ngay trong thời gian học việc', 'Bao cơm trưa, cấp đồ bảo hộ', 'Lên thợ chính khi đạt tay nghề'],
        ['Không cần kinh nghiệm', standardRequirements],
      ),
      openings: 2,
      wageMin: 6_500_000,
      wageMax: 7_500_000,
      workType: 'full_time',
      provinceCode: '51',
      communeCode: '23302',
      address: 'Xưởng Cơ khí Đăk Bla, tổ dân phố 6, phường Đăk Bla, tỉnh Quảng Ngãi',
      latitude: 14.348,
      longitude: 108.021,
      providesMeals: true,
      providesTraining: true,
      providesWorkClothes: true,
      startDate: day(30),
      closingDate: day(75),
      status: 'draft',
      publishedAt: null,
    },
    {
      organisation: 'coKhi',
      occupationCode: 'motorbike-mechanic',
      title: 'Thợ sửa chữa xe máy',
      description: describe(
        [
          'Bảo dưỡng, thay nhớt, vệ sinh nồi, thay bugi',
          'Sửa chữa động cơ, hệ thống điện xe số và xe tay ga',
          'Tư vấn cho khách về tình trạng xe',
        ],
        ['Lương cứng cộng phần trăm công sửa', 'Bao cơm trưa', 'Được học thêm sửa xe phun xăng điện tử (FI)'],
        ['Đã biết bảo dưỡng xe máy cơ bản', 'Trung thực, vui vẻ với khách'],
      ),
      openings: 1,
      wageMin: 7_000_000,
      wageMax: 10_000_000,
      workType: 'full_time',
      provinceCode: '51',
      communeCode: '23293',
      address: 'Cửa hàng sửa xe của xưởng, phường Kon Tum, tỉnh Quảng Ngãi',
      latitude: 14.354,
      longitude: 108.004,
      providesMeals: true,
      providesTraining: true,
      startDate: day(7),
      closingDate: day(40),
    },

    // Nông nghiệp Đăk Hà Xanh
    {
      organisation: 'nongNghiep',
      occupationCode: 'rubber-tapper',
      title: 'Công nhân cạo mủ cao su',
      description: describe(
        [
          'Cạo mủ theo phần cây được giao (khoảng 500–600 cây/phần)',
          'Trút mủ, thu gom và giao mủ về trạm',
          'Chăm sóc vườn cây, phát dọn thực bì',
        ],
        [
          'Được đào tạo kỹ thuật cạo mủ 3 tuần trước khi nhận phần cây',
          'Có nhà ở tập thể tại nông trường, cấp dao cạo, đèn đội đầu, quần áo',
          'Thưởng sản lượng hằng tháng',
        ],
        ['Quen làm ca sáng sớm (bắt đầu từ 3–4 giờ)', standardRequirements],
      ),
      openings: 15,
      wageMin: 7_000_000,
      wageMax: 9_500_000,
      workType: 'full_time',
      provinceCode: '51',
      communeCode: '23326',
      address: 'Nông trường cao su Ia Chim, xã Ia Chim, tỉnh Quảng Ngãi',
      latitude: 14.301,
      longitude: 107.927,
      providesLodging: true,
      providesTraining: true,
      providesWorkClothes: true,
      startDate: day(21),
      closingDate: day(70),
    },
    {
      organisation: 'nongNghiep',
      occupationCode: 'coffee-worker',
      title: 'Công nhân thu hái cà phê mùa vụ',
      description: describe(
        ['Thu hái cà phê chín, phân loại quả xanh, quả chín', 'Vận chuyển bao cà phê về sân phơi', 'Phơi, đảo cà phê theo hướng dẫn'],
        ['Trả công theo ký quả, ứng lương mỗi tuần', 'Bao ăn trưa, có chỗ ở tại lô cho người ở xa'],
        ['Làm được việc nặng ngoài trời', 'Không cần kinh nghiệm'],
      ),
      openings: 30,
      wageMin: 6_500_000,
      wageMax: 9_000_000,
      workType: 'seasonal',
      provinceCode: '51',
      communeCode: '23512',
      address: 'Đội sản xuất số 2, xã Đăk Mar, tỉnh Quảng Ngãi',
      latitude: 14.478,
      longitude: 107.962,
      providesMeals: true,
      providesLodging: true,
      startDate: day(7),
      closingDate: day(30),
    },
    {
      organisation: 'nongNghiep',
      occupationCode: 'coffee-worker',
      title: 'Công nhân chăm sóc vườn cà phê',
      description: describe(
        ['Tỉa cành, tạo tán, bón phân, tưới nước cho cà phê', 'Ghép chồi cải tạo vườn theo kế hoạch của đội'],
        ['Có chỗ ở tập thể, được cấp dụng cụ và quần áo làm việc'],
        [standardRequirements],
      ),
      openings: 4,
      wageMin: 6_500_000,
      wageMax: 8_000_000,
      workType: 'full_time',
      provinceCode: '51',
      communeCode: '23510',
      address: 'Đội sản xuất số 5, xã Đăk Ui, tỉnh Quảng Ngãi',
      latitude: 14.583,
      longitude: 108.012,
      providesLodging: true,
      providesWorkClothes: true,
      startDate: day(-20),
      closingDate: day(-27),
      status: 'filled',
      publishedAt: publishedLongAgo,
    },

    // Xây dựng và Nội thất Tân Thành Lộc
    {
      organisation: 'xayDung',
      occupationCode: 'construction-labourer',
      title: 'Lao động phổ thông xây dựng (phụ hồ)',
      description: describe(
        ['Vận chuyển gạch, cát, xi măng trên công trường', 'Trộn vữa, trộn bê tông bằng máy trộn', 'Dọn dẹp công trường cuối ngày'],
        ['Lương trả theo ngày công, thanh toán 2 lần/tháng', 'Bao cơm trưa tại công trường', 'Được học lên thợ xây nếu muốn'],
        ['Không cần kinh nghiệm', standardRequirements],
      ),
      openings: 8,
      wageMin: 7_000_000,
      wageMax: 8_500_000,
      workType: 'full_time',
      provinceCode: '51',
      communeCode: '21172',
      address: 'Công trình khu dân cư Tịnh Ấn Tây, phường Trương Quang Trọng, tỉnh Quảng Ngãi',
      latitude: 15.156,
      longitude: 108.789,
      providesMeals: true,
      providesWorkClothes: true,
      startDate: day(7),
      closingDate: day(35),
    },
    {
      organisation: 'xayDung',
      occupationCode: 'construction-labourer',
      title: 'Phụ hồ công trình nhà nghỉ tại Măng Đen',
      description: describe(
        ['Phụ thợ xây, thợ cốp pha tại công trình nhà nghỉ', 'Vận chuyển vật liệu, trộn vữa, dọn vệ sinh công trường'],
        ['Có lán ở miễn phí tại công trình, bao ăn 3 bữa', 'Hỗ trợ tiền xe lên công trình và về quê dịp lễ'],
        ['Chịu được khí hậu lạnh vùng cao', standardRequirements],
      ),
      openings: 6,
      wageMin: 7_500_000,
      wageMax: 9_000_000,
      workType: 'seasonal',
      provinceCode: '51',
      communeCode: '23473',
      address: 'Công trình nhà nghỉ sinh thái, xã Măng Đen, tỉnh Quảng Ngãi',
      latitude: 14.606,
      longitude: 108.278,
      providesMeals: true,
      providesLodging: true,
      providesTravel: true,
      startDate: day(12),
      closingDate: day(50),
    },
    {
      organisation: 'xayDung',
      occupationCode: 'bricklayer',
      title: 'Thợ xây, thợ trát (thợ nề)',
      description: describe(
        ['Xây tường gạch, trát tường, trát trần nhà ở dân dụng', 'Ốp lát gạch nền, gạch tường', 'Đọc bản vẽ, căng dây lấy mốc'],
        ['Lương theo tay nghề, trả theo ngày công', 'Bao cơm trưa, cấp quần áo bảo hộ', 'Việc đều quanh năm tại thành phố'],
        ['Có tay nghề xây trát từ 1 năm trở lên'],
      ),
      openings: 4,
      wageMin: 9_500_000,
      wageMax: 13_000_000,
      workType: 'full_time',
      provinceCode: '51',
      communeCode: '21028',
      address: 'Các công trình nhà ở tại phường Nghĩa Lộ, tỉnh Quảng Ngãi',
      latitude: 15.116,
      longitude: 108.815,
      providesMeals: true,
      providesWorkClothes: true,
      startDate: day(10),
      closingDate: day(55),
    },
    {
      organisation: 'xayDung',
      occupationCode: 'building-electrician',
      title: 'Thợ điện dân dụng công trình',
      description: describe(
        [
          'Đi dây điện âm tường, lắp đèn, ổ cắm, công tắc',
          'Lắp đặt tủ điện, aptomat cho nhà ở và văn phòng',
          'Kiểm tra, sửa chữa sự cố điện sau bàn giao',
        ],
        ['Cấp dụng cụ và đồ bảo hộ cách điện', 'Hỗ trợ học chứng chỉ an toàn điện', 'Thưởng hoàn thành công trình'],
        ['Biết đi dây điện dân dụng', 'Hiểu các quy tắc an toàn điện'],
      ),
      openings: 2,
      wageMin: 9_000_000,
      wageMax: 12_000_000,
      workType: 'full_time',
      provinceCode: '51',
      communeCode: '21025',
      address: 'Văn phòng công trình, phường Cẩm Thành, tỉnh Quảng Ngãi',
      latitude: 15.121,
      longitude: 108.805,
      providesTraining: true,
      providesWorkClothes: true,
      minSchooling: 'lower_secondary',
      startDate: day(14),
      closingDate: day(60),
    },
    {
      organisation: 'xayDung',
      occupationCode: 'furniture-carpenter',
      title: 'Thợ mộc đồ gỗ nội thất',
      description: describe(
        ['Gia công tủ bếp, tủ áo, giường bằng gỗ tự nhiên và ván MFC', 'Chà nhám, sơn PU hoàn thiện', 'Lắp đặt đồ gỗ tại nhà khách hàng'],
        ['Xưởng rộng, có máy cưa bàn trượt, máy dán cạnh', 'Bao cơm trưa, thưởng theo sản phẩm'],
        ['Biết sử dụng máy cưa, máy bào, máy khoan cầm tay'],
      ),
      openings: 2,
      wageMin: 8_500_000,
      wageMax: 12_000_000,
      workType: 'full_time',
      provinceCode: '51',
      communeCode: '21211',
      address: 'Xưởng nội thất Tân Thành Lộc, xã Tịnh Khê, tỉnh Quảng Ngãi',
      latitude: 15.178,
      longitude: 108.866,
      providesMeals: true,
      startDate: day(9),
      closingDate: day(50),
    },

    // Thủy sản Biển Xanh Dung Quất
    {
      organisation: 'thuySan',
      occupationCode: 'seafood-processor',
      title: 'Công nhân chế biến thủy sản (sơ chế, phân cỡ)',
      description: describe(
        ['Sơ chế cá, mực, tôm theo công đoạn trên dây chuyền', 'Phân cỡ, phân loại nguyên liệu', 'Giữ vệ sinh khu vực làm việc theo HACCP'],
        ['Làm theo ca, phụ cấp ca đêm 30%', 'Bao ăn giữa ca, cấp đồng phục và ủng, găng tay', 'Xe đưa đón từ trung tâm xã Bình Sơn'],
        ['Không cần kinh nghiệm, được đào tạo 1 tuần', standardRequirements],
      ),
      openings: 20,
      wageMin: 7_000_000,
      wageMax: 9_500_000,
      workType: 'shift',
      provinceCode: '51',
      communeCode: '21061',
      address: 'Nhà máy Biển Xanh, Khu công nghiệp phía Đông Dung Quất, xã Vạn Tường, tỉnh Quảng Ngãi',
      latitude: 15.385,
      longitude: 108.781,
      providesMeals: true,
      providesTravel: true,
      providesTraining: true,
      providesWorkClothes: true,
      startDate: day(8),
      closingDate: day(40),
    },
    {
      organisation: 'thuySan',
      occupationCode: 'seafood-processor',
      title: 'Công nhân cấp đông, xếp khuôn',
      description: describe(
        ['Xếp khuôn, đưa hàng vào tủ cấp đông', 'Đóng thùng, chuyển hàng vào kho lạnh'],
        ['Phụ cấp làm việc trong môi trường lạnh', 'Bao ăn giữa ca, cấp đồ bảo hộ giữ ấm'],
        [standardRequirements],
      ),
      openings: 5,
      wageMin: 7_500_000,
      wageMax: 9_000_000,
      workType: 'shift',
      provinceCode: '51',
      communeCode: '21061',
      address: 'Nhà máy Biển Xanh, Khu công nghiệp phía Đông Dung Quất, xã Vạn Tường, tỉnh Quảng Ngãi',
      latitude: 15.385,
      longitude: 108.781,
      providesMeals: true,
      providesWorkClothes: true,
      startDate: day(-40),
      closingDate: day(-5),
      status: 'closed',
      publishedAt: publishedLongAgo,
    },
    {
      organisation: 'thuySan',
      occupationCode: 'kitchen-helper',
      title: 'Phụ bếp bếp ăn tập thể',
      description: describe(
        ['Sơ chế rau, củ, thịt, cá cho bếp ăn 500 suất/ca', 'Rửa dụng cụ, vệ sinh khu bếp', 'Chia suất ăn cho công nhân'],
        ['Bao ăn, cấp tạp dề và đồng phục bếp', 'Làm ca ngày, nghỉ 4 ngày/tháng'],
        ['Sạch sẽ, nhanh nhẹn', 'Có giấy khám sức khỏe trước khi nhận việc'],
      ),
      openings: 3,
      wageMin: 6_500_000,
      wageMax: 7_500_000,
      workType: 'full_time',
      provinceCode: '51',
      communeCode: '21061',
      address: 'Bếp ăn nhà máy Biển Xanh, xã Vạn Tường, tỉnh Quảng Ngãi',
      latitude: 15.385,
      longitude: 108.781,
      providesMeals: true,
      providesWorkClothes: true,
      startDate: day(7),
      closingDate: day(35),
    },
    {
      organisation: 'thuySan',
      occupationCode: 'cook',
      title: 'Đầu bếp bếp ăn công nghiệp',
      description: describe(
        [
          'Nấu các món ăn Việt cho bếp ăn công nhân',
          'Lên thực đơn tuần cùng tổ trưởng bếp',
          'Kiểm tra nguyên liệu đầu vào, lưu mẫu thức ăn',
        ],
        ['Bao ăn, cấp đồng phục bếp', 'Thưởng tháng theo đánh giá của công nhân'],
        ['Đã nấu bếp ăn tập thể hoặc nhà hàng từ 1 năm', 'Nắm quy định vệ sinh an toàn thực phẩm'],
      ),
      openings: 1,
      wageMin: 9_000_000,
      wageMax: 11_000_000,
      workType: 'full_time',
      provinceCode: '51',
      communeCode: '21040',
      address: 'Bếp trung tâm, xã Bình Sơn, tỉnh Quảng Ngãi',
      latitude: 15.298,
      longitude: 108.762,
      providesMeals: true,
      providesWorkClothes: true,
      startDate: day(15),
      closingDate: day(50),
    },
    {
      organisation: 'thuySan',
      occupationCode: 'security-guard',
      title: 'Nhân viên bảo vệ nhà máy',
      description: describe(
        ['Kiểm soát người và xe ra vào cổng nhà máy', 'Tuần tra khu vực kho lạnh, bãi xe', 'Ghi sổ giao ca, báo cáo sự việc'],
        ['Làm ca 12 tiếng, xoay ca hằng tuần', 'Cấp đồng phục, bao ăn giữa ca'],
        ['Bổ sung hồ sơ theo quy định của ngành dịch vụ bảo vệ trước khi nhận việc', 'Tỉnh táo, có trách nhiệm'],
      ),
      openings: 2,
      wageMin: 7_000_000,
      wageMax: 8_500_000,
      workType: 'shift',
      provinceCode: '51',
      communeCode: '21061',
      address: 'Nhà máy Biển Xanh, Khu công nghiệp phía Đông Dung Quất, xã Vạn Tường, tỉnh Quảng Ngãi',
      latitude: 15.385,
      longitude: 108.781,
      providesMeals: true,
      providesWorkClothes: true,
      recordCheck: true,
      startDate: day(10),
      closingDate: day(45),
    },

    // May mặc Ánh Dương Việt Yên
    {
      organisation: 'detMay',
      occupationCode: 'sewing-machine-operator',
      title: 'Công nhân may công nghiệp',
      description: describe(
        [
          'May ráp chi tiết áo sơ mi, áo jacket theo công đoạn trên chuyền',
          'Vận hành máy 1 kim, máy vắt sổ',
          'Tự kiểm tra chất lượng đường may',
        ],
        [
          'Lương sản phẩm, thu nhập tăng theo tay nghề',
          'Bao ăn ca, xe đưa đón các tuyến Bắc Giang – Việt Yên',
          'Đóng bảo hiểm đầy đủ, thưởng chuyên cần',
        ],
        ['Biết may máy công nghiệp; chưa biết được đào tạo 1 tháng có lương', standardRequirements],
      ),
      openings: 25,
      wageMin: 8_000_000,
      wageMax: 12_000_000,
      workType: 'full_time',
      provinceCode: '24',
      communeCode: '07774',
      address: 'Cụm công nghiệp Việt Tiến, phường Tự Lạn, tỉnh Bắc Ninh',
      latitude: 21.282,
      longitude: 106.068,
      providesMeals: true,
      providesTravel: true,
      providesTraining: true,
      minSchooling: 'primary',
      startDate: day(7),
      closingDate: day(60),
    },
    {
      organisation: 'detMay',
      occupationCode: 'sewing-machine-operator',
      title: 'Công nhân may tại xưởng vệ tinh Lục Ngạn (nhận người chưa biết nghề)',
      description: describe(
        ['May các công đoạn đơn giản: may túi, may cạp, vắt sổ', 'Học nghề tại xưởng dưới sự hướng dẫn của tổ trưởng'],
        ['Đào tạo miễn phí, có lương trong thời gian học', 'Làm gần nhà, bao ăn trưa'],
        ['Không cần kinh nghiệm'],
      ),
      openings: 15,
      wageMin: 6_500_000,
      wageMax: 9_500_000,
      workType: 'full_time',
      provinceCode: '24',
      communeCode: '07582',
      address: 'Xưởng may vệ tinh, xã Lục Ngạn, tỉnh Bắc Ninh',
      latitude: 21.398,
      longitude: 106.521,
      providesMeals: true,
      providesTraining: true,
      startDate: day(20),
      closingDate: day(80),
    },
    {
      organisation: 'detMay',
      occupationCode: 'kitchen-helper',
      title: 'Phụ bếp bếp ăn công nhân may',
      description: describe(
        ['Sơ chế thực phẩm, nấu cơm, chia suất ăn ca', 'Vệ sinh bếp và nhà ăn'],
        ['Bao ăn, làm giờ hành chính'],
        ['Sạch sẽ, cẩn thận'],
      ),
      openings: 2,
      wageMin: 6_500_000,
      wageMax: 7_500_000,
      workType: 'part_time',
      provinceCode: '24',
      communeCode: '07774',
      address: 'Nhà ăn Công ty Ánh Dương, phường Tự Lạn, tỉnh Bắc Ninh',
      latitude: 21.282,
      longitude: 106.068,
      providesMeals: true,
      startDate: day(25),
      closingDate: day(70),
      status: 'draft',
      publishedAt: null,
    },

    // Logistics Kinh Bắc Xanh
    {
      organisation: 'logistics',
      occupationCode: 'forklift-operator',
      title: 'Lái xe nâng kho hàng KCN Quế Võ',
      description: describe(
        ['Vận hành xe nâng điện, xe nâng dầu bốc xếp pallet', 'Xếp hàng lên kệ cao theo vị trí trên hệ thống', 'Kiểm tra xe nâng đầu ca'],
        ['Làm 3 ca xoay vòng, phụ cấp ca đêm', 'Bao ăn ca, cấp đồng phục, giày bảo hộ', 'Thưởng quý theo năng suất'],
        ['Có chứng chỉ vận hành xe nâng', 'Cẩn thận, tuân thủ an toàn'],
      ),
      openings: 4,
      wageMin: 9_000_000,
      wageMax: 12_000_000,
      workType: 'shift',
      provinceCode: '24',
      communeCode: '09265',
      address: 'Lô C4, Khu công nghiệp Quế Võ, phường Phương Liễu, tỉnh Bắc Ninh',
      latitude: 21.153,
      longitude: 106.139,
      providesMeals: true,
      providesWorkClothes: true,
      requiredCertificate: 'Chứng chỉ vận hành xe nâng',
      startDate: day(10),
      closingDate: day(45),
    },
    {
      organisation: 'logistics',
      occupationCode: 'warehouse-clerk',
      title: 'Nhân viên kho (nhập – xuất hàng)',
      description: describe(
        [
          'Kiểm đếm, nhập – xuất hàng theo chứng từ',
          'Quét mã vạch, cập nhật số liệu trên phần mềm kho',
          'Kiểm kê định kỳ, sắp xếp kho theo 5S',
        ],
        ['Bao ăn ca, xe đưa đón từ trung tâm Bắc Giang', 'Được đào tạo phần mềm quản lý kho'],
        ['Biết sử dụng máy tính cơ bản, Excel là lợi thế'],
      ),
      openings: 3,
      wageMin: 8_000_000,
      wageMax: 10_000_000,
      workType: 'shift',
      provinceCode: '24',
      communeCode: '07795',
      address: 'Kho Kinh Bắc Xanh, Khu công nghiệp Quang Châu, phường Nếnh, tỉnh Bắc Ninh',
      latitude: 21.211,
      longitude: 106.098,
      providesMeals: true,
      providesTravel: true,
      providesTraining: true,
      minSchooling: 'upper_secondary',
      startDate: day(14),
      closingDate: day(60),
    },
    {
      organisation: 'logistics',
      occupationCode: 'truck-driver',
      title: 'Tài xế xe tải (bằng C) tuyến Bắc Ninh – Hải Phòng',
      description: describe(
        [
          'Lái xe tải 8 tấn chở hàng từ kho KCN Quế Võ đi cảng Hải Phòng',
          'Kiểm tra xe hằng ngày, chằng buộc hàng',
          'Giao nhận chứng từ vận chuyển',
        ],
        ['Lương cứng cộng phụ cấp theo chuyến', 'Công ty chi trả phí cầu đường, nhiên liệu', 'Đóng bảo hiểm đầy đủ'],
        ['Có giấy phép lái xe hạng C còn hạn', 'Lái xe an toàn, nắm tuyến đường miền Bắc là lợi thế'],
      ),
      openings: 2,
      wageMin: 12_000_000,
      wageMax: 16_000_000,
      workType: 'full_time',
      provinceCode: '24',
      communeCode: '09265',
      address: 'Lô C4, Khu công nghiệp Quế Võ, phường Phương Liễu, tỉnh Bắc Ninh',
      latitude: 21.153,
      longitude: 106.139,
      drivingLicenceClass: 'C',
      minSchooling: 'lower_secondary',
      startDate: day(12),
      closingDate: day(50),
    },
    {
      organisation: 'logistics',
      occupationCode: 'delivery-rider',
      title: 'Nhân viên giao hàng xe máy (shipper) khu vực Bắc Giang',
      description: describe(
        ['Nhận hàng tại bưu cục, giao tận tay khách trong nội thành', 'Thu tiền hộ (COD) và đối soát cuối ngày'],
        ['Thu nhập theo đơn, trung bình 60–80 đơn/ngày', 'Hỗ trợ xăng xe và điện thoại', 'Cấp áo đồng phục, thùng hàng'],
        ['Có giấy phép lái xe hạng A1 và xe máy riêng', 'Dùng được điện thoại thông minh'],
      ),
      openings: 10,
      wageMin: 8_000_000,
      wageMax: 12_000_000,
      workType: 'full_time',
      provinceCode: '24',
      communeCode: '07210',
      address: 'Bưu cục Kinh Bắc Xanh, phường Bắc Giang, tỉnh Bắc Ninh',
      latitude: 21.273,
      longitude: 106.194,
      providesWorkClothes: true,
      drivingLicenceClass: 'A1',
      startDate: day(7),
      closingDate: day(30),
    },
    {
      organisation: 'logistics',
      occupationCode: 'assembly-worker',
      title: 'Công nhân lắp ráp, đóng kit linh kiện điện tử',
      description: describe(
        ['Lắp ráp, đóng kit linh kiện theo hướng dẫn công việc', 'Kiểm tra ngoại quan, dán nhãn, đóng gói', 'Giữ nơi làm việc theo 5S'],
        ['Làm ca, phụ cấp ca đêm và chuyên cần', 'Bao ăn ca, xe đưa đón', 'Đào tạo tại chỗ 3 ngày'],
        ['Mắt tốt, cẩn thận, chịu được công việc lặp lại'],
      ),
      openings: 20,
      wageMin: 7_500_000,
      wageMax: 10_000_000,
      workType: 'shift',
      provinceCode: '24',
      communeCode: '09193',
      address: 'Xưởng dịch vụ của Kinh Bắc Xanh, Khu công nghiệp Yên Phong, xã Yên Phong, tỉnh Bắc Ninh',
      latitude: 21.212,
      longitude: 105.963,
      providesMeals: true,
      providesTravel: true,
      providesTraining: true,
      startDate: day(9),
      closingDate: day(40),
    },
    {
      organisation: 'logistics',
      occupationCode: 'security-guard',
      title: 'Nhân viên bảo vệ kho hàng',
      description: describe(
        ['Giám sát camera, kiểm soát xe hàng ra vào kho', 'Tuần tra ban đêm, kiểm tra niêm phong container', 'Ghi sổ giao ca'],
        ['Làm ca 12 tiếng, nghỉ 4 ngày/tháng', 'Bao ăn ca, cấp đồng phục'],
        ['Bổ sung hồ sơ theo quy định của ngành dịch vụ bảo vệ trước khi nhận việc', 'Có sức khỏe, tỉnh táo'],
      ),
      openings: 2,
      wageMin: 7_500_000,
      wageMax: 9_000_000,
      workType: 'shift',
      provinceCode: '24',
      communeCode: '07795',
      address: 'Kho Kinh Bắc Xanh, Khu công nghiệp Quang Châu, phường Nếnh, tỉnh Bắc Ninh',
      latitude: 21.211,
      longitude: 106.098,
      providesMeals: true,
      providesWorkClothes: true,
      recordCheck: true,
      startDate: day(14),
      closingDate: day(55),
    },
  ];
}

// ── Training slots ────────────────────────────────────────────────────────────────────────────────

type TrainingSeed = Omit<Parameters<typeof makeTrainingSlot>[1], 'organisationId' | 'leadsToJobId'> & {
  organisation: OrganisationKey;
  occupationCode: string;
  leadsToJob?: string;
};

function trainingSeeds(): TrainingSeed[] {
  const konTumCampus = {
    provinceCode: '51',
    communeCode: '23302',
    address: 'Phân hiệu Kon Tum, Trường Cao đẳng Kỹ thuật và Công nghệ Thiên Ấn, phường Đăk Bla, tỉnh Quảng Ngãi',
    latitude: 14.351,
    longitude: 108.017,
  };
  const quangNgaiCampus = {
    provinceCode: '51',
    communeCode: '21028',
    address: 'Số 35 đường Nguyễn Công Phương, phường Nghĩa Lộ, tỉnh Quảng Ngãi',
    latitude: 15.114,
    longitude: 108.812,
  };
  const songThuong = {
    provinceCode: '24',
    communeCode: '07228',
    address: 'Số 12 đường Hùng Vương, phường Đa Mai, tỉnh Bắc Ninh',
    latitude: 21.284,
    longitude: 106.171,
  };
  return [
    {
      organisation: 'truongCaoDang',
      occupationCode: 'welder',
      leadsToJob: 'welder-arc',
      title: 'Sơ cấp Hàn điện (hàn hồ quang tay)',
      level: 'so_cap',
      durationDays: 90,
      seats: 25,
      seatsLeft: 12,
      schedule: 'Thứ 2 – Thứ 6, 7h30–11h30 (thực hành tại xưởng trường)',
      ...konTumCampus,
      costVnd: 0,
      funding: 'free',
      certificate: 'Chứng chỉ sơ cấp nghề Hàn điện',
      startDate: day(21),
      enrolmentDeadline: day(14),
    },
    {
      organisation: 'truongCaoDang',
      occupationCode: 'bricklayer',
      title: 'Sơ cấp Kỹ thuật xây dựng (nề – hoàn thiện)',
      level: 'so_cap',
      durationDays: 60,
      seats: 30,
      seatsLeft: 18,
      schedule: 'Thứ 2 – Thứ 7, 13h30–17h00',
      ...konTumCampus,
      costVnd: 0,
      funding: 'free',
      certificate: 'Chứng chỉ sơ cấp nghề Kỹ thuật xây dựng',
      startDate: day(28),
      enrolmentDeadline: day(21),
    },
    {
      organisation: 'truongCaoDang',
      occupationCode: 'motorbike-mechanic',
      title: 'Sơ cấp Sửa chữa xe gắn máy',
      level: 'so_cap',
      durationDays: 75,
      seats: 20,
      seatsLeft: 7,
      schedule: 'Thứ 2 – Thứ 6, 7h30–11h30',
      ...quangNgaiCampus,
      costVnd: 0,
      funding: 'free',
      certificate: 'Chứng chỉ sơ cấp nghề Sửa chữa xe gắn máy',
      startDate: day(18),
      enrolmentDeadline: day(12),
    },
    {
      organisation: 'truongCaoDang',
      occupationCode: 'building-electrician',
      title: 'Sơ cấp Điện dân dụng',
      level: 'so_cap',
      durationDays: 90,
      seats: 25,
      seatsLeft: 20,
      schedule: 'Tối thứ 2, 4, 6 (18h00–21h00) và sáng Chủ nhật',
      ...quangNgaiCampus,
      costVnd: 2_000_000,
      funding: 'subsidised',
      certificate: 'Chứng chỉ sơ cấp nghề Điện dân dụng',
      startDate: day(35),
      enrolmentDeadline: day(28),
    },
    {
      organisation: 'trungTamGdnn',
      occupationCode: 'sewing-machine-operator',
      title: 'Sơ cấp May công nghiệp',
      level: 'so_cap',
      durationDays: 60,
      seats: 30,
      seatsLeft: 11,
      schedule: 'Thứ 2 – Thứ 6, 7h30–11h30 và 13h30–16h30',
      ...songThuong,
      costVnd: 1_500_000,
      funding: 'subsidised',
      certificate: 'Chứng chỉ sơ cấp nghề May công nghiệp',
      startDate: day(14),
      enrolmentDeadline: day(9),
    },
    {
      organisation: 'trungTamGdnn',
      occupationCode: 'forklift-operator',
      title: 'Vận hành xe nâng hàng',
      level: 'under_3_months',
      durationDays: 30,
      seats: 20,
      seatsLeft: 6,
      schedule: 'Thứ 7 và Chủ nhật, 7h30–16h30',
      ...songThuong,
      costVnd: 3_500_000,
      funding: 'fee',
      certificate: 'Chứng chỉ vận hành xe nâng hàng',
      startDate: day(16),
      enrolmentDeadline: day(10),
    },
    {
      organisation: 'trungTamGdnn',
      occupationCode: 'cook',
      title: 'Sơ cấp Kỹ thuật chế biến món ăn',
      level: 'so_cap',
      durationDays: 60,
      seats: 25,
      seatsLeft: 25,
      schedule: 'Thứ 2 – Thứ 6, 13h30–17h00',
      ...songThuong,
      costVnd: 0,
      funding: 'free',
      certificate: 'Chứng chỉ sơ cấp nghề Kỹ thuật chế biến món ăn',
      startDate: day(45),
      enrolmentDeadline: day(38),
      status: 'draft',
      publishedAt: null,
    },
    {
      organisation: 'nongNghiep',
      occupationCode: 'rubber-tapper',
      title: 'Đào tạo kỹ thuật cạo mủ cao su trước khi nhận phần cây',
      level: 'under_3_months',
      durationDays: 21,
      seats: 20,
      seatsLeft: 9,
      schedule: 'Hằng ngày 5h00–10h00 tại vườn cây (nghỉ Chủ nhật)',
      provinceCode: '51',
      communeCode: '23326',
      address: 'Nông trường cao su Ia Chim, xã Ia Chim, tỉnh Quảng Ngãi',
      latitude: 14.301,
      longitude: 107.927,
      costVnd: 0,
      funding: 'free',
      certificate: 'Giấy chứng nhận hoàn thành khóa đào tạo kỹ thuật cạo mủ',
      startDate: day(12),
      enrolmentDeadline: day(7),
    },
  ];
}

// ── Returnees (placement facts only: never any offence data) ─────────────────────────────────────

/** What the counsellor has recorded beyond the intake: needs, wishes, consent, certificates, notes. */
type ProfileSeed = {
  needs: (typeof needs)[number][];
  availableFrom?: string;
  occupations?: string[];
  workTypes?: (typeof workTypes)[number][];
  wageFloor?: number;
  maxTravelKm?: number;
  willingToMove?: boolean;
  /** The person's answer on sharing an anonymised card (left out: not asked yet). */
  shareCard?: boolean;
  /** Home [latitude, longitude], for distances. */
  home?: [number, number];
  certificates?: { name: string; issuer?: string; year?: number }[];
  history?: { description: string; occupationCode: string; months?: number }[];
  notes?: { daysAgo: number; text: string }[];
};

type ReturneeSeed = NonNullable<Parameters<typeof makeReturnee>[1]> & {
  fullName: string;
  provinceCode: '51' | '24';
  releaseDate: string;
  profile: ProfileSeed;
};

function returneeSeeds(): ReturneeSeed[] {
  return [
    // Quảng Ngãi – the former Kon Tum area
    {
      fullName: 'A Thuân',
      sex: 'male',
      ethnicity: 'Xơ Đăng',
      birthDate: '1994-03-12',
      phone: '0911402375',
      provinceCode: '51',
      communeCode: '23473',
      releaseDate: day(-62),
      releaseKind: 'completed',
      schoolingLevel: 'primary',
      skillLevels: { 'rubber-tapping': 'can_work', 'site-material-handling': 'beginner' },
      profile: {
        needs: ['job'],
        availableFrom: day(-55),
        occupations: ['rubber-tapper', 'forestry-worker'],
        workTypes: ['full_time', 'seasonal'],
        wageFloor: 6_500_000,
        maxTravelKm: 40,
        willingToMove: true,
        shareCard: true,
        history: [{ description: 'Cạo mủ cao su cho vườn nhà và vườn của hàng xóm', occupationCode: 'rubber-tapper', months: 36 }],
        notes: [
          { daysAgo: 50, text: 'Gặp lần đầu tại UBND xã. Anh Thuân muốn vào làm công nhân cạo mủ ở nông trường có nhà ở tập thể.' },
          { daysAgo: 18, text: 'Đã giới thiệu khóa đào tạo kỹ thuật cạo mủ 3 tuần của nông trường Ia Chim; anh đồng ý đi học.' },
        ],
      },
    },
    {
      fullName: 'Y Liên',
      sex: 'female',
      ethnicity: 'Ba Na',
      birthDate: '1998-09-05',
      phone: '0976318204',
      provinceCode: '51',
      communeCode: '23302',
      releaseDate: day(-35),
      releaseKind: 'amnesty',
      schoolingLevel: 'lower_secondary',
      skillLevels: { 'sewing-single-needle': 'beginner', 'kitchen-prep': 'can_work' },
      profile: {
        needs: ['job', 'training'],
        availableFrom: day(-30),
        occupations: ['sewing-machine-operator', 'kitchen-helper'],
        workTypes: ['full_time', 'part_time'],
        wageFloor: 5_500_000,
        maxTravelKm: 15,
        shareCard: true,
        certificates: [{ name: 'Chứng chỉ sơ cấp nghề May công nghiệp', issuer: 'Lớp dạy nghề trong thời gian chấp hành án', year: 2025 }],
        notes: [{ daysAgo: 9, text: 'Chị Liên muốn học thêm may trên chuyền để vào xưởng may; cần chỗ làm gần nhà vì con còn nhỏ.' }],
      },
    },
    {
      fullName: 'A Khiêm',
      sex: 'male',
      ethnicity: 'Giẻ Triêng',
      birthDate: '1991-11-20',
      phone: '0968250147',
      provinceCode: '51',
      communeCode: '23377',
      releaseDate: day(40),
      releaseKind: 'completed',
      schoolingLevel: 'primary',
      skillLevels: { 'coffee-harvesting': 'experienced', 'coffee-pruning': 'can_work' },
      profile: {
        needs: ['job', 'legal'],
        availableFrom: day(45),
        occupations: ['coffee-worker', 'crop-grower'],
        workTypes: ['seasonal', 'full_time'],
        wageFloor: 6_000_000,
        maxTravelKm: 50,
        willingToMove: true,
        notes: [
          { daysAgo: 6, text: 'Tư vấn trước khi về: anh Khiêm có kinh nghiệm hái và tỉa cà phê; khi về cần làm lại căn cước công dân.' },
        ],
      },
    },
    {
      fullName: 'Y Nhung',
      sex: 'female',
      ethnicity: 'Xơ Đăng',
      birthDate: '2000-02-14',
      phone: '0917539826',
      provinceCode: '51',
      communeCode: '23512',
      releaseDate: day(-110),
      releaseKind: 'conditional_early_release',
      schoolingLevel: 'lower_secondary',
      skillLevels: { 'coffee-harvesting': 'can_work', 'rubber-latex-collection': 'beginner' },
      profile: {
        needs: ['job', 'loan'],
        availableFrom: day(-100),
        occupations: ['coffee-worker'],
        workTypes: ['seasonal'],
        wageFloor: 6_000_000,
        maxTravelKm: 20,
        shareCard: true,
        notes: [
          { daysAgo: 75, text: 'Chị Nhung muốn vay vốn ưu đãi để trồng cà phê cùng gia đình, trong lúc chờ thì đi hái cà phê mùa vụ.' },
        ],
      },
    },
    {
      fullName: 'Nguyễn Văn Thành',
      sex: 'male',
      ethnicity: 'Kinh',
      birthDate: '1987-06-30',
      phone: '0905746213',
      provinceCode: '51',
      communeCode: '23293',
      releaseDate: day(-150),
      releaseKind: 'completed',
      schoolingLevel: 'upper_secondary',
      skillLevels: { 'motorbike-servicing': 'experienced', 'motorbike-engine': 'can_work', 'motorbike-electrical': 'beginner' },
      profile: {
        needs: ['job', 'loan'],
        availableFrom: day(-140),
        occupations: ['motorbike-mechanic'],
        workTypes: ['full_time'],
        wageFloor: 8_000_000,
        maxTravelKm: 15,
        shareCard: true,
        home: [14.357, 108.0],
        certificates: [{ name: 'Chứng chỉ sơ cấp nghề Sửa chữa xe máy', issuer: 'Trường Trung cấp nghề Kon Tum', year: 2012 }],
        history: [{ description: 'Thợ sửa xe máy ở tiệm của gia đình tại thị trấn', occupationCode: 'motorbike-mechanic', months: 60 }],
        notes: [
          { daysAgo: 120, text: 'Anh Thành muốn đi làm thợ sửa xe một thời gian rồi vay vốn mở tiệm riêng.' },
          { daysAgo: 25, text: 'Hỏi thăm qua điện thoại; đã gửi tin tuyển thợ sửa xe máy của xưởng Cơ khí Đăk Bla.' },
        ],
      },
    },
    // Quảng Ngãi – the coast and the western highlands of the old province
    {
      fullName: 'Đinh Văn Hùng',
      sex: 'male',
      ethnicity: 'Hrê',
      birthDate: '1993-04-18',
      phone: '0934681572',
      provinceCode: '51',
      communeCode: '21484',
      releaseDate: day(-80),
      releaseKind: 'completed',
      schoolingLevel: 'lower_secondary',
      skillLevels: { 'welding-arc': 'beginner', 'masonry-bricklaying': 'can_work' },
      profile: {
        needs: ['job', 'training'],
        availableFrom: day(-70),
        occupations: ['welder', 'bricklayer'],
        workTypes: ['full_time'],
        wageFloor: 7_000_000,
        maxTravelKm: 30,
        willingToMove: true,
        shareCard: true,
        history: [{ description: 'Thợ xây cho đội xây dựng trong huyện', occupationCode: 'bricklayer', months: 30 }],
      },
    },
    {
      fullName: 'Trần Thị Hoa',
      sex: 'female',
      ethnicity: 'Kinh',
      birthDate: '1985-12-03',
      phone: '0988127450',
      provinceCode: '51',
      communeCode: '21028',
      releaseDate: day(-25),
      releaseKind: 'amnesty',
      schoolingLevel: 'upper_secondary',
      skillLevels: { 'kitchen-prep': 'can_work', 'cooking-vietnamese': 'can_work', 'cooking-food-safety': 'beginner' },
      profile: {
        needs: ['job'],
        availableFrom: day(-20),
        occupations: ['cook', 'kitchen-helper'],
        workTypes: ['full_time', 'shift'],
        wageFloor: 6_500_000,
        maxTravelKm: 10,
        shareCard: true,
        certificates: [{ name: 'Giấy chứng nhận kiến thức an toàn thực phẩm', year: 2024 }],
        notes: [{ daysAgo: 14, text: 'Chị Hoa nấu ăn giỏi, muốn làm bếp ở nhà hàng hoặc bếp ăn tập thể trong thành phố.' }],
      },
    },
    {
      fullName: 'Lê Minh Tuấn',
      sex: 'male',
      ethnicity: 'Kinh',
      birthDate: '1996-08-09',
      phone: '0935902318',
      provinceCode: '51',
      communeCode: '21061',
      releaseDate: day(-190),
      releaseKind: 'completed',
      schoolingLevel: 'upper_secondary',
      skillLevels: { 'seafood-grading': 'can_work', 'security-patrol': 'beginner' },
      profile: {
        needs: ['job'],
        availableFrom: day(-180),
        occupations: ['seafood-processor', 'security-guard'],
        workTypes: ['full_time', 'shift'],
        wageFloor: 7_000_000,
        maxTravelKm: 25,
        shareCard: true,
        history: [{ description: 'Phân loại hải sản ở cảng cá Sa Kỳ', occupationCode: 'seafood-processor', months: 14 }],
      },
    },
    {
      fullName: 'Phạm Quốc Bảo',
      sex: 'male',
      ethnicity: 'Kinh',
      birthDate: '1989-01-27',
      phone: '0914075638',
      provinceCode: '51',
      communeCode: '21172',
      releaseDate: day(75),
      releaseKind: 'conditional_early_release',
      schoolingLevel: 'vocational',
      skillLevels: { 'elec-house-wiring': 'can_work', 'elec-fittings': 'experienced', 'elec-safety': 'can_work' },
      profile: {
        needs: ['job'],
        availableFrom: day(80),
        occupations: ['building-electrician', 'industrial-electrician'],
        workTypes: ['full_time'],
        wageFloor: 9_000_000,
        maxTravelKm: 30,
        willingToMove: true,
        certificates: [{ name: 'Bằng trung cấp nghề Điện dân dụng', issuer: 'Trường Cao đẳng nghề Dung Quất', year: 2009 }],
        notes: [{ daysAgo: 3, text: 'Tư vấn trước khi về: anh Bảo có tay nghề điện dân dụng, mong muốn làm thợ điện công trình.' }],
      },
    },
    // Bắc Ninh – the former Bắc Giang area
    {
      fullName: 'Hoàng Văn Dũng',
      sex: 'male',
      ethnicity: 'Tày',
      birthDate: '1990-10-11',
      phone: '0973184625',
      provinceCode: '24',
      communeCode: '07246',
      releaseDate: day(-48),
      releaseKind: 'completed',
      schoolingLevel: 'lower_secondary',
      skillLevels: { 'wood-joinery': 'can_work', 'wood-power-tools': 'beginner' },
      profile: {
        needs: ['job'],
        availableFrom: day(-40),
        occupations: ['furniture-carpenter'],
        workTypes: ['full_time'],
        wageFloor: 7_500_000,
        maxTravelKm: 20,
        shareCard: true,
        history: [
          { description: 'Thợ mộc làm cửa, tủ gỗ cho xưởng đồ gỗ ở Bắc Giang cũ', occupationCode: 'furniture-carpenter', months: 24 },
        ],
      },
    },
    {
      fullName: 'Nông Thị Thu',
      sex: 'female',
      ethnicity: 'Nùng',
      birthDate: '1997-05-22',
      phone: '0962473851',
      provinceCode: '24',
      communeCode: '07582',
      releaseDate: day(-95),
      releaseKind: 'amnesty',
      schoolingLevel: 'lower_secondary',
      skillLevels: { 'sewing-single-needle': 'can_work', 'sewing-overlock': 'beginner' },
      profile: {
        needs: ['job', 'training'],
        availableFrom: day(-90),
        occupations: ['sewing-machine-operator'],
        workTypes: ['full_time'],
        wageFloor: 6_500_000,
        maxTravelKm: 25,
        shareCard: true,
        notes: [{ daysAgo: 60, text: 'Chị Thu muốn làm công nhân may ở khu công nghiệp, cần xe đưa đón.' }],
      },
    },
    {
      fullName: 'Lăng Văn Quý',
      sex: 'male',
      ethnicity: 'Nùng',
      birthDate: '1992-07-16',
      phone: '0984610392',
      provinceCode: '24',
      communeCode: '07462',
      releaseDate: day(-130),
      releaseKind: 'completed',
      schoolingLevel: 'primary',
      skillLevels: { 'loading-manual-handling': 'experienced', 'forklift-operation': 'beginner' },
      profile: {
        needs: ['job', 'training'],
        availableFrom: day(-125),
        occupations: ['forklift-operator', 'freight-handler'],
        workTypes: ['full_time', 'shift'],
        wageFloor: 7_000_000,
        maxTravelKm: 30,
        shareCard: false,
        notes: [{ daysAgo: 100, text: 'Anh Quý chưa muốn chia sẻ hồ sơ với doanh nghiệp; muốn học lấy chứng chỉ lái xe nâng trước.' }],
      },
    },
    {
      fullName: 'Nguyễn Đức Mạnh',
      sex: 'male',
      ethnicity: 'Kinh',
      birthDate: '1988-03-04',
      phone: '0912836047',
      provinceCode: '24',
      communeCode: '07795',
      releaseDate: day(-20),
      releaseKind: 'completed',
      schoolingLevel: 'upper_secondary',
      skillLevels: {
        'warehouse-receiving-dispatch': 'can_work',
        'warehouse-barcode': 'can_work',
        'forklift-operation': 'experienced',
      },
      profile: {
        needs: ['job'],
        availableFrom: day(-15),
        occupations: ['warehouse-clerk', 'forklift-operator'],
        workTypes: ['full_time', 'shift'],
        wageFloor: 9_000_000,
        maxTravelKm: 35,
        shareCard: true,
        certificates: [{ name: 'Chứng chỉ vận hành xe nâng hàng', issuer: 'Trung tâm Giáo dục nghề nghiệp Sông Thương', year: 2019 }],
        history: [
          { description: 'Thủ kho, lái xe nâng cho công ty phân phối hàng tiêu dùng', occupationCode: 'warehouse-clerk', months: 48 },
        ],
      },
    },
    {
      fullName: 'Đỗ Thị Hằng',
      sex: 'female',
      ethnicity: 'Kinh',
      birthDate: '1995-11-29',
      phone: '0967205913',
      provinceCode: '24',
      communeCode: '07774',
      releaseDate: day(-70),
      releaseKind: 'conditional_early_release',
      schoolingLevel: 'upper_secondary',
      skillLevels: { 'assembly-line-work': 'can_work', 'assembly-visual-inspection': 'experienced' },
      profile: {
        needs: ['job'],
        availableFrom: day(-65),
        occupations: ['assembly-worker', 'hand-packer'],
        workTypes: ['full_time', 'shift'],
        wageFloor: 7_000_000,
        maxTravelKm: 20,
        shareCard: true,
      },
    },
    {
      fullName: 'Ngô Văn Khải',
      sex: 'male',
      ethnicity: 'Kinh',
      birthDate: '1999-12-08',
      phone: '0945318726',
      provinceCode: '24',
      communeCode: '07210',
      releaseDate: day(-40),
      releaseKind: 'completed',
      schoolingLevel: 'upper_secondary',
      skillLevels: { 'delivery-safe-riding': 'experienced', 'delivery-apps': 'can_work' },
      profile: {
        needs: ['job', 'loan'],
        availableFrom: day(-35),
        occupations: ['delivery-rider', 'ride-hailing-driver'],
        workTypes: ['full_time', 'part_time'],
        wageFloor: 8_000_000,
        maxTravelKm: 20,
        shareCard: true,
        notes: [{ daysAgo: 28, text: 'Anh Khải muốn vay vốn mua xe máy để chạy giao hàng.' }],
      },
    },
  ];
}

// ── Loading ───────────────────────────────────────────────────────────────────────────────────────

async function demoDataPresent(db: Db) {
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'admin@demo.vn'));
  return Boolean(admin);
}

/** Loads the demo data once; returns false (and changes nothing) when it is already there. */
export async function seedDemo(db: Db): Promise<boolean> {
  if (await demoDataPresent(db)) return false;
  try {
    await db.transaction(async (transaction) => {
      // The factories take a Db; a transaction has the same query API at runtime.
      const tx = transaction as unknown as Db;
      await withIndicatorFacts(transaction, () => load(tx));
      // Each step the seed records notes its person (their facts row is written before the commit);
      // some demo rows go straight into the tables, so every row is also read again from the records.
      await rebuildIndicatorFacts(transaction);
    });
  } catch (error) {
    // Another app node seeding at the same moment wins the race; its data is the demo data.
    if (await demoDataPresent(db)) return false;
    throw error;
  }
  return true;
}

async function load(tx: Db) {
  const accountOf = (role: Role) => demoAccounts.find((a) => a.role === role)!;
  const account = (role: Role, provinceCode?: string) =>
    makeUser(tx, { ...accountOf(role), password: demoPassword, ...(provinceCode ? { provinceCode } : {}) });

  const admin = await account('administrator');
  const counsellor = await account('counsellor', '51');
  const employer = await account('employer');
  const organiser = await account('organiser', '51');
  const returneeUser = await account('returnee');
  const counsellorBacNinh = await makeUser(tx, {
    role: 'counsellor',
    ...bacNinhCounsellor,
    password: demoPassword,
    provinceCode: '24',
  });

  await tx.insert(jobCentres).values(jobCentreSeeds);

  const organisationIds = {} as Record<OrganisationKey, string>;
  for (const [key, seed] of Object.entries(organisationSeeds) as [OrganisationKey, OrganisationSeed][]) {
    const verified = seed.verificationStatus !== 'pending';
    const organisation = await makeOrganisation(
      tx,
      { ...seed, verifiedById: verified ? admin.id : null },
      key === 'coKhi' ? [{ userId: employer.id, role: 'owner' }] : [],
    );
    organisationIds[key] = organisation.id;
  }

  const jobIds = new Map<string, string>();
  for (const { organisation, ref, ...seed } of jobSeeds()) {
    const job = await makeJob(tx, { ...seed, organisationId: organisationIds[organisation] });
    if (ref) jobIds.set(ref, job.id);
  }

  for (const { organisation, leadsToJob, ...seed } of trainingSeeds()) {
    await makeTrainingSlot(tx, {
      ...seed,
      organisationId: organisationIds[organisation],
      leadsToJobId: leadsToJob ? jobIds.get(leadsToJob) : null,
    });
  }

  // The demo returnee (phone 0900000001) signs in to this record: a welder near the demo employer's
  // workshop, so the welder job is among their suggestions.
  await seedReturnee(
    tx,
    {
      userId: returneeUser.id,
      fullName: returneeUser.fullName,
      sex: 'male',
      ethnicity: 'Kinh',
      birthDate: '1990-07-21',
      phone: returneeUser.phone,
      provinceCode: '51',
      communeCode: '23302',
      releaseDate: day(-45),
      releaseKind: 'completed',
      schoolingLevel: 'lower_secondary',
      skillLevels: { 'welding-arc': 'can_work', 'welding-safety': 'beginner', 'site-material-handling': 'experienced' },
      profile: {
        needs: ['job', 'training'],
        availableFrom: day(-30),
        occupations: ['welder', 'construction-labourer'],
        workTypes: ['full_time'],
        wageFloor: 8_000_000,
        maxTravelKm: 30,
        willingToMove: true,
        shareCard: true,
        home: [14.352, 108.013],
        certificates: [{ name: 'Chứng chỉ sơ cấp nghề Hàn điện', issuer: 'Lớp dạy nghề trong thời gian chấp hành án', year: 2024 }],
        history: [
          { description: 'Phụ hồ, vận chuyển vật liệu cho đội xây dựng ở thị trấn', occupationCode: 'construction-labourer', months: 24 },
        ],
        notes: [
          {
            daysAgo: 40,
            text: 'Gặp lần đầu tại trung tâm. Anh Tâm muốn làm thợ hàn, đã có chứng chỉ sơ cấp hàn điện; cần thêm kinh nghiệm hàn kết cấu thép.',
          },
          { daysAgo: 12, text: 'Gọi điện: anh đồng ý chia sẻ hồ sơ ẩn danh với doanh nghiệp, có thể đi làm ngay, muốn học thêm hàn MIG.' },
        ],
      },
    },
    counsellor.id,
  );
  for (const seed of returneeSeeds()) {
    await seedReturnee(tx, seed, seed.provinceCode === '51' ? counsellor.id : counsellorBacNinh.id);
  }

  await seedKonTumPlan(tx, admin);
  await seedIndicatorHistory(tx, counsellor);

  await seedDemoFair(tx, {
    organiser,
    counsellor,
    employer,
    returneeUser,
    organisationIds: { workshop: organisationIds.coKhi, college: organisationIds.truongCaoDang, builder: organisationIds.xayDung },
    password: demoPassword,
  });
}

/**
 * The Kon Tum plan 2025–2030 (Decision 681/QĐ-UBND, 18 October 2024; seeds/004): made for a province
 * that since 1 July 2025 is part of Quảng Ngãi, so its targets hold for the communes that were Kon
 * Tum (found through the old → new commune mapping). Its yearly targets: trained 20–25 %, referred
 * into a stable job 15–20 %, loans to 30–35 % of those eligible, reoffending below 1 %; received 100 %.
 */
async function seedKonTumPlan(tx: Db, admin: Awaited<ReturnType<typeof makeUser>>) {
  const [konTum] = (await formerProvincesOf(tx, '51')).filter((name) => name.includes('Kon Tum'));
  await createPlan(
    tx,
    { ...admin, organisationIds: [], clientIp: null },
    planSchema.parse({
      name: 'Đề án nâng cao chất lượng, hiệu quả công tác tái hòa nhập cộng đồng cho người chấp hành xong án phạt tù trên địa bàn tỉnh Kon Tum, giai đoạn 2025–2030',
      decisionNumber: '681/QĐ-UBND',
      provinceCode: '51',
      areaName: 'Địa bàn tỉnh Kon Tum (cũ)',
      formerProvince: konTum,
      fromYear: 2025,
      toYear: 2030,
      targets: {
        received: { direction: 'at_least', low: '100', high: '100' },
        trained: { direction: 'at_least', low: '20', high: '25' },
        stable_job: { direction: 'at_least', low: '15', high: '20' },
        loan: { direction: 'at_least', low: '30', high: '35' },
        reoffended: { direction: 'below', limit: '1' },
      },
    }),
  );
}

/**
 * A returnee as their counsellor would have built the record: the intake (dated a week after the
 * return, or ten days ago before it), the profile, the card consent answer with its wording, and
 * counselling notes, each with its timeline event.
 */
async function seedReturnee(tx: Db, seed: ReturneeSeed, counsellorId: string) {
  const { profile, ...intake } = seed;
  const now = Date.now();
  const intakeAt = new Date(
    Math.min(
      Date.parse(`${seed.releaseDate}T09:00:00+07:00`) + 7 * dayMs,
      now - 10 * dayMs,
      ...(profile.notes ?? []).map((n) => now - (n.daysAgo + 1) * dayMs),
    ),
  );
  const notes = (profile.notes ?? []).map((n) => ({ ...n, at: new Date(now - n.daysAgo * dayMs) }));
  const returnee = await makeReturnee(tx, {
    ...intake,
    counsellorId,
    needs: profile.needs,
    availableFrom: profile.availableFrom ?? null,
    occupationWishes: profile.occupations,
    wishWorkTypes: profile.workTypes ?? [],
    wageFloor: profile.wageFloor ?? null,
    maxTravelKm: profile.maxTravelKm ?? null,
    willingToMove: profile.willingToMove ?? false,
    shareCard: profile.shareCard ?? false,
    latitude: profile.home?.[0] ?? null,
    longitude: profile.home?.[1] ?? null,
    lastContactAt: notes.length ? new Date(Math.max(...notes.map((n) => n.at.getTime()))) : null,
    createdAt: intakeAt,
  });
  const event = <K extends CaseEventKind>(e: Omit<CaseEventInput<K>, 'returneeId'>) =>
    recordCaseEvent(tx, { id: counsellorId }, { ...e, returneeId: returnee.id } as CaseEventInput<K>);
  const preRelease = seed.releaseDate > day(0);
  await event({ kind: 'intake', toStatus: preRelease ? 'pre_release' : 'active', details: { preRelease }, at: intakeAt });
  for (const c of profile.certificates ?? []) {
    await tx.insert(returneeCertificates).values({ returneeId: returnee.id, name: c.name, issuer: c.issuer ?? null, year: c.year ?? null });
  }
  for (const [i, h] of (profile.history ?? []).entries()) {
    const [occupation] = await tx.select({ id: occupations.id }).from(occupations).where(eq(occupations.code, h.occupationCode));
    if (!occupation) throw new Error(`No occupation with code ${h.occupationCode} (work history ${i})`);
    await tx
      .insert(returneeWorkHistory)
      .values({ returneeId: returnee.id, description: h.description, occupationId: occupation.id, months: h.months ?? null });
  }
  if (profile.shareCard !== undefined) {
    const at = new Date(intakeAt.getTime() + dayMs);
    const [consent] = await tx
      .insert(consents)
      .values({
        returneeId: returnee.id,
        scope: 'anonymised_card',
        granted: profile.shareCard,
        wording: translate('vi', cardConsentWordingKey),
        recordedById: counsellorId,
        at,
      })
      .returning();
    await event({
      kind: 'consent.card',
      subjectId: consent.id,
      fromStatus: 'withdrawn',
      toStatus: profile.shareCard ? 'granted' : 'withdrawn',
      details: null,
      at,
    });
  }
  for (const n of notes) {
    const contactDate = vietnamDate(-n.daysAgo);
    const [note] = await tx
      .insert(counsellingNotes)
      .values({ returneeId: returnee.id, authorId: counsellorId, contactDate, text: n.text, createdAt: n.at })
      .returning();
    await event({ kind: 'note', subjectId: note.id, details: { contactDate }, at: n.at });
  }
  return returnee;
}
