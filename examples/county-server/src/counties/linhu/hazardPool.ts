/** What Linhu's grid members find on patrol, and which county department fixes it. */
export interface HazardSketch {
  title: string;
  category: 'fire' | 'gas' | 'electrical' | 'building' | 'road' | 'smallVenue' | 'other';
  description: string;
  /** The street address after the community's name. */
  address: string;
  responsibleUnit: string;
  /** The agency id of the responsible county department. */
  department: string;
  requirements: string;
  measures: string;
  /** Photo colour (`#rrggbb`), so each kind of hazard is recognisable in the seeded photos. */
  color: string;
}

export const HAZARDS: HazardSketch[] = [
  {
    title: '楼道堆放杂物堵塞消防通道',
    category: 'fire',
    description: '3幢1单元楼道内堆放纸箱、旧家具，并停放电动自行车，堵塞疏散通道。',
    address: '望湖路88号望湖小区3幢',
    responsibleUnit: '望湖小区物业服务中心',
    department: 'lh-xf',
    requirements: '立即清理楼道杂物，电动自行车统一停放至集中充电棚，张贴禁止堆放标识。',
    measures: '已清理楼道杂物4车，劝离电动车12辆，张贴警示标识6处。',
    color: '#c0392b',
  },
  {
    title: '电动自行车入户充电、私拉电线',
    category: 'electrical',
    description: '出租房内多名租户将电动自行车推入室内充电，从窗户私拉电线至楼下。',
    address: '滨江路12弄6号出租房',
    responsibleUnit: '房东 出租房管理人',
    department: 'lh-xf',
    requirements: '拆除私拉电线，禁止电动自行车入户充电，配置灭火器。',
    measures: '已拆除私拉电线，签订安全承诺书，新配灭火器2具。',
    color: '#e67e22',
  },
  {
    title: '沿街店铺“三合一”住人',
    category: 'fire',
    description: '五金店将仓库、经营、住宿合用一室，阁楼住人，无独立疏散通道。',
    address: '新塘镇中心街56号',
    responsibleUnit: '宏达五金店',
    department: 'lh-xf',
    requirements: '住宿场所与经营、储存场所实施防火分隔，或搬离住宿人员。',
    measures: '住宿人员已搬离，阁楼清空，加装独立式烟感报警器。',
    color: '#d35400',
  },
  {
    title: '餐馆液化气钢瓶未安装报警装置',
    category: 'gas',
    description: '餐馆厨房使用液化气钢瓶3只，未安装可燃气体报警器和自动切断阀，软管老化。',
    address: '湖滨路23号',
    responsibleUnit: '湖滨王记餐馆',
    department: 'lh-zjj',
    requirements: '安装可燃气体报警器和切断阀，更换金属波纹管，钢瓶放置于通风处。',
    measures: '已安装报警器和切断阀，更换金属软管，钢瓶移至室外专用柜。',
    color: '#2980b9',
  },
  {
    title: '老旧民房墙体开裂',
    category: 'building',
    description: '村民自建房外墙出现多处贯通裂缝，屋面瓦片松动，仍有老人居住。',
    address: '白沙村三组17号',
    responsibleUnit: '房屋所有人',
    department: 'lh-zjj',
    requirements: '立即撤离居住人员，委托鉴定机构进行房屋安全鉴定，按鉴定结论加固。',
    measures: '住户已临时安置，完成安全鉴定（C级），墙体加固及屋面修缮已完成。',
    color: '#7f8c8d',
  },
  {
    title: '广告牌松动存在坠落风险',
    category: 'building',
    description: '商铺二层外墙大型广告牌固定螺栓锈蚀松动，大风天气有坠落风险。',
    address: '滨江路168号',
    responsibleUnit: '滨江商贸有限公司',
    department: 'lh-zjj',
    requirements: '立即拆除或重新加固广告牌，设置临时警戒区域。',
    measures: '已拆除原广告牌，重新安装并经检测合格。',
    color: '#8e44ad',
  },
  {
    title: '村道急弯处护栏缺失',
    category: 'road',
    description: '村道临水急弯路段约50米无护栏，夜间无照明，近期发生两起摩托车侧滑。',
    address: '沙岗村环村路急弯处',
    responsibleUnit: '沙岗村村民委员会',
    department: 'lh-jtj',
    requirements: '增设波形护栏和警示标志，安装太阳能警示灯。',
    measures: '已安装波形护栏52米、警示标志2块、太阳能爆闪灯2盏。',
    color: '#16a085',
  },
  {
    title: '学校门口减速带损坏',
    category: 'road',
    description: '新塘中心小学门口减速带断裂缺失，上下学时段车辆车速较快。',
    address: '新塘镇学府路1号',
    responsibleUnit: '新塘镇中心小学',
    department: 'lh-jtj',
    requirements: '修复减速带，施划人行横道线，增设“注意学校”标志。',
    measures: '已更换橡胶减速带，重新施划斑马线，增设警示标志。',
    color: '#27ae60',
  },
  {
    title: '小作坊无证经营、灭火器过期',
    category: 'smallVenue',
    description: '食品加工小作坊未取得登记证，灭火器已过期两年，电线裸露。',
    address: '工业园区纬二路9号',
    responsibleUnit: '李记糕点加工坊',
    department: 'lh-scj',
    requirements: '停止生产，限期办理小作坊登记，更换灭火器，规范敷设电线。',
    measures: '已办理小作坊登记证，更换灭火器4具，电线穿管敷设。',
    color: '#f39c12',
  },
  {
    title: '企业配电房堆放易燃物',
    category: 'electrical',
    description: '园区企业配电房内堆放包装材料和油漆桶，配电柜前无绝缘垫。',
    address: '工业园区经一路18号',
    responsibleUnit: '临湖新材料科技有限公司',
    department: 'lh-yjj',
    requirements: '清理配电房内易燃物，铺设绝缘垫，建立配电房巡查制度。',
    measures: '已清理全部易燃物，铺设绝缘垫，制定巡查台账。',
    color: '#c0392b',
  },
  {
    title: '鱼塘边缺少防溺水警示标志',
    category: 'other',
    description: '村口鱼塘临路一侧无护栏、无警示标志，暑期常有儿童在此玩耍。',
    address: '新塘村村口鱼塘',
    responsibleUnit: '新塘村村民委员会',
    department: 'lh-yjj',
    requirements: '设置防溺水警示牌和救生圈，临路一侧加装护栏。',
    measures: '已设置警示牌3块、救生圈2个，加装护栏40米。',
    color: '#2c3e50',
  },
  {
    title: '出租房灭火器过期、无应急照明',
    category: 'fire',
    description: '群租房共住18人，走道无应急照明，灭火器压力不足。',
    address: '望湖路201号',
    responsibleUnit: '房东 出租房管理人',
    department: 'lh-xf',
    requirements: '更换灭火器，加装应急照明和疏散指示标志，控制居住人数。',
    measures: '已更换灭火器6具，加装应急照明8盏、疏散指示4处。',
    color: '#e74c3c',
  },
];
