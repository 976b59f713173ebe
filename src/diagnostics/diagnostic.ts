// The diagnostic record every compiler stage reports, and the one way to build it from the catalogue.
// In: a message template from messages.ts, a source span, the template arguments.
// Out: a Diagnostic (data only; format.ts prints it).
import type { Span } from '../ir/types.js';
import { type MessageTemplate, fillTemplate } from './messages.js';

export interface Diagnostic {
  code: number;
  severity: 'error' | 'warning';
  message: string;
  span: Span | null;
  related?: { message: string; span: Span }[];
  /** Whose code this is: our catalogue (`PS`, the default when absent) or TypeScript's own (`TS`). */
  prefix?: 'PS' | 'TS';
}

export function dslError(template: MessageTemplate, span: Span | null, ...args: (string | number)[]): Diagnostic {
  return { code: template.code, severity: 'error', message: fillTemplate(template, args), span };
}

/** A warning: the build still succeeds (for spellings that are accepted but lose something, e.g. an ignored value). */
export function dslWarning(template: MessageTemplate, span: Span | null, ...args: (string | number)[]): Diagnostic {
  return { ...dslError(template, span, ...args), severity: 'warning' };
}

/** Adds a "see also" location, e.g. where a duplicate name was first declared. */
export function withRelated(d: Diagnostic, message: string, span: Span): Diagnostic {
  return { ...d, related: [...(d.related ?? []), { message, span }] };
}

export const hasErrors = (ds: readonly Diagnostic[]): boolean => ds.some((d) => d.severity === 'error');
