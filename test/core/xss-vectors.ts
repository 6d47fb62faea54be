/**
 * XSS vectors written as Markdown input, drawn from DOMPurify's test kinds (mXSS, namespace confusion, DOM
 * clobbering) and the OWASP XSS Filter Evasion Cheat Sheet, plus Markdown's own ways to make a link.
 *
 * Every vector, if it ever ran, sets `window.__tbXss` (directly, through `parent` from a same-origin frame, or by
 * posting '__tbXss' to the parent from an opaque-origin frame — see `installXssCanary`). The clobbering vectors
 * set it too: an element with id or name "__tbXss" becomes `window.__tbXss`.
 */

export interface XssVector {
  name: string;
  markdown: string;
}

declare global {
  interface Window {
    __tbXss?: unknown;
  }
}

const JS = 'window.__tbXss=true';
const FROM_FRAME = 'parent.__tbXss=true';
const FROM_OPAQUE = "parent.postMessage('__tbXss','*')";
const B64_SCRIPT = btoa(`<script>${FROM_OPAQUE}</script>`);

/** Messages from opaque-origin frames ('data:' documents) count as executions too. */
export function installXssCanary(win: Window = window): () => void {
  const onMessage = (event: MessageEvent) => {
    if (event.data === '__tbXss') win.__tbXss = true;
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}

export const XSS_VECTORS: readonly XssVector[] = [
  // Scripts
  { name: 'script tag', markdown: `<script>${JS}</script>` },
  { name: 'script tag inside a paragraph', markdown: `Hello <script>${JS}</script> world` },
  { name: 'upper-case script with data: src', markdown: `<SCRIPT SRC="data:text/javascript,${JS}"></SCRIPT>` },
  { name: 'script split by a null byte', markdown: `<scr\u0000ipt>${JS}</scr\u0000ipt>` },
  { name: 'malformed img quotes then script (OWASP)', markdown: `<IMG """><SCRIPT>${JS}</SCRIPT>">` },
  {
    name: 'script in an HTML block followed by Markdown',
    markdown: `<div>\n<script>${JS}</script>\n</div>\n\n*after*`
  },

  // Event handlers
  { name: 'img onerror', markdown: `<img src=x onerror="${JS}">` },
  { name: 'img onerror unquoted', markdown: `<img src=x onerror=${JS}>` },
  { name: 'IMG ONERROR upper case', markdown: `<IMG SRC=x ONERROR="${JS}">` },
  { name: 'img onerror in running text', markdown: `Read <img src=x onerror="${JS}"> this` },
  { name: 'img onerror with entity-encoded handler', markdown: `<img src=x onerror="&#119;indow.__tbXss&#61;true">` },
  { name: 'img onerror split by a null byte', markdown: `<img src=x on\u0000error="${JS}">` },
  { name: 'backtick attribute values', markdown: '<img src=`x` onerror=`window.__tbXss=true`>' },
  { name: 'img srcset onerror', markdown: `<img srcset="x" onerror="${JS}">` },
  { name: 'svg onload', markdown: `<svg onload="${JS}"></svg>` },
  { name: 'svg/onload without space', markdown: `<svg/onload=${JS}>` },
  { name: 'body onload', markdown: `<body onload="${JS}">` },
  { name: 'details ontoggle', markdown: `<details open ontoggle="${JS}"><summary>x</summary></details>` },
  { name: 'input autofocus onfocus', markdown: `<input autofocus onfocus="${JS}">` },
  { name: 'textarea autofocus onfocus', markdown: `<textarea autofocus onfocus="${JS}">x</textarea>` },
  { name: 'select autofocus onfocus', markdown: `<select autofocus onfocus="${JS}"><option>x</option></select>` },
  { name: 'video source onerror', markdown: `<video><source onerror="${JS}"></video>` },
  { name: 'audio onerror', markdown: `<audio src=x onerror="${JS}"></audio>` },
  { name: 'marquee onstart', markdown: `<marquee onstart="${JS}">x</marquee>` },
  { name: 'unknown element onclick', markdown: `<xss onclick="${JS}" onafterscriptexecute="${JS}">x</xss>` },
  { name: 'custom element onfocus', markdown: `<x-tb autofocus tabindex=1 onfocus="${JS}">x</x-tb>` },
  { name: 'allowed tag with handler', markdown: `<p onmouseover="${JS}">hover</p> <em onclick="${JS}">x</em>` },
  { name: 'link with handler', markdown: `<a href="https://example.org/" onclick="${JS}">x</a>` },
  { name: 'frameset onload', markdown: `<frameset onload="${JS}"></frameset>` },

  // javascript:, vbscript:, data: in raw HTML
  { name: 'a href javascript:', markdown: `<a href="javascript:${JS}">x</a>` },
  { name: 'a href unquoted javascript:', markdown: `<a href=javascript:${JS}>x</a>` },
  { name: 'a href JaVaScRiPt:', markdown: `<a href="JaVaScRiPt:${JS}">x</a>` },
  { name: 'a href &#106;avascript:', markdown: `<a href="&#106;avascript:${JS}">x</a>` },
  {
    name: 'a href hex entities',
    markdown: `<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;${JS}">x</a>`
  },
  {
    name: 'a href long decimal entities without semicolons',
    markdown:
      '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058' +
      `${JS}">x</a>`
  },
  { name: 'a href with an encoded tab', markdown: `<a href="jav&#x09;ascript:${JS}">x</a>` },
  { name: 'a href with a literal tab', markdown: `<a href="jav\tascript:${JS}">x</a>` },
  { name: 'a href with an encoded newline', markdown: `<a href="jav&#x0A;ascript:${JS}">x</a>` },
  { name: 'a href with an encoded carriage return', markdown: `<a href="jav&#x0D;ascript:${JS}">x</a>` },
  { name: 'a href with &Tab; and &colon;', markdown: `<a href="java&Tab;script&colon;${JS}">x</a>` },
  { name: 'a href with leading spaces and control characters', markdown: `<a href=" &#14;  javascript:${JS}">x</a>` },
  { name: 'a href with a leading control character', markdown: `<a href="\u0001javascript:${JS}">x</a>` },
  { name: 'a href split by a null byte', markdown: `<a href="java\u0000script:${JS}">x</a>` },
  { name: 'a href vbscript:', markdown: `<a href="vbscript:${JS}">x</a>` },
  { name: 'a href data:text/html', markdown: `<a href="data:text/html;base64,${B64_SCRIPT}">x</a>` },
  {
    name: 'area href javascript:',
    markdown: `<map name=m><area shape=rect coords=0,0,9,9 href="javascript:${JS}"></map>`
  },
  { name: 'math href (MathML link)', markdown: `<math href="javascript:${JS}"><mtext>x</mtext></math>` },
  {
    name: 'table background javascript:',
    markdown: `<table background="javascript:${JS}"><tr><td>x</td></tr></table>`
  },

  // Frames, plugins, forms, document-level elements
  { name: 'iframe src javascript:', markdown: `<iframe src="javascript:${FROM_FRAME}"></iframe>` },
  { name: 'iframe srcdoc script', markdown: `<iframe srcdoc="<script>${FROM_FRAME}</script>"></iframe>` },
  {
    name: 'iframe srcdoc entity-encoded img',
    markdown: `<iframe srcdoc="&lt;img src=x onerror=${FROM_FRAME}&gt;"></iframe>`
  },
  { name: 'iframe src data:text/html', markdown: `<iframe src="data:text/html;base64,${B64_SCRIPT}"></iframe>` },
  { name: 'object data javascript:', markdown: `<object data="javascript:${FROM_FRAME}"></object>` },
  { name: 'object data data:text/html', markdown: `<object data="data:text/html;base64,${B64_SCRIPT}"></object>` },
  { name: 'embed src data:text/html', markdown: `<embed src="data:text/html;base64,${B64_SCRIPT}">` },
  { name: 'embed src javascript:', markdown: `<embed src="javascript:${FROM_FRAME}">` },
  { name: 'form action javascript:', markdown: `<form action="javascript:${JS}"><button>Send</button></form>` },
  {
    name: 'button formaction javascript:',
    markdown: `<form><button formaction="javascript:${JS}">Send</button></form>`
  },
  { name: 'input type=image formaction', markdown: `<input type="image" src="x" formaction="javascript:${JS}">` },
  { name: 'isindex action', markdown: `<isindex type=image src=1 action="javascript:${JS}">` },
  { name: 'base href javascript:', markdown: `<base href="javascript:${JS}//"><a href="/relative">x</a>` },
  { name: 'meta refresh to javascript:', markdown: `<meta http-equiv="refresh" content="0;url=javascript:${JS}">` },
  { name: 'link stylesheet javascript:', markdown: `<link rel="stylesheet" href="javascript:${JS}">` },
  { name: 'template content', markdown: `<template><img src=x onerror="${JS}"></template>` },

  // Styles
  { name: 'style @import javascript:', markdown: `<style>@import 'javascript:${JS}';</style>` },
  { name: 'style url(javascript:)', markdown: `<style>*{background:url("javascript:${JS}")}</style>` },
  { name: 'style attribute url(javascript:)', markdown: `<div style="background-image:url(javascript:${JS})">x</div>` },
  { name: 'style attribute expression()', markdown: `<div style="width:expression(${JS})">x</div>` },
  { name: 'style attribute overlay', markdown: `<a href="https://example.org/" style="position:fixed;inset:0">x</a>` },

  // SVG / MathML namespace confusion and mutation XSS
  { name: 'svg script', markdown: `<svg><script>${JS}</script></svg>` },
  { name: 'svg animate onbegin', markdown: `<svg><animate onbegin="${JS}" attributeName=x dur=1s></svg>` },
  {
    name: 'svg a xlink:href javascript:',
    markdown: `<svg><a xlink:href="javascript:${JS}"><text x=20 y=20>x</text></a></svg>`
  },
  {
    name: 'svg set attributeName href',
    markdown: `<svg><a><set attributeName="href" to="javascript:${JS}"/><text>x</text></a></svg>`
  },
  {
    name: 'svg use data:',
    markdown: `<svg><use href="data:image/svg+xml;base64,${btoa(`<svg id="x" xmlns="http://www.w3.org/2000/svg"><image href="1" onerror="${JS}"/></svg>`)}#x"/></svg>`
  },
  {
    name: 'svg foreignObject iframe',
    markdown: `<svg><foreignObject><iframe src="javascript:${FROM_FRAME}"></iframe></foreignObject></svg>`
  },
  {
    name: 'mXSS: math mtext table mglyph style (DOMPurify 2.0.0)',
    markdown: `<math><mtext><table><mglyph><style><img src=x onerror="${JS}">`
  },
  {
    name: 'mXSS: math mi mglyph svg mtext textarea (DOMPurify 2.2.2)',
    markdown: `<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror='${JS}' src=1>">`
  },
  { name: 'mXSS: svg /p style', markdown: `<svg></p><style><a id="</style><img src=1 onerror=${JS}>">` },
  {
    name: 'mXSS: nested forms with math (DOMPurify 2.0.17)',
    markdown: `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${JS}>`
  },
  { name: 'mXSS: noscript title', markdown: `<noscript><p title="</noscript><img src=x onerror=${JS}>"></noscript>` },
  { name: 'mXSS: noembed title', markdown: `<noembed><img title="</noembed><img src onerror=${JS}>"></noembed>` },
  { name: 'mXSS: xmp title', markdown: `<xmp><p title="</xmp><img src=x onerror=${JS}>"></xmp>` },
  { name: 'mXSS: title element', markdown: `<title><img title="</title><img src onerror=${JS}>"></title>` },
  { name: 'mXSS: textarea title', markdown: `<textarea><img title="</textarea><img src=x onerror=${JS}>"></textarea>` },
  { name: 'comment breaking (OWASP)', markdown: `<!--<img src="--><img src=x onerror=${JS}//">` },
  { name: 'CDATA in HTML', markdown: `<![CDATA[><img src=x onerror=${JS}>]]>` },
  { name: 'processing instruction', markdown: `<?xml version="1.0"?><img src=x onerror="${JS}">` },

  // Quote breaking
  { name: 'title attribute breaking out', markdown: `<a href="x" title="\\"><img src=x onerror=${JS}>">x</a>` },
  { name: 'attribute value with a closing tag', markdown: `<p title="</p><img src=x onerror=${JS}>">x</p>` },

  // DOM clobbering: each would make window.__tbXss an element
  { name: 'clobbering with id', markdown: `<a id="__tbXss" href="#">x</a>` },
  { name: 'clobbering with img name', markdown: `<img name="__tbXss" src="https://example.org/x.png">` },
  { name: 'clobbering with form name', markdown: `<form name="__tbXss"><input name="attributes"></form>` },
  { name: 'clobbering document.cookie', markdown: `<img name="cookie"><form id="attributes"></form>` },
  { name: 'clobbering via an allowed tag', markdown: `<p id="__tbXss">x</p><em name="__tbXss">y</em>` },

  // Markdown links
  { name: 'markdown link javascript:', markdown: `[x](javascript:${JS})` },
  { name: 'markdown link JaVaScRiPt:', markdown: `[x](JaVaScRiPt:${JS})` },
  { name: 'markdown link with a title', markdown: `[x](javascript:${JS} "title")` },
  { name: 'markdown link in angle brackets', markdown: `[x](<javascript:${JS}>)` },
  { name: 'markdown link &#106;avascript:', markdown: `[x](&#106;avascript:${JS})` },
  { name: 'markdown link javascript&#58;', markdown: `[x](javascript&#58;${JS})` },
  { name: 'markdown link javascript&colon;', markdown: `[x](javascript&colon;${JS})` },
  { name: 'markdown link with an encoded tab', markdown: `[x](java&#9;script:${JS})` },
  { name: 'markdown link with an escaped colon', markdown: `[x](javascript\\:${JS})` },
  { name: 'markdown link vbscript:', markdown: `[x](vbscript:${JS})` },
  { name: 'markdown link data:text/html', markdown: `[x](data:text/html;base64,${B64_SCRIPT})` },
  { name: 'markdown link title breaking out', markdown: `[x](https://example.org/ "a\\" onmouseover=\\"${JS}")` },
  { name: 'markdown link text with raw HTML', markdown: `[<img src=x onerror="${JS}">](https://example.org/)` },
  { name: 'autolink javascript:', markdown: `<javascript:${JS}>` },
  { name: 'autolink JAVASCRIPT:', markdown: `<JAVASCRIPT:${JS}>` },
  { name: 'autolink vbscript:', markdown: `<vbscript:${JS}>` },
  { name: 'autolink data:', markdown: `<data:text/html;base64,${B64_SCRIPT}>` },
  { name: 'reference link javascript:', markdown: `[x][a]\n\n[a]: javascript:${JS}` },
  { name: 'reference link with a title', markdown: `[x][a]\n\n[a]: javascript:${JS} "title"` },
  { name: 'shortcut reference link', markdown: `[a]\n\n[a]: <javascript:${JS}>` },
  { name: 'reference link entity-encoded', markdown: `[x][a]\n\n[a]: &#x6A;avascript:${JS}` },
  { name: 'markdown image javascript:', markdown: `![x](javascript:${JS})` },
  { name: 'markdown image src breaking out', markdown: `![x](x" onerror="${JS})` },
  { name: 'markdown image alt breaking out', markdown: `![x" onerror="${JS}](https://example.org/x.png)` },
  { name: 'markdown image data:', markdown: `![x](data:image/svg+xml;base64,${btoa(`<svg onload="${JS}"/>`)})` },
  { name: 'markdown image http (tracking pixel)', markdown: `![x](http://tracker.example/pixel.gif)` },
  { name: 'image inside a link', markdown: `[![x](x" onerror="${JS})](javascript:${JS})` },
  { name: 'fenced code closing early', markdown: '```\n</code></pre><img src=x onerror="window.__tbXss=true">\n```' },
  { name: 'inline code closing early', markdown: '`</code><img src=x onerror="window.__tbXss=true">`' },
  { name: 'HTML block around a Markdown link', markdown: `<div>\n\n[x](javascript:${JS})\n\n</div>` },
  { name: 'link in a list in a quote', markdown: `> - [x](javascript:${JS})\n> - <img src=x onerror="${JS}">` },
  { name: 'heading with raw HTML', markdown: `# <img src=x onerror="${JS}"> heading` },
  {
    name: 'opaque-origin frame payload',
    markdown: `<iframe src="data:text/html,<script>${FROM_OPAQUE}</script>"></iframe>`
  }
];

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'data', 'poster']);
const DANGEROUS_SCHEME = /^(?:javascript|vbscript|data):/;
// Stricter than a URL parser (which drops controls and spaces at the ends, tabs and newlines anywhere): strip those
// and other Unicode spaces everywhere before looking at the scheme.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this must catch
const IGNORED_IN_URLS = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u205f\u3000\ufeff]/g;
const FORBIDDEN_ELEMENTS = [
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'style',
  'link',
  'base',
  'meta',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'isindex',
  'template',
  'svg',
  'math',
  'noscript',
  'video',
  'audio',
  'area',
  'map'
];

/** Everything unsafe left in rendered output, as readable lines (empty when clean). */
export function findProblems(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.localName;
    if (FORBIDDEN_ELEMENTS.includes(tag)) problems.push(`<${tag}> element kept`);
    for (const { name, value } of Array.from(element.attributes)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) problems.push(`<${tag}> has event handler ${name}`);
      if (lower === 'id' || lower === 'name' || lower === 'style') problems.push(`<${tag}> has ${name}="${value}"`);
      if (URL_ATTRIBUTES.has(lower) && DANGEROUS_SCHEME.test(value.replace(IGNORED_IN_URLS, '').toLowerCase())) {
        problems.push(`<${tag}> has ${name}="${value}"`);
      }
    }
    if (tag === 'a' && element.hasAttribute('href') && element.getAttribute('rel') !== 'noopener noreferrer') {
      problems.push(`<a href="${element.getAttribute('href')}"> without rel="noopener noreferrer"`);
    }
  }
  return problems;
}
