/**
 * Terminal colours without a dependency: five SGR codes are all the text report needs, and keeping
 * them here leaves the renderer a pure function (no process, no tty) that the caller switches on.
 */
export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  red(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export const COLOURS: Paint = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  green: sgr(32, 39),
  yellow: sgr(33, 39),
  red: sgr(31, 39),
};

const same = (s: string) => s;
export const PLAIN: Paint = { bold: same, dim: same, green: same, yellow: same, red: same };

export function paint(color: boolean | undefined): Paint {
  return color ? COLOURS : PLAIN;
}
