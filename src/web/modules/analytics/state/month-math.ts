/** `YYYY-MM` of the month `offset` months after `yearMonth` (`YYYY-MM`). */
export const addMonths = (yearMonth: string, offset: number): string => {
  const index = Number(yearMonth.slice(0, 4)) * 12 + Number(yearMonth.slice(5, 7)) - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};
