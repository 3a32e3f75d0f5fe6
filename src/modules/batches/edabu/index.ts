// Public surface of the e-Dabu export; the batch service and routes import from here.
export { CHANGE_TYPES, EDABU_TEMPLATES, edabuTemplate } from './edabu-templates.js';
export type { ChangeType, EdabuColumn, EdabuTemplate, FamilyRelation, MaritalStatus, Sex } from './edabu-templates.js';
export type { EdabuOffice, EdabuRow, EdabuRowSource } from './edabu-row.js';
export { validateEdabuOffice, validateEdabuRow, type EdabuFieldError, type ValidateOptions } from './edabu-validate.js';
export { BatchValidator, validateBatchRows, type BatchValidationResult, type InvalidRow } from './edabu-batch-validate.js';
export { writeEdabuXlsx, type EdabuXlsxOptions } from './edabu-xlsx-writer.js';
export { writeEdabuCsv, type EdabuCsvOptions } from './edabu-csv-writer.js';
export type { EdabuExportOptions, EdabuExportResult } from './edabu-export-rows.js';
export { ANSWER_COLUMNS, parseAnswerFile, validateAnswerRow } from './answer-file.js';
export type { AnswerFileKind, AnswerParseItem, AnswerRow, AnswerStatus } from './answer-file.js';
export { simulateBpjsAnswer, writeAnswerFile, type SimulateAnswerOptions } from './answer-simulator.js';
