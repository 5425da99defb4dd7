// Curated list of the trades returnees are trained and hired in, with ISCO-08 unit-group codes and the skills each needs.
export type SkillSeed = { code: string; nameVi: string; nameEn: string };
export type OccupationSeed = { code: string; isco08: string; nameVi: string; nameEn: string; skills: SkillSeed[] };

// Notes on ISCO-08 choices where more than one unit group looks plausible:
// - Motorbike repair -> 7231 Motor vehicle mechanics and repairers. ISCO-08 puts motorised two- and
//   three-wheelers (motorcycle, small-engine, tuk-tuk mechanics) in 7231; 7234 Bicycle and related
//   repairers is for non-motorised vehicles (bicycles, cycle rickshaws, wheelchairs).
// - Rebar workers (thợ sắt) -> 7214 Structural-metal preparers and erectors (reinforcing-iron workers
//   map here, not to 7114, which covers concrete placing and finishing).
// - Formwork carpenters (thợ cốp pha) -> 7115 Carpenters and joiners; furniture woodworkers (thợ mộc
//   đồ gỗ) -> 7522 Cabinet-makers and related workers.
// - Footwear factory line workers (công nhân giày da) -> 8156 Shoemaking and related machine operators,
//   since Vietnamese shoe plants run machine-paced lines; 7536 Shoemakers is for hand/bespoke work.
// - Motorbike delivery riders (shipper) -> 8321 Motorcycle drivers (the ILO index puts motorcycle
//   messengers there); 9621 is for deliverers on foot or within an establishment.
// - Rubber tappers and coffee plantation workers -> 6112 Tree and shrub crop growers (the ILO index
//   lists 'Tapper, rubber' under 6112). Seasonal picking-only labour would be 9211.
// - Fishing boat crew -> 6222 Inland and coastal waters fishery workers; long offshore trips on
//   deep-sea vessels would be 6223.
// - Machinists (thợ cơ khí: tiện, phay, CNC) -> 7223 Metal working machine tool setters and operators,
//   which holds lathe, milling and numerical-control (CNC) setter-operators alike; 7222 Toolmakers is
//   for die and jig makers, 7233 for machinery mechanics who repair rather than cut metal.
// - Car wash and detailing staff (rửa xe, chăm sóc xe) -> 9122 Vehicle cleaners (wash, clean and polish
//   vehicles inside and out); work on the engine or tyres belongs to the mechanics in 7231.
// - Crop-farm workers (trồng trọt) -> 6114 Mixed crop growers: one farm's workers tend vegetables, rice
//   and fruit trees in turn, which spans 6111 (field crops, vegetables) and 6112 (tree crops). This code
//   was 6111 while it named only vegetables and food crops. Rubber and coffee keep their own 6112 entries.
// - Food processing workers beyond seafood (chế biến thực phẩm: thịt, rau quả, bánh, nước giải khát) ->
//   8160 Food and related products machine operators, since the jobs on offer are factory lines; hand
//   trades stay in 751x (butchers and the seafood line 7511, bakers 7512, fruit and vegetable preservers 7514).
export const occupations: OccupationSeed[] = [
  // ---------------------------------------------------------------- Metalwork
  {
    code: 'welder',
    isco08: '7212',
    nameVi: 'Thợ hàn',
    nameEn: 'Welder',
    skills: [
      { code: 'welding-arc', nameVi: 'Hàn hồ quang tay (hàn điện, hàn que)', nameEn: 'Manual metal arc (stick) welding' },
      { code: 'welding-mig', nameVi: 'Hàn MIG/MAG (hàn CO2)', nameEn: 'MIG/MAG welding' },
      { code: 'welding-tig', nameVi: 'Hàn TIG (hàn argon)', nameEn: 'TIG welding' },
      { code: 'welding-gas', nameVi: 'Hàn hơi và cắt kim loại bằng khí (hàn xì, hàn gió đá)', nameEn: 'Oxy-fuel gas welding and cutting' },
      {
        code: 'welding-blueprint',
        nameVi: 'Đọc bản vẽ kết cấu và ký hiệu mối hàn',
        nameEn: 'Reading structural drawings and weld symbols',
      },
      { code: 'welding-safety', nameVi: 'An toàn lao động trong nghề hàn', nameEn: 'Welding health and safety' },
    ],
  },
  {
    code: 'machinist',
    isco08: '7223',
    nameVi: 'Thợ cơ khí (tiện, phay, CNC)',
    nameEn: 'Machinist (lathe, milling and CNC machine operator)',
    skills: [
      { code: 'machining-lathe', nameVi: 'Tiện trên máy tiện vạn năng (thợ tiện)', nameEn: 'Turning on a manual lathe' },
      { code: 'machining-milling', nameVi: 'Phay trên máy phay vạn năng (thợ phay)', nameEn: 'Milling on a manual milling machine' },
      {
        code: 'machining-cnc-operation',
        nameVi: 'Đứng máy tiện, phay CNC (gá phôi, so dao, chạy chương trình)',
        nameEn: 'Operating CNC lathes and mills (loading, tool setting, running programs)',
      },
      { code: 'machining-cnc-programming', nameVi: 'Lập trình CNC cơ bản (G-code)', nameEn: 'Basic CNC programming (G-code)' },
      {
        code: 'machining-measuring',
        nameVi: 'Đo kiểm bằng thước cặp, panme, đồng hồ so',
        nameEn: 'Measuring with calipers, micrometers and dial gauges',
      },
      { code: 'machining-drawings', nameVi: 'Đọc bản vẽ cơ khí, dung sai lắp ghép', nameEn: 'Reading mechanical drawings and tolerances' },
    ],
  },

  // ---------------------------------------------------------------- Garment and footwear
  {
    code: 'sewing-machine-operator',
    isco08: '8153',
    nameVi: 'Công nhân may công nghiệp',
    nameEn: 'Industrial sewing machine operator',
    skills: [
      { code: 'sewing-single-needle', nameVi: 'Vận hành máy may 1 kim', nameEn: 'Operating a single-needle lockstitch machine' },
      { code: 'sewing-overlock', nameVi: 'Vắt sổ (máy vắt sổ 3 chỉ, 5 chỉ)', nameEn: 'Overlocking (3- and 5-thread overlock machines)' },
      { code: 'sewing-twin-needle', nameVi: 'Vận hành máy 2 kim, máy trần đè', nameEn: 'Operating twin-needle and coverstitch machines' },
      {
        code: 'sewing-line-assembly',
        nameVi: 'May ráp chi tiết theo công đoạn trên chuyền',
        nameEn: 'Assembling garment parts on a production line',
      },
      { code: 'sewing-buttonhole', nameVi: 'Thùa khuy, đính cúc', nameEn: 'Buttonholing and button sewing' },
      { code: 'sewing-quality-check', nameVi: 'Kiểm tra chất lượng đường may', nameEn: 'Checking seam quality' },
    ],
  },
  {
    code: 'garment-cutter',
    isco08: '7532',
    nameVi: 'Thợ cắt may công nghiệp',
    nameEn: 'Garment cutter',
    skills: [
      { code: 'cutting-spreading', nameVi: 'Trải vải, đặt sơ đồ', nameEn: 'Fabric spreading and marker laying' },
      {
        code: 'cutting-straight-knife',
        nameVi: 'Cắt bán thành phẩm bằng máy cắt đẩy tay',
        nameEn: 'Cutting with a straight-knife cutting machine',
      },
      { code: 'cutting-band-knife', nameVi: 'Gọt chi tiết bằng máy cắt vòng', nameEn: 'Trimming parts on a band-knife cutter' },
      { code: 'cutting-bundling', nameVi: 'Đánh số, phối kiện và bó hàng', nameEn: 'Numbering, matching and bundling cut parts' },
      { code: 'cutting-pattern-reading', nameVi: 'Đọc rập và tài liệu kỹ thuật', nameEn: 'Reading patterns and technical sheets' },
    ],
  },
  {
    code: 'tailor',
    isco08: '7531',
    nameVi: 'Thợ may đo (may dân dụng)',
    nameEn: 'Tailor / dressmaker',
    skills: [
      { code: 'tailoring-measuring', nameVi: 'Lấy số đo cơ thể', nameEn: 'Taking body measurements' },
      { code: 'tailoring-pattern-drafting', nameVi: 'Vẽ thiết kế và cắt rập', nameEn: 'Drafting and cutting patterns' },
      { code: 'tailoring-shirts-trousers', nameVi: 'May áo sơ mi, quần âu', nameEn: 'Making shirts and trousers' },
      { code: 'tailoring-ao-dai', nameVi: 'May áo dài', nameEn: 'Making áo dài' },
      { code: 'tailoring-alterations', nameVi: 'Sửa chữa, chỉnh sửa quần áo', nameEn: 'Garment alterations and repairs' },
    ],
  },
  {
    code: 'footwear-worker',
    isco08: '8156',
    nameVi: 'Công nhân giày da',
    nameEn: 'Footwear production worker',
    skills: [
      { code: 'footwear-die-cutting', nameVi: 'Chặt (dập) da, vải bằng máy', nameEn: 'Die-cutting leather and fabric' },
      { code: 'footwear-skiving', nameVi: 'Lạng da', nameEn: 'Leather skiving' },
      { code: 'footwear-upper-sewing', nameVi: 'May mũ giày', nameEn: 'Sewing shoe uppers' },
      { code: 'footwear-lasting', nameVi: 'Gò mũi, gò hậu giày', nameEn: 'Toe and heel lasting' },
      { code: 'footwear-cementing', nameVi: 'Quét keo, ép đế', nameEn: 'Applying adhesive and attaching soles' },
      { code: 'footwear-finishing', nameVi: 'Hoàn thiện, vệ sinh và kiểm tra giày', nameEn: 'Finishing, cleaning and inspecting shoes' },
    ],
  },

  // ---------------------------------------------------------------- Construction
  {
    code: 'bricklayer',
    isco08: '7112',
    nameVi: 'Thợ xây (thợ nề)',
    nameEn: 'Bricklayer / mason',
    skills: [
      { code: 'masonry-bricklaying', nameVi: 'Xây tường gạch', nameEn: 'Laying brick walls' },
      { code: 'masonry-plastering', nameVi: 'Trát tường, trát trần', nameEn: 'Plastering walls and ceilings' },
      { code: 'masonry-tiling', nameVi: 'Ốp lát gạch nền, gạch tường', nameEn: 'Floor and wall tiling' },
      {
        code: 'masonry-mortar-mixing',
        nameVi: 'Trộn vữa, bê tông đúng cấp phối',
        nameEn: 'Mixing mortar and concrete to the specified mix',
      },
      {
        code: 'masonry-setting-out',
        nameVi: 'Căng dây, lấy mốc, kiểm tra độ phẳng và độ thẳng đứng',
        nameEn: 'Setting out, levelling and plumbing',
      },
      { code: 'masonry-drawing-reading', nameVi: 'Đọc bản vẽ xây dựng cơ bản', nameEn: 'Reading basic construction drawings' },
    ],
  },
  {
    code: 'formwork-carpenter',
    isco08: '7115',
    nameVi: 'Thợ cốp pha',
    nameEn: 'Formwork carpenter',
    skills: [
      { code: 'formwork-erection', nameVi: 'Lắp dựng cốp pha cột, dầm, sàn', nameEn: 'Erecting column, beam and slab formwork' },
      { code: 'formwork-system', nameVi: 'Lắp ghép cốp pha thép, cốp pha định hình', nameEn: 'Assembling steel and system formwork' },
      { code: 'formwork-shoring', nameVi: 'Lắp dựng cây chống, giàn giáo', nameEn: 'Installing props and scaffolding' },
      { code: 'formwork-alignment', nameVi: 'Đo đạc, cân chỉnh cao độ và tim trục', nameEn: 'Checking levels and aligning axes' },
      { code: 'formwork-stripping', nameVi: 'Tháo dỡ và vệ sinh cốp pha', nameEn: 'Stripping and cleaning formwork' },
    ],
  },
  {
    code: 'rebar-worker',
    isco08: '7214',
    nameVi: 'Thợ sắt (thợ cốt thép)',
    nameEn: 'Rebar worker (steel fixer)',
    skills: [
      { code: 'rebar-cutting-bending', nameVi: 'Cắt, uốn cốt thép', nameEn: 'Cutting and bending reinforcing bars' },
      { code: 'rebar-machines', nameVi: 'Sử dụng máy cắt sắt, máy uốn sắt', nameEn: 'Operating rebar cutting and bending machines' },
      {
        code: 'rebar-tying',
        nameVi: 'Buộc, lắp dựng cốt thép cột, dầm, sàn',
        nameEn: 'Tying and fixing reinforcement for columns, beams and slabs',
      },
      { code: 'rebar-spacers', nameVi: 'Kê con kê, đảm bảo lớp bê tông bảo vệ', nameEn: 'Placing spacers to keep concrete cover' },
      {
        code: 'rebar-schedule-reading',
        nameVi: 'Đọc bản vẽ và bảng thống kê cốt thép',
        nameEn: 'Reading reinforcement drawings and bar schedules',
      },
    ],
  },
  {
    code: 'building-painter',
    isco08: '7131',
    nameVi: 'Thợ sơn (sơn nước, sơn công trình)',
    nameEn: 'Building painter',
    skills: [
      { code: 'painting-surface-prep', nameVi: 'Xử lý bề mặt, chà nhám', nameEn: 'Surface preparation and sanding' },
      { code: 'painting-putty', nameVi: 'Bả matít (bả bột)', nameEn: 'Applying wall putty (skim coat)' },
      { code: 'painting-roller-brush', nameVi: 'Sơn lăn, sơn cọ', nameEn: 'Painting with roller and brush' },
      { code: 'painting-spray', nameVi: 'Phun sơn bằng máy', nameEn: 'Spray painting' },
      { code: 'painting-colour-mixing', nameVi: 'Pha màu sơn', nameEn: 'Mixing paint colours' },
      { code: 'painting-waterproofing', nameVi: 'Chống thấm tường, sàn, mái', nameEn: 'Waterproofing walls, floors and roofs' },
    ],
  },
  {
    code: 'construction-labourer',
    isco08: '9313',
    nameVi: 'Lao động phổ thông xây dựng (phụ hồ)',
    nameEn: 'Construction labourer',
    skills: [
      {
        code: 'site-material-handling',
        nameVi: 'Vận chuyển vật liệu xây dựng (gạch, cát, xi măng)',
        nameEn: 'Carrying building materials (bricks, sand, cement)',
      },
      {
        code: 'site-mixing',
        nameVi: 'Trộn vữa, trộn bê tông bằng tay và máy trộn',
        nameEn: 'Mixing mortar and concrete by hand and with a mixer',
      },
      { code: 'site-demolition', nameVi: 'Đục phá, tháo dỡ', nameEn: 'Breaking out and demolition work' },
      { code: 'site-power-tools', nameVi: 'Sử dụng máy đầm, máy cắt cầm tay', nameEn: 'Using compactors and hand-held power tools' },
      { code: 'site-cleanup', nameVi: 'Dọn dẹp, vệ sinh công trường', nameEn: 'Site clean-up' },
      { code: 'site-work-at-height', nameVi: 'An toàn khi làm việc trên cao', nameEn: 'Safe work at height' },
    ],
  },
  {
    code: 'plumber',
    isco08: '7126',
    nameVi: 'Thợ nước (cấp thoát nước)',
    nameEn: 'Plumber',
    skills: [
      { code: 'plumbing-supply-pipes', nameVi: 'Lắp đặt đường ống cấp nước PPR, PVC', nameEn: 'Installing PPR and PVC water supply pipes' },
      { code: 'plumbing-ppr-fusion', nameVi: 'Hàn nhiệt ống PPR', nameEn: 'Heat-fusion welding of PPR pipes' },
      { code: 'plumbing-drainage', nameVi: 'Lắp đặt hệ thống thoát nước', nameEn: 'Installing drainage systems' },
      {
        code: 'plumbing-sanitary-fixtures',
        nameVi: 'Lắp đặt thiết bị vệ sinh (bồn cầu, lavabo, sen vòi)',
        nameEn: 'Installing sanitary fixtures (toilets, basins, showers)',
      },
      {
        code: 'plumbing-pumps-tanks',
        nameVi: 'Lắp đặt máy bơm, bồn nước, máy nước nóng',
        nameEn: 'Installing pumps, water tanks and water heaters',
      },
      { code: 'plumbing-leak-repair', nameVi: 'Phát hiện và sửa chữa rò rỉ', nameEn: 'Finding and repairing leaks' },
    ],
  },
  {
    code: 'stonemason',
    isco08: '7113',
    nameVi: 'Thợ đá (chế tác, ốp lát đá)',
    nameEn: 'Stonemason / stone carver',
    skills: [
      { code: 'stone-cutting', nameVi: 'Cắt đá bằng máy cắt', nameEn: 'Cutting stone with saws' },
      { code: 'stone-polishing', nameVi: 'Mài, đánh bóng đá', nameEn: 'Grinding and polishing stone' },
      { code: 'stone-carving', nameVi: 'Chạm khắc đá mỹ nghệ', nameEn: 'Decorative stone carving' },
      { code: 'stone-cladding', nameVi: 'Ốp lát đá granite, marble', nameEn: 'Installing granite and marble cladding' },
      {
        code: 'stone-dust-safety',
        nameVi: 'Phòng chống bụi đá và an toàn khi vận hành máy',
        nameEn: 'Stone dust control and machine safety',
      },
    ],
  },

  // ---------------------------------------------------------------- Electrical and refrigeration
  {
    code: 'building-electrician',
    isco08: '7411',
    nameVi: 'Thợ điện dân dụng',
    nameEn: 'Building electrician',
    skills: [
      {
        code: 'elec-house-wiring',
        nameVi: 'Lắp đặt điện trong nhà (đi dây âm tường, đi dây nổi)',
        nameEn: 'House wiring (concealed and surface)',
      },
      { code: 'elec-fittings', nameVi: 'Lắp đặt đèn, ổ cắm, công tắc', nameEn: 'Installing lights, sockets and switches' },
      {
        code: 'elec-distribution-board',
        nameVi: 'Lắp đặt tủ điện, aptomat, thiết bị chống giật',
        nameEn: 'Installing distribution boards, circuit breakers and RCDs',
      },
      { code: 'elec-fault-finding', nameVi: 'Kiểm tra, sửa chữa sự cố điện', nameEn: 'Electrical fault finding and repair' },
      { code: 'elec-test-meters', nameVi: 'Sử dụng đồng hồ vạn năng, ampe kìm', nameEn: 'Using multimeters and clamp meters' },
      { code: 'elec-safety', nameVi: 'An toàn điện', nameEn: 'Electrical safety' },
    ],
  },
  {
    code: 'industrial-electrician',
    isco08: '7412',
    nameVi: 'Thợ điện công nghiệp',
    nameEn: 'Industrial electrician',
    skills: [
      { code: 'indelec-motors', nameVi: 'Lắp đặt, đấu nối động cơ điện 3 pha', nameEn: 'Installing and connecting three-phase motors' },
      {
        code: 'indelec-control-panels',
        nameVi: 'Lắp đặt tủ điều khiển, mạch khởi động từ',
        nameEn: 'Wiring control panels and contactor starter circuits',
      },
      { code: 'indelec-plc', nameVi: 'Lập trình PLC cơ bản', nameEn: 'Basic PLC programming' },
      { code: 'indelec-vfd', nameVi: 'Cài đặt, vận hành biến tần', nameEn: 'Setting up and running variable frequency drives' },
      { code: 'indelec-maintenance', nameVi: 'Bảo trì hệ thống điện nhà xưởng', nameEn: 'Factory electrical maintenance' },
      { code: 'indelec-drawings', nameVi: 'Đọc bản vẽ điện', nameEn: 'Reading electrical drawings' },
    ],
  },
  {
    code: 'refrigeration-technician',
    isco08: '7127',
    nameVi: 'Thợ điện lạnh',
    nameEn: 'Refrigeration and air-conditioning mechanic',
    skills: [
      { code: 'hvac-ac-installation', nameVi: 'Lắp đặt máy lạnh (điều hòa) dân dụng', nameEn: 'Installing split air conditioners' },
      { code: 'hvac-ac-servicing', nameVi: 'Vệ sinh, bảo dưỡng máy lạnh', nameEn: 'Cleaning and servicing air conditioners' },
      { code: 'hvac-refrigerant', nameVi: 'Hút chân không, nạp gas', nameEn: 'Vacuuming and refrigerant charging' },
      { code: 'hvac-copper-brazing', nameVi: 'Loe, hàn ống đồng', nameEn: 'Flaring and brazing copper pipe' },
      { code: 'hvac-fridge-repair', nameVi: 'Sửa chữa tủ lạnh, tủ đông', nameEn: 'Repairing refrigerators and freezers' },
      { code: 'hvac-washing-machine', nameVi: 'Sửa chữa máy giặt', nameEn: 'Repairing washing machines' },
    ],
  },

  // ---------------------------------------------------------------- Woodwork and handicrafts
  {
    code: 'furniture-carpenter',
    isco08: '7522',
    nameVi: 'Thợ mộc (đồ gỗ nội thất)',
    nameEn: 'Carpenter (furniture and woodwork)',
    skills: [
      {
        code: 'wood-furniture-making',
        nameVi: 'Đóng đồ gỗ nội thất (bàn, ghế, tủ, giường)',
        nameEn: 'Making furniture (tables, chairs, cabinets, beds)',
      },
      { code: 'wood-joinery', nameVi: 'Làm mộng, ghép gỗ', nameEn: 'Wood joinery (mortise and tenon)' },
      {
        code: 'wood-power-tools',
        nameVi: 'Sử dụng máy cưa, máy bào, máy khoan, máy chà nhám',
        nameEn: 'Using saws, planers, drills and sanders',
      },
      { code: 'wood-engineered-board', nameVi: 'Gia công ván công nghiệp (MDF, MFC)', nameEn: 'Working with engineered boards (MDF, MFC)' },
      { code: 'wood-finishing', nameVi: 'Chà nhám, sơn PU, sơn phủ hoàn thiện', nameEn: 'Sanding and PU lacquer finishing' },
      { code: 'wood-installation', nameVi: 'Lắp đặt đồ gỗ tại công trình', nameEn: 'On-site furniture installation' },
    ],
  },
  {
    code: 'rattan-bamboo-weaver',
    isco08: '7317',
    nameVi: 'Thợ đan mây tre',
    nameEn: 'Rattan and bamboo weaver',
    skills: [
      {
        code: 'craft-material-prep',
        nameVi: 'Chẻ, vót, xử lý nguyên liệu mây, tre',
        nameEn: 'Splitting, shaving and treating rattan and bamboo',
      },
      {
        code: 'craft-weaving',
        nameVi: 'Đan sản phẩm mây tre (giỏ, rổ, khay, đèn)',
        nameEn: 'Weaving baskets, trays, lamps and similar items',
      },
      { code: 'craft-framing', nameVi: 'Làm khung, tạo dáng sản phẩm', nameEn: 'Making frames and shaping products' },
      { code: 'craft-hyacinth-sedge', nameVi: 'Đan lục bình, đan cói', nameEn: 'Water hyacinth and sedge weaving' },
      { code: 'craft-finishing', nameVi: 'Sơn, phủ bóng, hoàn thiện sản phẩm', nameEn: 'Lacquering and finishing products' },
    ],
  },

  // ---------------------------------------------------------------- Driving and logistics
  {
    code: 'truck-driver',
    isco08: '8332',
    nameVi: 'Tài xế xe tải',
    nameEn: 'Truck driver',
    skills: [
      { code: 'truck-licence', nameVi: 'Có giấy phép lái xe tải hạng C1 hoặc C', nameEn: 'Truck driving licence (class C1 or C)' },
      { code: 'truck-driving', nameVi: 'Lái xe tải (hạng C1, C)', nameEn: 'Driving trucks (licence class C1 or C)' },
      { code: 'truck-defensive-driving', nameVi: 'Lái xe an toàn, phòng ngừa tai nạn', nameEn: 'Defensive driving' },
      { code: 'truck-vehicle-checks', nameVi: 'Kiểm tra, bảo dưỡng xe hằng ngày', nameEn: 'Daily vehicle checks and basic maintenance' },
      { code: 'truck-load-securing', nameVi: 'Chằng buộc, bảo quản hàng hóa trên xe', nameEn: 'Securing and protecting cargo' },
      {
        code: 'truck-routes-paperwork',
        nameVi: 'Nắm tuyến đường và giấy tờ vận chuyển',
        nameEn: 'Route knowledge and transport paperwork',
      },
    ],
  },
  {
    code: 'bus-driver',
    isco08: '8331',
    nameVi: 'Tài xế xe khách',
    nameEn: 'Bus and coach driver',
    skills: [
      {
        code: 'bus-licence',
        nameVi: 'Có giấy phép lái xe khách (hạng D1, D2 hoặc D)',
        nameEn: 'Bus/coach driving licence (class D1, D2 or D)',
      },
      { code: 'bus-passenger-safety', nameVi: 'Bảo đảm an toàn cho hành khách', nameEn: 'Passenger safety' },
      { code: 'bus-passenger-service', nameVi: 'Giao tiếp, phục vụ hành khách', nameEn: 'Passenger service and communication' },
      { code: 'bus-timetable', nameVi: 'Chạy đúng lộ trình và giờ giấc', nameEn: 'Keeping to routes and timetables' },
      { code: 'bus-pre-trip-checks', nameVi: 'Kiểm tra kỹ thuật xe trước mỗi chuyến', nameEn: 'Pre-trip vehicle checks' },
    ],
  },
  {
    code: 'ride-hailing-driver',
    isco08: '8322',
    nameVi: 'Tài xế công nghệ (ô tô)',
    nameEn: 'Ride-hailing car driver',
    skills: [
      { code: 'ridehail-licence', nameVi: 'Có giấy phép lái xe hạng B', nameEn: 'Car driving licence (class B)' },
      {
        code: 'ridehail-apps',
        nameVi: 'Sử dụng ứng dụng gọi xe (Grab, Be, Xanh SM…)',
        nameEn: 'Using ride-hailing apps (Grab, Be, Xanh SM…)',
      },
      { code: 'ridehail-navigation', nameVi: 'Sử dụng bản đồ số, dẫn đường', nameEn: 'GPS map navigation' },
      { code: 'ridehail-customer-service', nameVi: 'Giao tiếp, chăm sóc khách hàng', nameEn: 'Customer service' },
      { code: 'ridehail-urban-driving', nameVi: 'Lái xe an toàn trong đô thị', nameEn: 'Safe urban driving' },
    ],
  },
  {
    code: 'delivery-rider',
    isco08: '8321',
    nameVi: 'Nhân viên giao hàng (shipper)',
    nameEn: 'Delivery rider (motorbike courier)',
    skills: [
      { code: 'delivery-apps', nameVi: 'Sử dụng ứng dụng giao hàng', nameEn: 'Using delivery apps' },
      { code: 'delivery-wayfinding', nameVi: 'Tìm đường, tìm địa chỉ trên bản đồ số', nameEn: 'Finding addresses and map navigation' },
      { code: 'delivery-cod', nameVi: 'Thu hộ tiền hàng (COD) và đối soát', nameEn: 'Cash-on-delivery collection and reconciliation' },
      { code: 'delivery-parcel-care', nameVi: 'Bảo quản hàng hóa khi vận chuyển', nameEn: 'Protecting parcels in transit' },
      { code: 'delivery-safe-riding', nameVi: 'Lái xe máy an toàn', nameEn: 'Safe motorbike riding' },
      { code: 'delivery-customer-contact', nameVi: 'Giao tiếp với khách hàng', nameEn: 'Customer communication' },
    ],
  },
  {
    code: 'forklift-operator',
    isco08: '8344',
    nameVi: 'Lái xe nâng',
    nameEn: 'Forklift operator',
    skills: [
      { code: 'forklift-certificate', nameVi: 'Có chứng chỉ vận hành xe nâng', nameEn: 'Forklift operator certificate' },
      { code: 'forklift-operation', nameVi: 'Vận hành xe nâng dầu, xe nâng điện', nameEn: 'Operating diesel and electric forklifts' },
      { code: 'forklift-racking', nameVi: 'Nâng hạ, xếp pallet lên kệ cao', nameEn: 'Lifting and stacking pallets on high racking' },
      { code: 'forklift-daily-checks', nameVi: 'Kiểm tra, bảo dưỡng xe nâng hằng ngày', nameEn: 'Daily forklift checks and upkeep' },
      { code: 'forklift-safety', nameVi: 'An toàn khi vận hành thiết bị nâng', nameEn: 'Lifting equipment safety' },
    ],
  },
  {
    code: 'freight-handler',
    isco08: '9333',
    nameVi: 'Công nhân bốc xếp',
    nameEn: 'Freight handler / loader',
    skills: [
      { code: 'loading-manual-handling', nameVi: 'Bốc vác hàng đúng tư thế, an toàn', nameEn: 'Safe manual handling' },
      {
        code: 'loading-trucks-containers',
        nameVi: 'Xếp dỡ hàng lên xuống xe tải, container',
        nameEn: 'Loading and unloading trucks and containers',
      },
      { code: 'loading-pallet-jack', nameVi: 'Sử dụng xe đẩy tay, xe nâng tay', nameEn: 'Using hand trucks and pallet jacks' },
      { code: 'loading-stacking-strapping', nameVi: 'Xếp chồng, chằng buộc hàng', nameEn: 'Stacking and strapping goods' },
      { code: 'loading-tally', nameVi: 'Kiểm đếm hàng hóa', nameEn: 'Tallying goods' },
    ],
  },
  {
    code: 'warehouse-clerk',
    isco08: '4321',
    nameVi: 'Nhân viên kho',
    nameEn: 'Warehouse clerk',
    skills: [
      {
        code: 'warehouse-receiving-dispatch',
        nameVi: 'Nhập, xuất kho theo chứng từ',
        nameEn: 'Receiving and dispatching goods against documents',
      },
      { code: 'warehouse-picking', nameVi: 'Soạn hàng theo đơn', nameEn: 'Order picking' },
      { code: 'warehouse-stocktaking', nameVi: 'Kiểm kê hàng tồn kho', nameEn: 'Stocktaking' },
      { code: 'warehouse-barcode', nameVi: 'Sử dụng máy quét mã vạch', nameEn: 'Using barcode scanners' },
      {
        code: 'warehouse-records',
        nameVi: 'Ghi sổ kho, sử dụng Excel hoặc phần mềm quản lý kho',
        nameEn: 'Keeping stock records in Excel or warehouse software',
      },
      { code: 'warehouse-5s-fifo', nameVi: 'Sắp xếp kho theo 5S, xuất hàng theo FIFO', nameEn: '5S storage and FIFO rotation' },
    ],
  },

  // ---------------------------------------------------------------- Vehicle repair and care
  {
    code: 'motorbike-mechanic',
    isco08: '7231',
    nameVi: 'Thợ sửa chữa xe máy',
    nameEn: 'Motorbike mechanic',
    skills: [
      {
        code: 'motorbike-servicing',
        nameVi: 'Bảo dưỡng định kỳ (thay nhớt, vệ sinh nồi, thay bugi)',
        nameEn: 'Routine servicing (oil change, clutch cleaning, spark plugs)',
      },
      { code: 'motorbike-engine', nameVi: 'Sửa chữa, đại tu động cơ xe máy', nameEn: 'Motorbike engine repair and overhaul' },
      {
        code: 'motorbike-fuel-injection',
        nameVi: 'Sửa chữa hệ thống phun xăng điện tử (FI)',
        nameEn: 'Electronic fuel injection (FI) repair',
      },
      { code: 'motorbike-electrical', nameVi: 'Sửa chữa hệ thống điện xe máy', nameEn: 'Motorbike electrical system repair' },
      { code: 'motorbike-scooter-cvt', nameVi: 'Sửa chữa bộ truyền động xe tay ga', nameEn: 'Scooter CVT transmission repair' },
      { code: 'motorbike-brakes-tyres', nameVi: 'Sửa phanh, vá và thay lốp', nameEn: 'Brake repair, tyre patching and replacement' },
    ],
  },
  {
    code: 'car-mechanic',
    isco08: '7231',
    nameVi: 'Thợ sửa chữa ô tô',
    nameEn: 'Car mechanic',
    skills: [
      { code: 'car-servicing', nameVi: 'Bảo dưỡng định kỳ ô tô', nameEn: 'Scheduled car servicing' },
      { code: 'car-engine', nameVi: 'Sửa chữa động cơ ô tô', nameEn: 'Car engine repair' },
      { code: 'car-chassis', nameVi: 'Sửa chữa gầm, hệ thống treo và phanh', nameEn: 'Chassis, suspension and brake repair' },
      { code: 'car-electrical', nameVi: 'Sửa chữa điện ô tô', nameEn: 'Automotive electrical repair' },
      { code: 'car-diagnostics', nameVi: 'Sử dụng máy chẩn đoán lỗi (OBD)', nameEn: 'Using OBD diagnostic scanners' },
      { code: 'car-air-conditioning', nameVi: 'Sửa chữa điều hòa ô tô', nameEn: 'Car air-conditioning repair' },
    ],
  },
  {
    code: 'vehicle-cleaner',
    isco08: '9122',
    nameVi: 'Nhân viên rửa xe, chăm sóc xe',
    nameEn: 'Car wash and detailing worker',
    skills: [
      {
        code: 'carwash-exterior',
        nameVi: 'Rửa xe ô tô, xe máy (bọt tuyết, máy xịt rửa áp lực)',
        nameEn: 'Washing cars and motorbikes (snow foam, pressure washer)',
      },
      {
        code: 'carwash-interior',
        nameVi: 'Vệ sinh nội thất, hút bụi, giặt ghế',
        nameEn: 'Interior cleaning, vacuuming and seat shampooing',
      },
      { code: 'carwash-engine-underbody', nameVi: 'Vệ sinh khoang máy, rửa gầm xe', nameEn: 'Engine bay and underbody cleaning' },
      {
        code: 'carwash-polishing-coating',
        nameVi: 'Đánh bóng sơn, phủ ceramic, phủ nano',
        nameEn: 'Paint polishing and ceramic or nano coating',
      },
      { code: 'carwash-chemicals', nameVi: 'Sử dụng hóa chất rửa xe đúng cách, an toàn', nameEn: 'Safe use of car-care chemicals' },
      {
        code: 'carwash-handover',
        nameVi: 'Tiếp nhận, kiểm tra và bàn giao xe cho khách',
        nameEn: 'Receiving, checking and handing back vehicles',
      },
    ],
  },

  // ---------------------------------------------------------------- Food and hospitality
  {
    code: 'cook',
    isco08: '5120',
    nameVi: 'Đầu bếp',
    nameEn: 'Cook',
    skills: [
      { code: 'cooking-vietnamese', nameVi: 'Nấu các món ăn Việt Nam', nameEn: 'Vietnamese cooking' },
      { code: 'cooking-prep', nameVi: 'Sơ chế, tẩm ướp, cắt tỉa thực phẩm', nameEn: 'Food preparation, marinating and garnishing' },
      {
        code: 'cooking-techniques',
        nameVi: 'Kỹ thuật chiên, xào, hấp, luộc, kho, nướng',
        nameEn: 'Frying, stir-frying, steaming, boiling, braising and grilling',
      },
      { code: 'cooking-canteen', nameVi: 'Nấu ăn cho bếp ăn tập thể', nameEn: 'Bulk cooking for canteens' },
      { code: 'cooking-menu-costing', nameVi: 'Lên thực đơn và tính định lượng món ăn', nameEn: 'Menu planning and portion costing' },
      { code: 'cooking-food-safety', nameVi: 'Vệ sinh an toàn thực phẩm', nameEn: 'Food hygiene and safety' },
    ],
  },
  {
    code: 'kitchen-helper',
    isco08: '9412',
    nameVi: 'Phụ bếp',
    nameEn: 'Kitchen helper',
    skills: [
      { code: 'kitchen-prep', nameVi: 'Sơ chế rau, củ, thịt, cá', nameEn: 'Preparing vegetables, meat and fish' },
      { code: 'kitchen-knife-safety', nameVi: 'Sử dụng dao và dụng cụ bếp an toàn', nameEn: 'Safe use of knives and kitchen equipment' },
      { code: 'kitchen-dishwashing', nameVi: 'Rửa chén bát, dụng cụ bếp', nameEn: 'Washing dishes and kitchen utensils' },
      { code: 'kitchen-cleaning', nameVi: 'Vệ sinh khu vực bếp', nameEn: 'Kitchen cleaning' },
      {
        code: 'kitchen-storage',
        nameVi: 'Sắp xếp, bảo quản nguyên liệu trong kho và tủ lạnh',
        nameEn: 'Storing ingredients in stores and cold rooms',
      },
    ],
  },
  {
    code: 'waiter',
    isco08: '5131',
    nameVi: 'Nhân viên phục vụ nhà hàng',
    nameEn: 'Waiter / waitress',
    skills: [
      { code: 'waiter-table-setting', nameVi: 'Bày bàn, chuẩn bị khu vực phục vụ', nameEn: 'Table setting and section preparation' },
      { code: 'waiter-order-taking', nameVi: 'Ghi order, giới thiệu món ăn', nameEn: 'Taking orders and explaining the menu' },
      { code: 'waiter-tray-service', nameVi: 'Bưng bê, phục vụ món đúng quy trình', nameEn: 'Carrying trays and serving dishes' },
      { code: 'waiter-guest-care', nameVi: 'Giao tiếp, xử lý yêu cầu của khách', nameEn: 'Guest communication and handling requests' },
      { code: 'waiter-pos', nameVi: 'Sử dụng máy order và thanh toán', nameEn: 'Using ordering and payment (POS) devices' },
      { code: 'waiter-basic-english', nameVi: 'Tiếng Anh giao tiếp cơ bản', nameEn: 'Basic conversational English' },
    ],
  },
  {
    code: 'seafood-processor',
    isco08: '7511',
    nameVi: 'Công nhân chế biến thủy sản',
    nameEn: 'Seafood processing worker',
    skills: [
      { code: 'seafood-filleting', nameVi: 'Fillet cá (cá tra, cá basa…)', nameEn: 'Fish filleting (pangasius and similar)' },
      { code: 'seafood-trimming', nameVi: 'Sửa cá, chỉnh hình miếng fillet', nameEn: 'Trimming fillets' },
      { code: 'seafood-shrimp-peeling', nameVi: 'Lột vỏ, rút chỉ tôm', nameEn: 'Shrimp peeling and deveining' },
      { code: 'seafood-grading', nameVi: 'Phân cỡ, phân loại nguyên liệu', nameEn: 'Size grading and sorting' },
      { code: 'seafood-freezing', nameVi: 'Xếp khuôn, cấp đông', nameEn: 'Tray packing and freezing' },
      { code: 'seafood-haccp', nameVi: 'Vệ sinh an toàn thực phẩm theo HACCP', nameEn: 'Food hygiene under HACCP' },
    ],
  },
  {
    code: 'food-processing-worker',
    isco08: '8160',
    nameVi: 'Công nhân chế biến thực phẩm',
    nameEn: 'Food processing worker',
    skills: [
      { code: 'foodproc-meat', nameVi: 'Pha lóc, sơ chế thịt gia súc, gia cầm', nameEn: 'Cutting and preparing meat and poultry' },
      {
        code: 'foodproc-fruit-vegetables',
        nameVi: 'Sơ chế, cắt gọt rau củ quả để sấy, đóng hộp',
        nameEn: 'Preparing fruit and vegetables for drying and canning',
      },
      {
        code: 'foodproc-bakery',
        nameVi: 'Làm bánh trên dây chuyền (trộn bột, tạo hình, nướng)',
        nameEn: 'Bakery line work (mixing, shaping, baking)',
      },
      { code: 'foodproc-beverages', nameVi: 'Vận hành dây chuyền chiết rót nước giải khát', nameEn: 'Running a beverage filling line' },
      {
        code: 'foodproc-machines',
        nameVi: 'Vận hành máy xay, trộn, hấp, sấy, thanh trùng',
        nameEn: 'Operating grinding, mixing, steaming, drying and pasteurising machines',
      },
      {
        code: 'foodproc-hygiene',
        nameVi: 'Vệ sinh an toàn thực phẩm theo HACCP, ISO 22000',
        nameEn: 'Food hygiene under HACCP and ISO 22000',
      },
    ],
  },

  // ---------------------------------------------------------------- Agriculture, forestry, fishing
  {
    code: 'crop-grower',
    isco08: '6114',
    nameVi: 'Công nhân trồng trọt (rau màu, lúa, cây ăn quả)',
    nameEn: 'Crop farm worker (vegetables, rice, fruit trees)',
    skills: [
      { code: 'crop-soil-prep', nameVi: 'Làm đất, lên luống', nameEn: 'Soil preparation and bed forming' },
      { code: 'crop-seedlings', nameVi: 'Gieo hạt, ươm và trồng cây con', nameEn: 'Sowing, raising and transplanting seedlings' },
      { code: 'crop-fertilising', nameVi: 'Bón phân hợp lý', nameEn: 'Fertiliser application' },
      {
        code: 'crop-pest-control',
        nameVi: 'Phòng trừ sâu bệnh, sử dụng thuốc bảo vệ thực vật an toàn',
        nameEn: 'Pest and disease control, safe pesticide use',
      },
      { code: 'crop-irrigation', nameVi: 'Tưới tiêu (tưới nhỏ giọt, tưới phun mưa)', nameEn: 'Irrigation (drip and sprinkler)' },
      { code: 'crop-vietgap', nameVi: 'Sản xuất rau an toàn theo VietGAP', nameEn: 'VietGAP safe vegetable production' },
      { code: 'crop-rice', nameVi: 'Gieo sạ, cấy và chăm sóc lúa', nameEn: 'Sowing, transplanting and tending rice' },
      {
        code: 'crop-fruit-trees',
        nameVi: 'Chăm sóc cây ăn quả (tỉa cành, ghép, bao trái)',
        nameEn: 'Fruit tree care (pruning, grafting, bagging fruit)',
      },
      {
        code: 'crop-harvest-grading',
        nameVi: 'Thu hoạch, phân loại và sơ chế nông sản',
        nameEn: 'Harvesting, grading and primary handling of produce',
      },
      {
        code: 'crop-farm-machinery',
        nameVi: 'Vận hành máy nông nghiệp nhỏ (máy xới, máy phun, máy cắt cỏ)',
        nameEn: 'Operating small farm machinery (tillers, sprayers, brush cutters)',
      },
    ],
  },
  {
    code: 'livestock-worker',
    isco08: '6121',
    nameVi: 'Công nhân chăn nuôi',
    nameEn: 'Livestock farm worker',
    skills: [
      { code: 'livestock-feeding', nameVi: 'Phối trộn thức ăn và cho ăn', nameEn: 'Feed mixing and feeding' },
      { code: 'livestock-barn-hygiene', nameVi: 'Vệ sinh chuồng trại, xử lý chất thải', nameEn: 'Barn hygiene and manure management' },
      {
        code: 'livestock-vaccination',
        nameVi: 'Tiêm phòng vắc-xin, phòng bệnh cho vật nuôi',
        nameEn: 'Vaccination and disease prevention',
      },
      { code: 'livestock-sow-care', nameVi: 'Chăm sóc heo nái, đỡ đẻ', nameEn: 'Sow care and farrowing assistance' },
      { code: 'livestock-cattle', nameVi: 'Chăn nuôi bò thịt, bò sữa', nameEn: 'Beef and dairy cattle husbandry' },
      { code: 'livestock-biosecurity', nameVi: 'An toàn sinh học trong chăn nuôi', nameEn: 'Farm biosecurity' },
    ],
  },
  {
    code: 'rubber-tapper',
    isco08: '6112',
    nameVi: 'Công nhân cạo mủ cao su',
    nameEn: 'Rubber tapper',
    skills: [
      {
        code: 'rubber-tapping',
        nameVi: 'Cạo mủ đúng kỹ thuật (độ sâu, độ dốc miệng cạo)',
        nameEn: 'Tapping technique (depth and slope of cut)',
      },
      { code: 'rubber-knife-sharpening', nameVi: 'Mài dao cạo', nameEn: 'Sharpening tapping knives' },
      { code: 'rubber-latex-collection', nameVi: 'Trút mủ, thu gom và bảo quản mủ', nameEn: 'Collecting and handling latex' },
      { code: 'rubber-stimulant', nameVi: 'Bôi thuốc kích thích mủ', nameEn: 'Applying yield stimulant' },
      {
        code: 'rubber-plantation-care',
        nameVi: 'Chăm sóc vườn cây, phòng trị bệnh mặt cạo',
        nameEn: 'Plantation upkeep and tapping-panel disease control',
      },
    ],
  },
  {
    code: 'coffee-worker',
    isco08: '6112',
    nameVi: 'Công nhân chăm sóc và thu hoạch cà phê',
    nameEn: 'Coffee plantation worker',
    skills: [
      { code: 'coffee-pruning', nameVi: 'Tỉa cành, tạo tán cà phê', nameEn: 'Pruning and canopy shaping' },
      { code: 'coffee-grafting', nameVi: 'Ghép chồi, ghép cải tạo vườn cà phê', nameEn: 'Grafting and rejuvenating coffee trees' },
      { code: 'coffee-fertilising-watering', nameVi: 'Bón phân, tưới nước cho cà phê', nameEn: 'Fertilising and watering coffee' },
      { code: 'coffee-harvesting', nameVi: 'Thu hái cà phê chín', nameEn: 'Picking ripe coffee cherries' },
      { code: 'coffee-drying', nameVi: 'Phơi, sơ chế cà phê', nameEn: 'Drying and primary processing of coffee' },
    ],
  },
  {
    code: 'aquaculture-worker',
    isco08: '6221',
    nameVi: 'Công nhân nuôi trồng thủy sản',
    nameEn: 'Aquaculture worker',
    skills: [
      { code: 'aqua-pond-prep', nameVi: 'Cải tạo ao, xử lý nước', nameEn: 'Pond preparation and water treatment' },
      {
        code: 'aqua-water-quality',
        nameVi: 'Đo và quản lý chất lượng nước (pH, oxy, độ mặn)',
        nameEn: 'Monitoring water quality (pH, dissolved oxygen, salinity)',
      },
      { code: 'aqua-feeding', nameVi: 'Cho ăn và quản lý thức ăn', nameEn: 'Feeding and feed management' },
      { code: 'aqua-disease', nameVi: 'Phòng và trị bệnh cho tôm, cá', nameEn: 'Preventing and treating shrimp and fish diseases' },
      { code: 'aqua-aerators-pumps', nameVi: 'Vận hành máy quạt nước, máy bơm', nameEn: 'Operating aerators and pumps' },
      { code: 'aqua-harvesting', nameVi: 'Thu hoạch tôm, cá', nameEn: 'Harvesting shrimp and fish' },
    ],
  },
  {
    code: 'forestry-worker',
    isco08: '6210',
    nameVi: 'Công nhân trồng rừng',
    nameEn: 'Forestry worker (plantation forestry)',
    skills: [
      { code: 'forestry-nursery', nameVi: 'Ươm cây giống lâm nghiệp', nameEn: 'Forest tree nursery work' },
      {
        code: 'forestry-planting',
        nameVi: 'Trồng rừng (keo, bạch đàn, thông…)',
        nameEn: 'Planting forest trees (acacia, eucalyptus, pine…)',
      },
      { code: 'forestry-tending', nameVi: 'Chăm sóc rừng, phát dọn thực bì', nameEn: 'Stand tending and undergrowth clearing' },
      { code: 'forestry-chainsaw', nameVi: 'Sử dụng cưa xăng an toàn', nameEn: 'Safe chainsaw use' },
      { code: 'forestry-harvesting', nameVi: 'Khai thác, bóc vỏ gỗ rừng trồng', nameEn: 'Plantation timber harvesting and debarking' },
      { code: 'forestry-fire-prevention', nameVi: 'Phòng cháy, chữa cháy rừng', nameEn: 'Forest fire prevention and control' },
    ],
  },
  {
    code: 'fishing-crew',
    isco08: '6222',
    nameVi: 'Thuyền viên tàu cá',
    nameEn: 'Fishing boat crew',
    skills: [
      { code: 'fishing-nets', nameVi: 'Thả lưới, thu lưới', nameEn: 'Setting and hauling nets' },
      { code: 'fishing-net-mending', nameVi: 'Vá, sửa lưới', nameEn: 'Net mending' },
      {
        code: 'fishing-catch-handling',
        nameVi: 'Phân loại và ướp đá bảo quản hải sản trên tàu',
        nameEn: 'Sorting and icing the catch on board',
      },
      { code: 'fishing-knots-mooring', nameVi: 'Thắt nút dây, neo buộc tàu', nameEn: 'Knots and mooring' },
      {
        code: 'fishing-sea-safety',
        nameVi: 'An toàn trên biển, sử dụng phao và thiết bị cứu sinh',
        nameEn: 'Sea safety and life-saving equipment',
      },
    ],
  },

  // ---------------------------------------------------------------- Factory production
  {
    code: 'assembly-worker',
    isco08: '8219',
    nameVi: 'Công nhân lắp ráp',
    nameEn: 'Assembly line worker',
    skills: [
      { code: 'assembly-line-work', nameVi: 'Làm việc theo dây chuyền, đúng công đoạn', nameEn: 'Working at an assembly-line station' },
      {
        code: 'assembly-work-instructions',
        nameVi: 'Làm theo hướng dẫn công việc và bản vẽ lắp',
        nameEn: 'Following work instructions and assembly drawings',
      },
      { code: 'assembly-hand-tools', nameVi: 'Sử dụng dụng cụ cầm tay, súng bắn vít', nameEn: 'Using hand tools and power screwdrivers' },
      { code: 'assembly-soldering', nameVi: 'Hàn thiếc linh kiện', nameEn: 'Soldering components' },
      { code: 'assembly-visual-inspection', nameVi: 'Kiểm tra ngoại quan sản phẩm', nameEn: 'Visual inspection of products' },
      { code: 'assembly-5s', nameVi: 'Thực hiện 5S tại nơi làm việc', nameEn: '5S workplace organisation' },
    ],
  },
  {
    code: 'hand-packer',
    isco08: '9321',
    nameVi: 'Công nhân đóng gói',
    nameEn: 'Hand packer',
    skills: [
      { code: 'packing-to-spec', nameVi: 'Đóng gói sản phẩm theo quy cách', nameEn: 'Packing products to specification' },
      { code: 'packing-labelling', nameVi: 'Dán nhãn, in hạn sử dụng', nameEn: 'Labelling and date coding' },
      { code: 'packing-weighing-counting', nameVi: 'Cân, đếm, kiểm tra số lượng', nameEn: 'Weighing and counting' },
      { code: 'packing-cartons', nameVi: 'Gấp thùng, dán băng keo, đai thùng', nameEn: 'Erecting, taping and strapping cartons' },
      { code: 'packing-defect-sorting', nameVi: 'Phân loại, loại bỏ sản phẩm lỗi', nameEn: 'Sorting out defective products' },
    ],
  },

  // ---------------------------------------------------------------- Services
  {
    code: 'security-guard',
    isco08: '5414',
    nameVi: 'Nhân viên bảo vệ',
    nameEn: 'Security guard',
    skills: [
      { code: 'security-patrol', nameVi: 'Tuần tra, canh gác mục tiêu', nameEn: 'Patrolling and guarding premises' },
      { code: 'security-access-control', nameVi: 'Kiểm soát người, xe ra vào', nameEn: 'Access control for people and vehicles' },
      { code: 'security-cctv', nameVi: 'Giám sát camera an ninh', nameEn: 'CCTV monitoring' },
      { code: 'security-fire-fighting', nameVi: 'Phòng cháy chữa cháy cơ bản', nameEn: 'Basic fire prevention and fire fighting' },
      { code: 'security-first-aid', nameVi: 'Sơ cấp cứu', nameEn: 'First aid' },
      {
        code: 'security-incident-reporting',
        nameVi: 'Xử lý tình huống, ghi sổ và báo cáo sự việc',
        nameEn: 'Handling incidents, logging and reporting',
      },
    ],
  },
  {
    code: 'cleaner',
    isco08: '9112',
    nameVi: 'Nhân viên vệ sinh (tạp vụ)',
    nameEn: 'Cleaner',
    skills: [
      { code: 'cleaning-floors', nameVi: 'Lau dọn sàn, hành lang, cầu thang', nameEn: 'Cleaning floors, corridors and stairs' },
      { code: 'cleaning-restrooms', nameVi: 'Vệ sinh nhà vệ sinh', nameEn: 'Cleaning restrooms' },
      { code: 'cleaning-glass', nameVi: 'Lau kính', nameEn: 'Cleaning glass and windows' },
      { code: 'cleaning-machines', nameVi: 'Vận hành máy chà sàn, máy hút bụi', nameEn: 'Operating floor scrubbers and vacuum cleaners' },
      { code: 'cleaning-chemicals', nameVi: 'Sử dụng hóa chất tẩy rửa an toàn', nameEn: 'Safe use of cleaning chemicals' },
      { code: 'cleaning-waste-sorting', nameVi: 'Thu gom, phân loại rác', nameEn: 'Collecting and sorting waste' },
    ],
  },
  {
    code: 'hairdresser',
    isco08: '5141',
    nameVi: 'Thợ cắt tóc, làm tóc',
    nameEn: 'Hairdresser / barber',
    skills: [
      { code: 'hair-mens-cuts', nameVi: 'Cắt tóc nam', nameEn: "Men's haircutting" },
      { code: 'hair-womens-cuts', nameVi: 'Cắt tóc nữ', nameEn: "Women's haircutting" },
      { code: 'hair-shampoo', nameVi: 'Gội đầu, massage da đầu', nameEn: 'Shampooing and scalp massage' },
      { code: 'hair-colouring', nameVi: 'Nhuộm tóc', nameEn: 'Hair colouring' },
      { code: 'hair-perm-straighten', nameVi: 'Uốn, duỗi, ép tóc', nameEn: 'Perming and straightening' },
      { code: 'hair-shaving', nameVi: 'Cạo râu, cạo mặt', nameEn: 'Shaving' },
    ],
  },
];
