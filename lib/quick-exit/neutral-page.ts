// Where a quick exit leaves the window when it closes the last tab. GOV.UK's "Exit this page"
// uses BBC Weather: innocuous, fast, and plausible on a work computer.
export const DEFAULT_NEUTRAL_PAGE = 'https://www.bbc.co.uk/weather';

export const NEUTRAL_PAGE_ERRORS = {
  empty: 'Enter the address of a neutral page, for example https://www.bbc.co.uk/weather',
  notHttps: 'Enter an address starting with https://',
  invalid: 'Enter a full web address, for example https://www.bbc.co.uk/weather',
  credentials: 'Enter an address without a user name or password in it',
} as const;

export type NeutralPageCheck = { ok: true; url: string } | { ok: false; message: string };

/** https only: the page is opened with no prompt, so it must not be a file, script or local page. */
export function checkNeutralPageUrl(input: string): NeutralPageCheck {
  const text = input.trim();
  if (text === '') return { ok: false, message: NEUTRAL_PAGE_ERRORS.empty };
  if (!/^https:\/\//i.test(text)) return { ok: false, message: NEUTRAL_PAGE_ERRORS.notHttps };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: NEUTRAL_PAGE_ERRORS.invalid };
  }
  // A dotless host (https://weather) would open an error page, not a neutral site. (The scheme is
  // https: already, from the check above: a URL's scheme is what the text starts with.)
  if (!url.hostname.includes('.') || url.hostname.endsWith('.')) {
    return { ok: false, message: NEUTRAL_PAGE_ERRORS.invalid };
  }
  if (url.username || url.password) return { ok: false, message: NEUTRAL_PAGE_ERRORS.credentials };
  return { ok: true, url: url.href };
}

export function isNeutralPageUrl(input: string): boolean {
  return checkNeutralPageUrl(input).ok;
}
