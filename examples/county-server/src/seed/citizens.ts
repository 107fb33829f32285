import { cnIdcardCheckDigit } from '@gridcase/forms';
import type { Random } from './random';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢傅钟姜崔谭陆范汪廖石金贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤';
const GIVEN = [
  '建国',
  '秀英',
  '桂英',
  '志强',
  '海燕',
  '明',
  '丽娟',
  '伟',
  '芳',
  '军',
  '敏',
  '静',
  '磊',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '超',
  '霞',
  '平',
  '刚',
  '玉兰',
  '红梅',
  '德华',
  '春花',
  '国庆',
  '金凤',
  '长青',
  '福生',
  '美玲',
  '晓东',
  '文斌',
  '小燕',
  '永红',
  '家豪',
  '思远',
  '雨欣',
  '子涵',
];

/** A fictional citizen: a name, a valid-format ID number (GB 11643) and a mobile number. */
export interface Citizen {
  name: string;
  idNumber: string;
  phone: string;
}

/**
 * Makes up a citizen whose ID number passes the check-digit rule (region prefix 33, a birth date
 * between 1950 and 2000) and whose mobile number is well-formed. None of them is a real person.
 *
 * @example
 * ```ts
 * const { name, idNumber, phone } = citizen(random);
 * ```
 */
export function citizen(random: Random, region = '330127'): Citizen {
  const name = random.pick([...SURNAMES]) + random.pick(GIVEN);
  const year = random.int(1950, 2000);
  const month = String(random.int(1, 12)).padStart(2, '0');
  const day = String(random.int(1, 28)).padStart(2, '0');
  const seq = String(random.int(0, 999)).padStart(3, '0');
  const first17 = `${region}${year}${month}${day}${seq}`;
  const phone = `1${random.pick(['3', '5', '7', '8', '9'])}${String(random.int(0, 999_999_999)).padStart(9, '0')}`;
  return { name, idNumber: first17 + cnIdcardCheckDigit(first17), phone };
}
