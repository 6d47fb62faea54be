/**
 * The automatic details added to a report: browser, system, screen, language, online state, page and time.
 * `describeUserAgent` is pure; `collectContext` reads them from the browser it runs in.
 */

export interface ReportContext {
  browser: string;
  os: string;
  userAgent: string;
  screen: string;
  window: string;
  pixelRatio: number;
  language: string;
  languages: string;
  online: boolean;
  timeZone: string;
  localTime: string;
  pageUrl: string;
  pageTitle: string;
}

/** A readable browser name and system from a user-agent string. Best effort: the raw string is sent as well. */
export function describeUserAgent(ua: string): { browser: string; os: string } {
  const version = (re: RegExp) => ua.match(re)?.[1] ?? '';
  let browser = 'Unknown browser';
  if (/Edg(e|A|iOS)?\//.test(ua)) browser = `Microsoft Edge ${version(/Edg(?:e|A|iOS)?\/([\d]+)/)}`;
  else if (/OPR\//.test(ua)) browser = `Opera ${version(/OPR\/(\d+)/)}`;
  else if (/Firefox\//.test(ua)) browser = `Firefox ${version(/Firefox\/(\d+)/)}`;
  else if (/CriOS\//.test(ua)) browser = `Chrome ${version(/CriOS\/(\d+)/)}`;
  else if (/Chrom(e|ium)\//.test(ua))
    browser = `${/Chromium\//.test(ua) ? 'Chromium' : 'Chrome'} ${version(/Chrom(?:e|ium)\/(\d+)/)}`;
  else if (/Safari\//.test(ua) && /Version\//.test(ua)) browser = `Safari ${version(/Version\/([\d.]+)/)}`;

  let os = 'Unknown system';
  if (/Windows NT 10\.0/.test(ua)) os = 'Windows 10 or 11';
  else if (/Windows NT 6\.3/.test(ua)) os = 'Windows 8.1';
  else if (/Windows NT 6\.1/.test(ua)) os = 'Windows 7';
  else if (/Windows/.test(ua)) os = 'Windows';
  else if (/CrOS/.test(ua)) os = 'ChromeOS';
  else if (/Android/.test(ua)) os = `Android ${version(/Android ([\d.]+)/)}`.trim();
  else if (/iPhone|iPad|iPod/.test(ua)) os = `iOS ${version(/OS ([\d_]+)/).replace(/_/g, '.')}`.trim();
  else if (/Mac OS X/.test(ua)) os = 'macOS';
  else if (/Linux/.test(ua)) os = 'Linux';
  return { browser: browser.trim(), os };
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Reads the details from this browser. `maskAddress` hides personal details in the page address, `maskText` in
 * the page title (a patron's account page may carry a name or card number in its title).
 */
export function collectContext(
  maskAddress: (url: string) => string,
  now = new Date(),
  maskText: (text: string) => string = text => text
): ReportContext {
  const ua = navigator.userAgent;
  const { browser, os } = describeUserAgent(ua);
  let timeZone = '';
  try {
    timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
  } catch {
    // Very old browsers: leave it out.
  }
  const offset = -now.getTimezoneOffset();
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const localTime =
    `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ` +
    `${pad(now.getHours())}:${pad(now.getMinutes())} (UTC${offset >= 0 ? '+' : '-'}${pad(offset / 60)}:${pad(offset % 60)})`;
  return {
    browser: cut(browser, 200),
    os: cut(os, 200),
    userAgent: cut(ua, 500),
    screen: `${screen.width}×${screen.height}`,
    window: `${innerWidth}×${innerHeight}`,
    pixelRatio: Math.round((devicePixelRatio || 1) * 100) / 100,
    language: cut(navigator.language ?? '', 40),
    languages: cut((navigator.languages ?? []).join(', '), 200),
    online: navigator.onLine,
    timeZone: cut(timeZone, 80),
    localTime,
    pageUrl: cut(maskAddress(location.href), 2048),
    pageTitle: cut(maskText(document.title), 500)
  };
}
