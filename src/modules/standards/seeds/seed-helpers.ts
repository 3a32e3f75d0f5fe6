import {
  COMPONENT_PARTS,
  type CanonicalComponentKey,
  type ComponentItem,
  type ItemStyle,
  type Part,
  type Requirement,
  type StandardComponent,
  type Step,
  type StepKind,
  type StepRole,
  type TimeLimit,
} from '../standard.schema.js';

/**
 * Small builders so the seed files read like the seed documents: every field a seed does not state
 * defaults to "not stated" (null / false), never to a guess.
 */

export const minutes = (amount: number): TimeLimit => ({ amount, unit: 'minutes' });
export const hours = (amount: number): TimeLimit => ({ amount, unit: 'hours' });
export const workingDays = (amount: number): TimeLimit => ({ amount, unit: 'working_days' });
export const calendarDays = (amount: number): TimeLimit => ({ amount, unit: 'calendar_days' });
export const months = (amount: number): TimeLimit => ({ amount, unit: 'months' });

/** A document requirement; `extra` sets what the seed states about it. */
export function doc(code: string, label: string, extra: Partial<Omit<Requirement, 'code' | 'label'>> = {}): Requirement {
  return {
    code,
    label,
    kind: 'document',
    alternatives: null,
    condition: null,
    original: null,
    materai: false,
    count: null,
    providedByOffice: false,
    localDomicile: false,
    ...extra,
  };
}

export function step(
  code: string,
  label: string,
  role: StepRole,
  kind: StepKind,
  extra: Partial<Omit<Step, 'code' | 'label' | 'role' | 'kind'>> = {},
): Step {
  return { code, label, role, kind, actor: null, mutuBaku: null, condition: null, ...extra };
}

/** A row of the published table. `part` is derived from the key except for 'other' rows. */
export function row(
  number: string | null,
  key: CanonicalComponentKey,
  title: string,
  items: ComponentItem[],
  itemStyle: ItemStyle = 'none',
): StandardComponent {
  return { key, title, part: COMPONENT_PARTS[key], number, itemStyle, items };
}

export function otherRow(
  number: string | null,
  part: Part,
  title: string,
  items: ComponentItem[],
  itemStyle: ItemStyle = 'none',
): StandardComponent {
  return { key: 'other', title, part, number, itemStyle, items };
}

/** Mon–Thu and Friday hours, the pattern every seed that states hours uses. */
export function monThuFri(monThu: [string, string], fri: [string, string]) {
  return [
    ...[1, 2, 3, 4].map((weekday) => ({ weekday, opens: monThu[0], closes: monThu[1] })),
    { weekday: 5, opens: fri[0], closes: fri[1] },
  ];
}
