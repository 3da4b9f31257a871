import type { Req, Res } from '../../../../shared/api/types.js';

/** Renderer-side names for the template library's contract types (shared/api/schemas/templates.ts). */
export type TemplateView = Res<'templates:list'>['templates'][number];
export type TemplateSaveInput = Req<'templates:save'>;
export type TemplateSettingsValue = Res<'templates:settings'>;
export type ImportPreviewValue = Res<'templates:import-preview'>;
export type RenderValue = Res<'templates:render'>;
export type TemplateSyntaxProblem = NonNullable<TemplateView['syntax']['ja']>[number];
