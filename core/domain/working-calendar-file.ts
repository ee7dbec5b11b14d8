// The calendar files in data/rules/ (calendar-cn-YYYY.json) and their schema. Apart from the
// calendar's arithmetic so that screens using working time do not bundle the schema library.
import { z } from 'zod';
import { minutesOf } from './working-calendar';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM');
const date = z.iso.date();

export const calendarFileSchema = z
  .looseObject({
    year: z.number().int().min(2000).max(2100),
    timeZone: z.literal('Asia/Shanghai'),
    workingHours: z.array(z.strictObject({ from: clock, to: clock })).min(1),
    holidays: z.array(z.strictObject({ name: z.string().min(1), from: date, to: date })),
    workdays: z.array(z.strictObject({ name: z.string().min(1), date })),
  })
  .superRefine((file, ctx) => {
    let previousEnd = -1;
    file.workingHours.forEach((p, i) => {
      const start = minutesOf(p.from);
      const end = minutesOf(p.to);
      if (start >= end || start < previousEnd)
        ctx.addIssue({
          code: 'custom',
          path: ['workingHours', i],
          message: 'periods must be sorted and apart',
        });
      previousEnd = end;
    });
    const inYear = (d: string) => d.startsWith(`${file.year}-`);
    file.holidays.forEach((h, i) => {
      if (h.from > h.to || !inYear(h.from) || !inYear(h.to))
        ctx.addIssue({ code: 'custom', path: ['holidays', i], message: `a range within ${file.year}` });
    });
    file.workdays.forEach((w, i) => {
      if (!inYear(w.date))
        ctx.addIssue({ code: 'custom', path: ['workdays', i], message: `within ${file.year}` });
    });
  });
export type CalendarFile = z.output<typeof calendarFileSchema>;
