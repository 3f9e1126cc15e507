import { safeCell, tableCells, type ExportTable } from './export-cells';

/**
 * An .xlsx of a chart's table, made in the browser. exceljs is loaded only when someone asks for
 * Excel, so the dashboard itself does not download it.
 */
export const xlsxBlob = async (table: ExportTable, sheetName: string): Promise<Blob> => {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // Excel allows 31 characters and none of : \ / ? * [ ] in a sheet name.
  const sheet = workbook.addWorksheet(sheetName.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Data');
  sheet.addRow(table.columns.map((column) => safeCell(column.title)));
  sheet.getRow(1).font = { bold: true };
  for (const row of tableCells(table)) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(
      ...[table.columns[i]!.title, ...table.rows.map((r) => r[table.columns[i]!.key])].map(
        (v) => String(v ?? '').length,
      ),
    );
    column.width = Math.min(40, Math.max(10, longest + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
};
