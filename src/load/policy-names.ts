/**
 * Which files are policies when a folder is searched, by the CLI, the language server, the GitHub
 * Action and the pre-commit hook alike: a file whose name says so. A README, a changelog or a
 * licence NOTICE is not one; a file named on the command line always is, and a configuration's
 * `files` patterns add others (a TELEMETRY.md, say).
 */
import path from 'node:path';

/** Words that make a file name a policy's, matched anywhere in the name, in any case. */
export const POLICY_NAME_WORDS = ['privacy', 'cookie', 'datenschutz', 'data-protection', 'data_protection', 'dataprotection', 'confidentialit', 'privacidad', 'gdpr', 'ccpa'] as const;

const POLICY_NAME = new RegExp(POLICY_NAME_WORDS.join('|'), 'i');

export function isPolicyName(file: string): boolean {
  return POLICY_NAME.test(path.basename(file));
}

/** The word that makes it one (for --print-files). */
export function policyNameWord(file: string): string | undefined {
  return POLICY_NAME.exec(path.basename(file))?.[0].toLowerCase();
}
