import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { FitNoteSchema } from '../../../../shared/contracts/analytics';

type FitNote = Pick<z.infer<typeof FitNoteSchema>, 'code' | 'params'> & { cause?: FitNote };

/** A fit note (why a model is not fitted, a warning) in the reader's language; its cause said inside it. */
export const translateFitNote = (t: TFunction, note: FitNote): string =>
  t(`analytics.model.notes.${note.code}`, {
    ...note.params,
    cause: note.cause ? translateFitNote(t, note.cause) : undefined,
  });

/** The note translated, or the English a run recorded before notes existed has instead. */
export const fitReasonText = (t: TFunction, note: FitNote | null, english: string | null): string | null =>
  note ? translateFitNote(t, note) : english;
