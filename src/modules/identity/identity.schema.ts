/**
 * zod schemas for NIK and KK fields. They run the full checks (region, date, serial), so a request with
 * an impossible number fails validation with the rule's own message. The message is written
 * "Bahasa Indonesia // English", the convention of platform/http/validation-messages.ts, and the stable
 * rule code travels in `params.code`.
 */
import { z } from 'zod';
import { checkKk } from './kk.js';
import { checkNik } from './nik.js';

/** A NIK: exactly 16 digits passing `checkNik` (without a birth date or sex to compare). */
export const nikSchema = z.string().superRefine((value, ctx) => {
  for (const e of checkNik(value).errors) {
    ctx.addIssue({ code: 'custom', message: `${e.message} // ${e.messageEn}`, params: { code: e.code } });
  }
});

/** A KK number: exactly 16 digits passing `checkKk`. */
export const kkSchema = z.string().superRefine((value, ctx) => {
  for (const e of checkKk(value).errors) {
    ctx.addIssue({ code: 'custom', message: `${e.message} // ${e.messageEn}`, params: { code: e.code } });
  }
});
