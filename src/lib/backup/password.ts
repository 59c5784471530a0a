/** The rule for a backup's password, as the backup screen checks it before making the file. */

/** The fewest characters a backup's password may have. */
export const PASSWORD_MIN = 8;

/** Why a new password typed twice will not do. */
export type PasswordProblem = 'too-short' | 'differ';

/** The problem with a new password and its repeat, or undefined when it will do. */
export function passwordProblem(password: string, repeat: string): PasswordProblem | undefined {
	if ([...password.normalize('NFC')].length < PASSWORD_MIN) return 'too-short';
	if (password !== repeat) return 'differ';
	return undefined;
}
