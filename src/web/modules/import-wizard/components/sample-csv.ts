/** A small file in the shape people bring from Chinese spreadsheets, to show what an import expects. */
const sampleRows = [
  ['姓名', '手机', '邮箱', '城市', '公司', '标签'],
  ['张三', '13800138000', 'zhangsan@example.com', '北京', '星河贸易有限公司', 'VIP;展会'],
  ['李四', '+86 139 0013 9000', 'lisi@example.com', '上海', '', '老客户'],
  ['王芳', '021-6123 4567', 'wangfang@example.cn', '杭州', '西湖科技', ''],
];

const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Starts a download of a sample (the customer one unless given rows), as UTF-8 with BOM so Excel opens the Chinese right. */
export const downloadSampleCsv = (
  fileName: string,
  rows: readonly (readonly string[])[] = sampleRows,
): void => {
  const text = `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
};
