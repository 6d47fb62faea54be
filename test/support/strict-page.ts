// Pages served with a strict Content-Security-Policy and Trusted Types (test/support/csp-middleware.js), opened in a
// frame of the test page. Their test/fixtures/strict-csp-listen.js records every violation.

/** The window of such a page: `__cspViolations` lists "directive: sample" for each violation so far. */
export type StrictWindow = Window & { __cspViolations: string[] };

/** Opens `src` in a 1000 × 800 frame on the test page and waits for it to load. The caller removes the frame. */
export async function openFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}
