/** What Fengyuan's grid members see: the kinds of disputes a county registers, in its words. */
export interface DisputeSketch {
  summary: string;
  category: 'neighbour' | 'family' | 'land' | 'labour' | 'consumer' | 'property' | 'other';
  severity: 'minor' | 'general' | 'serious';
  description: string;
  /** Where, after the community's name. */
  place: string;
  /** What the parties agreed in the end. */
  terms: string;
}

export const DISPUTES: DisputeSketch[] = [
  {
    summary: '楼上装修噪音扰民纠纷',
    category: 'neighbour',
    severity: 'minor',
    description: '楼上住户连续多日晚间十点后仍在装修施工，楼下住户多次上门沟通未果，双方发生口角。',
    place: '幸福小区5幢',
    terms: '装修方承诺每日施工时间为8:00-12:00、14:00-18:00，周末不进行电钻等高噪声作业。',
  },
  {
    summary: '卫生间渗漏致楼下受损纠纷',
    category: 'neighbour',
    severity: 'minor',
    description: '楼上卫生间防水层老化渗漏，楼下住户天花板发霉脱落，要求赔偿维修费用。',
    place: '城东新村12幢',
    terms: '楼上住户负责重做防水并承担楼下天花板修复费用1800元。',
  },
  {
    summary: '宅基地边界争议',
    category: 'land',
    severity: 'general',
    description: '两户村民翻建房屋时对宅基地分界线认定不一，一方已砌筑的围墙被另一方推倒。',
    place: '村民组老屋基',
    terms: '以1998年宅基地使用证四至为准，双方各退让0.3米，围墙费用各半承担。',
  },
  {
    summary: '相邻通行纠纷',
    category: 'neighbour',
    severity: 'general',
    description: '一户村民在自家门前修建围墙，堵塞了邻居多年通行的出入道路。',
    place: '村东巷道',
    terms: '围墙后移1.2米，留出宽2米的通行道路，通行方补偿砌墙费用600元。',
  },
  {
    summary: '老人赡养费用分担纠纷',
    category: 'family',
    severity: 'general',
    description: '三兄弟对八旬母亲的赡养费用及轮流照料安排意见不一，老人向网格员求助。',
    place: '老人住处',
    terms: '三兄弟每月各支付赡养费500元，按季度轮流照料，医疗费用按实际平均分担。',
  },
  {
    summary: '夫妻因子女抚养问题争执',
    category: 'family',
    severity: 'general',
    description: '夫妻分居后对子女抚养和探视安排争执不下，多次发生争吵，邻居报告网格员。',
    place: '家中',
    terms: '子女随母亲生活，父亲每月支付抚养费1500元，每周末可探视一次。',
  },
  {
    summary: '装修工人追讨劳务费',
    category: 'labour',
    severity: 'general',
    description: '装修包工头拖欠5名工人劳务费共计3.6万元，工人集体到社区反映。',
    place: '社区服务中心',
    terms: '包工头于本月底前分两期付清全部劳务费，由社区见证。',
  },
  {
    summary: '农民工工资拖欠纠纷',
    category: 'labour',
    severity: 'serious',
    description: '某建筑工地12名农民工被拖欠工资约18万元，情绪激动，有聚集上访苗头。',
    place: '建筑工地项目部',
    terms: '总承包单位先行垫付工资，十日内通过工资专户发放到个人账户。',
  },
  {
    summary: '电动车质量问题退货纠纷',
    category: 'consumer',
    severity: 'minor',
    description: '消费者购买的电动车一周内两次出现刹车失灵，商家只同意维修不同意退货。',
    place: '步行街电动车门店',
    terms: '商家为消费者更换同型号新车，并赠送一年免费保养。',
  },
  {
    summary: '物业费收取争议',
    category: 'property',
    severity: 'general',
    description: '部分业主认为物业服务不到位，拒交物业费，物业公司停止部分楼栋保洁。',
    place: '锦绣花园小区',
    terms: '物业公司限期整改保洁和绿化，业主补交物业费，成立业主监督小组。',
  },
  {
    summary: '山林权属纠纷',
    category: 'land',
    severity: 'serious',
    description: '两个村民小组对一片约30亩的山林权属存在争议，双方因砍伐林木发生推搡。',
    place: '后山林地',
    terms: '以林权证为准划定界线，争议地块收益由两组按四六比例分配。',
  },
  {
    summary: '土地承包经营权流转纠纷',
    category: 'land',
    severity: 'general',
    description: '承包户将土地流转给种植大户，流转费用未按期支付，双方发生争执。',
    place: '村委会',
    terms: '种植大户于一个月内补付拖欠流转费，今后按年初一次性支付。',
  },
  {
    summary: '小区停车位占用纠纷',
    category: 'property',
    severity: 'minor',
    description: '业主购买的固定车位长期被他人车辆占用，双方多次争吵。',
    place: '阳光小区地下车库',
    terms: '占用方停止占用并书面致歉，物业加装车位地锁。',
  },
  {
    summary: '宠物犬咬伤邻居纠纷',
    category: 'neighbour',
    severity: 'minor',
    description: '居民遛狗未牵绳，犬只咬伤邻居小腿，双方就医疗费用赔偿发生争议。',
    place: '小区中心花园',
    terms: '犬主承担医疗费及误工费共计2300元，今后遛狗一律牵绳。',
  },
  {
    summary: '交通事故赔偿纠纷',
    category: 'other',
    severity: 'general',
    description: '电动三轮车与行人相撞致行人骨折，双方对赔偿金额分歧较大。',
    place: '镇中心路口',
    terms: '三轮车车主一次性赔偿医疗费、护理费等共计2.8万元。',
  },
  {
    summary: '养殖场异味扰民纠纷',
    category: 'neighbour',
    severity: 'general',
    description: '村民反映附近生猪养殖场异味严重、污水外溢，影响正常生活。',
    place: '村北养殖场',
    terms: '养殖场一个月内完成粪污处理设施改造，并向周边农户支付环境补偿。',
  },
];
