import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { cities, namePools } from './name-pools';

export const customerFileHeader = ['姓名', '手机', '邮箱', '城市', '客户类别', '标签'];

const categories = ['潜在客户', '现有客户', 'VIP'];
const tags = ['', '茶叶', '茶具', '团购', '老客户;茶叶'];

/**
 * A CSV of `rows` distinct, valid customers as a shop would export them from another system:
 * Chinese headers, names from the bench name pools, one unique mobile each, an email for two in
 * three, a city, a category and sometimes tags. The same `rows` always gives the same file.
 */
export const writeCustomerFile = async (path: string, rows: number) => {
  const p = namePools();
  const out = createWriteStream(path);
  out.write(`${customerFileHeader.join(',')}\n`);
  for (let i = 0; i < rows; i++) {
    const english = i % 7 === 0;
    const name = english
      ? `${p.englishFirst[i % p.englishFirst.length]!.text} ${p.englishLast[(i * 13) % p.englishLast.length]!.text}`
      : `${p.chineseFirst[i % p.chineseFirst.length]!.text}${p.chineseSecond[(i * 31) % p.chineseSecond.length]!.text}`;
    const phone = `139${String(i).padStart(8, '0')}`;
    const email = i % 3 === 2 ? '' : `c${i}@example.com`;
    const city = cities[i % cities.length]![1];
    const line = [name, phone, email, city, categories[i % 3], tags[i % tags.length]].join(',');
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
};
