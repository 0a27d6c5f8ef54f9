// Types of the validators scripts/build.js generates from the JSON schemas.
export interface ValidationError {
  instancePath: string;
  message?: string;
  keyword: string;
  params: Record<string, unknown>;
}
export interface Validator {
  (data: unknown): boolean;
  errors?: ValidationError[] | null;
}
export const validateRule: Validator;
export const validatePack: Validator;
export const validateFacts: Validator;
export const validateDocuments: Validator;
export const validateConfig: Validator;
