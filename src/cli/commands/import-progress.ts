import type { ImportMapping, ImportProblem, ImportUploadResult } from '../../shared/contracts/imports';
import type { ImportProgress } from '../../server/modules/customers/index';

const phases: Record<string, string> = {
  queued: 'waiting',
  validating: 'checking',
  loading: 'loading',
};

type Result = {
  id: string;
  status: string;
  dry_run: boolean;
  total_rows: number | null;
  created_count: number;
  updated_count: number;
  skipped_count: number;
  error_count: number;
  error: string | null;
};

const n = (value: number) => value.toLocaleString('en-US');

/**
 * What the import command tells a person: the mapping used, a progress bar on a terminal
 * (stderr, redrawn in place), and a summary with the problems found.
 */
export const progressLine = (stream: NodeJS.WriteStream, enabled: boolean) => {
  const tty = enabled && stream.isTTY;
  let drawn = false;
  let lastPercent = -1;
  return {
    uploaded(upload: ImportUploadResult, mapping: ImportMapping) {
      if (!enabled) return;
      const total = upload.import.totalRows;
      stream.write(
        `${upload.import.fileName}: ${upload.import.format.toUpperCase()}, ${upload.import.encoding}, ${total === null ? '?' : n(total)} rows\n`,
      );
      for (const [header, field] of Object.entries(mapping))
        stream.write(`  ${header} → ${field ?? '(left out)'}\n`);
    },
    update(p: ImportProgress) {
      if (!enabled) return;
      const total = p.total ?? 0;
      const percent = total > 0 ? Math.min(100, Math.floor((p.processed / total) * 100)) : 0;
      if (tty) {
        const width = 30;
        const filled = Math.round((percent / 100) * width);
        stream.write(
          `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${n(p.processed)}/${n(total)} rows · ${phases[p.status] ?? p.status}  `,
        );
        drawn = true;
      } else if (Math.floor(percent / 10) !== Math.floor(lastPercent / 10)) {
        stream.write(`${phases[p.status] ?? p.status}: ${percent}% (${n(p.processed)} rows)\n`);
      }
      lastPercent = percent;
    },
    done() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
    summary(fileName: string, r: Result, problems: ImportProblem[], more: boolean) {
      const counts = `${n(r.created_count)} created, ${n(r.updated_count)} updated, ${n(r.skipped_count)} skipped, ${n(r.error_count)} with problems`;
      const headline: Record<string, string> = {
        done: r.dry_run
          ? `Dry run of ${fileName}: would be ${counts}. Nothing was written.`
          : `Imported ${fileName}: ${counts}.`,
        failed_validation: `Nothing was imported: ${n(r.error_count)} of ${n(r.total_rows ?? 0)} rows have problems. Fix them, or pass --good-rows-only to load the rest.`,
        failed: `The import failed: ${r.error ?? 'unknown error'}`,
        cancelled: 'The import was cancelled.',
      };
      console.log(headline[r.status] ?? `Import ${r.id} is ${r.status}.`);
      if (problems.length === 0) return;
      const out = r.status === 'done' && !r.dry_run ? console.log : console.error;
      out('\nline\tcolumn\treason\tvalue');
      for (const p of problems) out(`${p.line}\t${p.column ?? ''}\t${p.reason}\t${p.value ?? ''}`);
      if (more) out(`… more problems: GET /api/v1/imports/${r.id}/problems.csv has them all.`);
    },
  };
};
