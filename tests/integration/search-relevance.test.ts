// Search relevance over real Meilisearch and a corpus of realistic postings (docs/search-relevance.md):
// a typo in a short syllable is forgiven ("tho hna" finds "Thợ hàn"), a query of real words finds
// exactly what it found with Meilisearch's default typo settings (no tailor for "tai xe"), and the
// trade synonyms reach what they should and no further.
import { beforeAll, expect, test } from 'vitest';
import type { Settings } from 'meilisearch';
import { makeJob, makeOrganisation, makeTrainingSlot } from '#server/seed/factories.ts';
import { drainOutbox } from '#search/indexer.ts';
import { applyIndexSettings, assertSucceeded, indexName, indexSettings, indexUids, type SearchEntity } from '#search/indexes.ts';
import { searchCatalogue } from '#search/query.ts';
import { catalogueQuerySchema, type CatalogueResult } from '#search/catalogue-query.ts';
import { testServices, slowMachine } from '#tests/setup/services.ts';

const services = await testServices();
/** The same postings under Meilisearch's default typo settings, as the search was before. */
const defaults = { ...services, indexPrefix: `${services.indexPrefix}defaults_` };
const defaultTypoTolerance: Settings['typoTolerance'] = { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } };

type Posting = { occupationCode: string; title: string; description?: string; benefits?: string; org: string };

const organisations: Record<string, { name: string; provinceCode?: string }> = {
  coKhi: { name: 'Công ty TNHH Cơ khí Sông Trà' },
  may: { name: 'Công ty May Kinh Bắc', provinceCode: '24' },
  nongNghiep: { name: 'Hợp tác xã Nông nghiệp Đăk Bla' },
  thucPham: { name: 'Công ty CP Thực phẩm Sa Huỳnh' },
  nhaHang: { name: 'Nhà hàng Biển Đông' },
  vanTai: { name: 'Công ty Vận tải Hưng Thịnh' },
  gara: { name: 'Gara Ô tô Minh Phát' },
  thuySan: { name: 'Công ty TNHH Thủy sản Tịnh Kỳ' },
  xayDung: { name: 'Công ty Xây dựng Trà Khúc' },
  dichVu: { name: 'Công ty Dịch vụ Bảo vệ Long Hải' },
  dienTu: { name: 'Công ty TNHH Điện tử Vsip', provinceCode: '24' },
  truongNghe: { name: 'Trường Trung cấp nghề Quảng Ngãi' },
  vuonMienTay: { name: 'Hợp tác xã Trái cây Cái Bè', provinceCode: '82' },
};

const jobs: Record<string, Posting> = {
  welderArc: {
    org: 'coKhi',
    occupationCode: 'welder',
    title: 'Thợ hàn điện công trình',
    description: 'Hàn kết cấu thép nhà xưởng, khung kèo theo bản vẽ. Cắt, mài, vệ sinh mối hàn.',
    benefits: 'Bao cơm trưa, cấp đồ bảo hộ.',
  },
  welderMig: {
    org: 'coKhi',
    occupationCode: 'welder',
    title: 'Thợ hàn MIG/CO2 kết cấu thép',
    description: 'Hàn MIG/CO2 dầm, cột thép tại xưởng và công trình trong tỉnh. Đọc bản vẽ, gá phôi.',
  },
  welderInox: {
    org: 'coKhi',
    occupationCode: 'welder',
    title: 'Thợ hàn inox',
    description: 'Hàn TIG bồn inox, lan can, cửa cổng inox cho khách hàng.',
  },
  lathe: {
    org: 'coKhi',
    occupationCode: 'machinist',
    title: 'Thợ tiện CNC',
    description: 'Đứng máy tiện CNC, gá phôi, so dao, đo kiểm chi tiết bằng thước cặp và panme.',
  },
  milling: {
    org: 'coKhi',
    occupationCode: 'machinist',
    title: 'Thợ phay cơ khí',
    description: 'Phay chi tiết máy trên máy phay vạn năng theo bản vẽ. Chưa có tay nghề được kèm cặp.',
  },
  sewing: {
    org: 'may',
    occupationCode: 'sewing-machine-operator',
    title: 'Công nhân may công nghiệp',
    description: 'May ráp chi tiết áo sơ mi trên chuyền, máy 1 kim.',
    benefits: 'Xe đưa đón, bao cơm ca, ở ký túc xá miễn phí.',
  },
  tailor: {
    org: 'may',
    occupationCode: 'tailor',
    title: 'Thợ may đo áo dài',
    description: 'May áo dài, sửa quần áo cho khách của tiệm. Lương theo tay nghề.',
  },
  cutter: {
    org: 'may',
    occupationCode: 'garment-cutter',
    title: 'Công nhân cắt vải',
    description: 'Trải vải, cắt bán thành phẩm bằng máy cắt đẩy tay.',
  },
  footwear: {
    org: 'may',
    occupationCode: 'footwear-worker',
    title: 'Công nhân giày da',
    description: 'Quét keo, ép đế, may mũ giày trên dây chuyền.',
  },
  truck: {
    org: 'vanTai',
    occupationCode: 'truck-driver',
    title: 'Lái xe tải hạng C',
    description: 'Chở vật liệu xây dựng trong tỉnh. Có bằng lái xe tải hạng C, kinh nghiệm 1 năm.',
  },
  coach: {
    org: 'vanTai',
    occupationCode: 'bus-driver',
    title: 'Tài xế xe khách tuyến Quảng Ngãi - Đà Nẵng',
    description: 'Lái xe khách 29 chỗ, có bằng hạng D.',
  },
  rideHailing: {
    org: 'vanTai',
    occupationCode: 'ride-hailing-driver',
    title: 'Tài xế công nghệ (ô tô điện)',
    description: 'Chạy xe ô tô điện qua ứng dụng, công ty giao xe.',
  },
  delivery: {
    org: 'vanTai',
    occupationCode: 'delivery-rider',
    title: 'Nhân viên giao hàng xe máy',
    description: 'Giao hàng nội thành bằng xe máy của mình, thu tiền COD.',
  },
  forklift: {
    org: 'vanTai',
    occupationCode: 'forklift-operator',
    title: 'Lái xe nâng trong kho',
    description: 'Vận hành xe nâng điện, xếp pallet lên kệ.',
  },
  loader: {
    org: 'vanTai',
    occupationCode: 'freight-handler',
    title: 'Công nhân bốc xếp hàng',
    description: 'Bốc xếp hàng lên xuống xe tải, container tại kho.',
  },
  warehouse: {
    org: 'thucPham',
    occupationCode: 'warehouse-clerk',
    title: 'Nhân viên kho',
    description: 'Nhập, xuất kho theo chứng từ, kiểm kê hàng tồn.',
  },
  motorbike: {
    org: 'gara',
    occupationCode: 'motorbike-mechanic',
    title: 'Thợ sửa xe máy',
    description: 'Bảo dưỡng, thay nhớt, sửa phanh và điện xe máy.',
  },
  carMechanic: {
    org: 'gara',
    occupationCode: 'car-mechanic',
    title: 'Thợ sửa chữa ô tô',
    description: 'Sửa gầm, máy, điện ô tô con. Biết dùng máy chẩn đoán lỗi là lợi thế.',
  },
  carWash: {
    org: 'gara',
    occupationCode: 'vehicle-cleaner',
    title: 'Nhân viên rửa xe',
    description: 'Rửa xe ô tô, xe máy bằng máy xịt áp lực, hút bụi nội thất.',
  },
  carCare: {
    org: 'gara',
    occupationCode: 'vehicle-cleaner',
    title: 'Nhân viên chăm sóc xe ô tô',
    description: 'Đánh bóng sơn, phủ ceramic, vệ sinh khoang máy.',
  },
  kitchenHelper: {
    org: 'nhaHang',
    occupationCode: 'kitchen-helper',
    title: 'Phụ bếp nhà hàng',
    description: 'Sơ chế rau, thịt, cá; rửa dụng cụ, dọn bếp cuối ca.',
  },
  cook: {
    org: 'thucPham',
    occupationCode: 'cook',
    title: 'Đầu bếp bếp ăn công nghiệp',
    description: 'Nấu ăn cho 300 công nhân mỗi ca, lên thực đơn hằng tuần.',
  },
  waiter: {
    org: 'nhaHang',
    occupationCode: 'waiter',
    title: 'Nhân viên phục vụ nhà hàng',
    description: 'Bưng bê, phục vụ món, dọn bàn. Làm ca tối.',
  },
  seafood: {
    org: 'thuySan',
    occupationCode: 'seafood-processor',
    title: 'Công nhân chế biến thủy sản',
    description: 'Lột tôm, fillet cá, phân cỡ và xếp khuôn cấp đông.',
  },
  meat: {
    org: 'thucPham',
    occupationCode: 'food-processing-worker',
    title: 'Công nhân chế biến thực phẩm',
    description: 'Sơ chế thịt heo, làm giò chả, xúc xích trên dây chuyền.',
  },
  bakery: {
    org: 'thucPham',
    occupationCode: 'food-processing-worker',
    title: 'Công nhân làm bánh',
    description: 'Trộn bột, tạo hình và nướng bánh mì, bánh quy trên dây chuyền.',
  },
  drinks: {
    org: 'thucPham',
    occupationCode: 'food-processing-worker',
    title: 'Công nhân dây chuyền nước giải khát',
    description: 'Đứng máy chiết rót, đóng nắp, kiểm tra chai.',
  },
  vegetables: {
    org: 'nongNghiep',
    occupationCode: 'crop-grower',
    title: 'Công nhân trồng rau an toàn',
    description: 'Làm đất, gieo hạt, tưới và thu hoạch rau theo VietGAP.',
  },
  orchard: {
    org: 'nongNghiep',
    occupationCode: 'crop-grower',
    title: 'Công nhân chăm sóc vườn cây ăn quả',
    description: 'Tỉa cành, bón phân, bao quả bưởi và cam.',
  },
  orchardSouth: {
    org: 'vuonMienTay',
    occupationCode: 'crop-grower',
    title: 'Công nhân làm vườn cây ăn trái',
    description: 'Chăm sóc sầu riêng, chôm chôm; tưới nước, làm cỏ, hái trái.',
  },
  rubber: {
    org: 'nongNghiep',
    occupationCode: 'rubber-tapper',
    title: 'Công nhân cạo mủ cao su',
    description: 'Cạo mủ ban đêm, trút mủ, chăm sóc vườn cây.',
  },
  coffee: {
    org: 'nongNghiep',
    occupationCode: 'coffee-worker',
    title: 'Công nhân hái cà phê mùa vụ',
    description: 'Thu hái cà phê chín, phơi và sơ chế cà phê.',
  },
  pigs: {
    org: 'nongNghiep',
    occupationCode: 'livestock-worker',
    title: 'Công nhân chăn nuôi heo',
    description: 'Cho heo ăn, vệ sinh chuồng trại, tiêm phòng.',
  },
  bricklayer: {
    org: 'xayDung',
    occupationCode: 'bricklayer',
    title: 'Thợ xây',
    description: 'Xây tường, trát, ốp lát nhà dân.',
  },
  labourer: {
    org: 'xayDung',
    occupationCode: 'construction-labourer',
    title: 'Phụ hồ công trình',
    description: 'Trộn vữa, bê tông, vận chuyển gạch cát cho thợ xây.',
  },
  electrician: {
    org: 'xayDung',
    occupationCode: 'building-electrician',
    title: 'Thợ điện dân dụng',
    description: 'Đi dây điện âm tường, lắp đèn, ổ cắm, tủ điện.',
  },
  refrigeration: {
    org: 'xayDung',
    occupationCode: 'refrigeration-technician',
    title: 'Thợ điện lạnh',
    description: 'Lắp đặt, vệ sinh máy lạnh, nạp gas.',
  },
  carpenter: {
    org: 'xayDung',
    occupationCode: 'furniture-carpenter',
    title: 'Thợ mộc đồ gỗ nội thất',
    description: 'Đóng tủ, giường, bàn ghế bằng gỗ công nghiệp MDF.',
  },
  guard: {
    org: 'dichVu',
    occupationCode: 'security-guard',
    title: 'Nhân viên bảo vệ nhà máy',
    description: 'Tuần tra, kiểm soát người và xe ra vào cổng KCN.',
  },
  cleaner: {
    org: 'dichVu',
    occupationCode: 'cleaner',
    title: 'Tạp vụ văn phòng',
    description: 'Lau dọn sàn, nhà vệ sinh, đổ rác.',
  },
  barber: {
    org: 'dichVu',
    occupationCode: 'hairdresser',
    title: 'Thợ cắt tóc nam',
    description: 'Cắt tóc, cạo râu, gội đầu cho khách tại tiệm.',
  },
  assembly: {
    org: 'dienTu',
    occupationCode: 'assembly-worker',
    title: 'Công nhân lắp ráp điện tử',
    description: 'Lắp ráp linh kiện điện thoại trên chuyền, kiểm tra ngoại quan.',
  },
  packer: {
    org: 'dienTu',
    occupationCode: 'hand-packer',
    title: 'Công nhân đóng gói',
    description: 'Đóng gói, dán nhãn sản phẩm, xếp thùng.',
  },
};

const courses: Record<string, Posting> = {
  weldingCourse: { org: 'truongNghe', occupationCode: 'welder', title: 'Sơ cấp hàn điện' },
  sewingCourse: { org: 'truongNghe', occupationCode: 'sewing-machine-operator', title: 'Sơ cấp may công nghiệp' },
  cncCourse: { org: 'truongNghe', occupationCode: 'machinist', title: 'Sơ cấp tiện, phay CNC' },
  truckCourse: { org: 'truongNghe', occupationCode: 'truck-driver', title: 'Đào tạo lái xe tải hạng C1' },
  cookingCourse: { org: 'truongNghe', occupationCode: 'cook', title: 'Sơ cấp kỹ thuật chế biến món ăn' },
  motorbikeCourse: { org: 'truongNghe', occupationCode: 'motorbike-mechanic', title: 'Sơ cấp sửa chữa xe máy' },
  vegetableCourse: { org: 'truongNghe', occupationCode: 'crop-grower', title: 'Sơ cấp trồng rau an toàn' },
  electricCourse: { org: 'truongNghe', occupationCode: 'building-electrician', title: 'Sơ cấp điện dân dụng' },
};

const ids = new Map<string, string>();
const keyOf = (id: string) => [...ids].find(([, v]) => v === id)?.[0] ?? id;

beforeAll(async () => {
  await applyIndexSettings(services.search, services.indexPrefix);
  const orgIds: Record<string, string> = {};
  for (const [key, org] of Object.entries(organisations)) orgIds[key] = (await makeOrganisation(services.db, org)).id;
  for (const [key, { org, ...job }] of Object.entries(jobs)) {
    const provinceCode = organisations[org].provinceCode;
    ids.set(key, (await makeJob(services.db, { organisationId: orgIds[org], ...(provinceCode ? { provinceCode } : {}), ...job })).id);
  }
  for (const [key, { org, ...course }] of Object.entries(courses)) {
    ids.set(key, (await makeTrainingSlot(services.db, { organisationId: orgIds[org], ...course })).id);
  }
  await drainOutbox(services);

  // A copy of the indexed documents, in the same order (ties rank alike), under the default typo settings.
  for (const entity of Object.keys(indexUids) as SearchEntity[]) {
    const uid = indexName(defaults.indexPrefix, entity);
    assertSucceeded(await services.search.createIndex(uid, { primaryKey: 'id' }).waitTask(slowMachine));
    const settings = { ...indexSettings[entity], typoTolerance: defaultTypoTolerance };
    assertSucceeded(await services.search.index(uid).updateSettings(settings).waitTask(slowMachine));
    const { results } = await services.search.index(indexName(services.indexPrefix, entity)).getDocuments({ limit: 1_000 });
    expect(results.length).toBe(entity === 'job' ? Object.keys(jobs).length : Object.keys(courses).length);
    assertSucceeded(await services.search.index(uid).addDocuments(results).waitTask(slowMachine));
  }
}, 120_000);

const query = (q: string, kind: SearchEntity) => catalogueQuerySchema.parse({ q, kind, perPage: '50' });
/** Postings found, best first, by their key in the corpus. */
const found = async (q: string, kind: SearchEntity = 'job') =>
  (await searchCatalogue(services, query(q, kind))).hits.map((h) => keyOf(h.id));

type Match = { words: number; of: number; typos: number };
/** How Meilisearch matched each posting: how many of the query's words, and with how many typos. */
async function howMatched(q: string, kind: SearchEntity = 'job', on = services) {
  const { hits } = await services.search
    .index(indexName(on.indexPrefix, kind))
    .search(q, { showRankingScoreDetails: true, limit: 100, attributesToRetrieve: ['id'] });
  const details = (hit: (typeof hits)[number]) =>
    hit._rankingScoreDetails as { words: { matchingWords: number; maxMatchingWords: number }; typo?: { typoCount: number } };
  return new Map<string, Match>(
    hits.map((hit) => {
      const { words, typo } = details(hit);
      return [keyOf(String(hit.id)), { words: words.matchingWords, of: words.maxMatchingWords, typos: typo?.typoCount ?? 0 }];
    }),
  );
}

const welders = ['welderArc', 'welderMig', 'welderInox'];
const typoQueries: { q: string; kind?: SearchEntity; first: string[]; typo: string }[] = [
  { q: 'tho hna', first: welders, typo: 'two letters swapped (hàn)' },
  { q: 'hna dien', kind: 'training', first: ['weldingCourse'], typo: 'two letters swapped, a training course' },
  { q: 'cong nhna may', first: ['sewing'], typo: 'two letters swapped in a 4-letter syllable (nhân)' },
  { q: 'phu bpe', first: ['kitchenHelper'], typo: 'two letters swapped in the last word (bếp)' },
  { q: 'phu beep', first: ['kitchenHelper'], typo: 'a letter added' },
  { q: 'tho hanf', first: welders, typo: 'a Telex tone key left in (hàn typed as hanf)' },
  { q: 'phuj bep', first: ['kitchenHelper'], typo: 'a Telex tone key left in (phụ typed as phuj)' },
  { q: 'chm soc xe', first: ['carCare', 'carWash'], typo: 'a letter dropped (chăm)' },
  { q: 'cong nhn may', first: ['sewing'], typo: 'a letter dropped (nhân)' },
  { q: 'tho tein', first: ['lathe', 'milling'], typo: 'two letters swapped (tiện)' },
  { q: 'che bien thuc phma', first: ['meat', 'bakery', 'drinks'], typo: 'two letters swapped (phẩm)' },
];

test.each(typoQueries)('"$q" ($typo) finds the right postings first', async ({ q, kind = 'job', first }) => {
  expect((await found(q, kind)).slice(0, first.length).sort()).toEqual([...first].sort());
  // Every word matched, the misspelt one with its one typo: not found through the other words alone.
  const matched = await howMatched(q, kind);
  for (const key of first) expect(matched.get(key), key).toMatchObject({ words: matched.get(key)?.of, typos: 1 });
});

/** Queries of real words: trades, short syllables, abbreviations, loanwords, place names, numbers. */
const realQueries: { q: string; kind?: SearchEntity }[] = [
  ...[
    'tai xe',
    'lai xe tai',
    'tài xế xe tải',
    'tho may',
    'tho han',
    'thợ hàn',
    'phu bep',
    'phu ho',
    'cong nhan may',
    'bao ve',
    'rua xe',
    'cham soc xe',
    'tho tien',
    'tho phay',
    'che bien thuc pham',
    'trong rau',
    'cay an qua',
    'cao su',
    'ca phe',
    'nuoi heo',
    'dien lanh',
    'xe may',
    'may',
    'tai',
    'tay nghe',
    'bep',
    'đầu bếp',
    'nha hang',
    'lam banh',
    'tho moc',
    'cat toc',
    'dong goi',
    'giao hang',
    'boc xep',
    'tap vu',
    'cnc',
    'han mig',
    'han co2',
    'inox',
    'mdf',
    'kcn',
    'tnhh',
    'gara',
    'dak bla',
    'hang c',
    '29 cho',
    '300',
  ].map((q) => ({ q })),
  { q: 'han dien', kind: 'training' },
  { q: 'so cap tien cnc', kind: 'training' },
  { q: 'lai xe tai hang c1', kind: 'training' },
];

test('queries of real words find exactly what Meilisearch’s default typo settings found', async () => {
  const differences = [];
  for (const { q, kind = 'job' } of realQueries) {
    const [now, before] = await Promise.all([searchCatalogue(services, query(q, kind)), searchCatalogue(defaults, query(q, kind))]);
    const view = (r: CatalogueResult) => ({ hits: r.hits.map((h) => keyOf(h.id)), total: r.total, counts: r.counts, facets: r.facets });
    if (JSON.stringify(view(now)) !== JSON.stringify(view(before))) differences.push({ q, now: view(now), before: view(before) });
  }
  expect(differences).toEqual([]);
});

test('a query of real short words matches as it did: no posting comes through a near word', async () => {
  for (const { q, kind = 'job' } of realQueries.filter(({ q }) => q.split(' ').every((word) => word.length <= 4))) {
    // Meilisearch counts a match through a synonym of a two-word phrase ("phụ bếp" → "nấu ăn") as typos;
    // those are the same in both.
    expect(await howMatched(q, kind), q).toEqual(await howMatched(q, kind, defaults));
  }
});

test('"tai xe" finds the drivers first and never a tailor through "tay" (tay nghề, đẩy tay)', async () => {
  // "tai" is tài, tải or tại as typed; a posting saying "tại" (at) still matches "tai" on its own.
  const drivers = await found('tai xe');
  expect(drivers.slice(0, 3).sort()).toEqual(['coach', 'rideHailing', 'truck']);
  expect(drivers).not.toContain('tailor');
  expect(drivers).not.toContain('cutter');
  expect(drivers).not.toContain('sewing');
});

test('the two words for fruit trees find each other ("cây ăn quả", "cây ăn trái")', async () => {
  for (const q of ['cay an qua', 'cây ăn trái']) {
    expect((await found(q)).slice(0, 2).sort(), q).toEqual(['orchard', 'orchardSouth']);
    const matched = await howMatched(q);
    for (const key of ['orchard', 'orchardSouth']) expect(matched.get(key), `${q}: ${key}`).toMatchObject({ words: 3, of: 3 });
  }
});

test('lathe and milling are not synonyms: each finds both machinist postings, its own first, and no welder', async () => {
  expect((await found('tho tien')).slice(0, 2)).toEqual(['lathe', 'milling']);
  expect((await found('thợ phay')).slice(0, 2)).toEqual(['milling', 'lathe']);
  for (const q of ['tho tien', 'thợ phay']) {
    const fullMatches = [...(await howMatched(q))].filter(([, m]) => m.words === m.of).map(([key]) => key);
    expect(fullMatches.sort(), q).toEqual(['lathe', 'milling']);
  }
});
