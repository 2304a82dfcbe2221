/** Every payload calls window.__pwned (or alert) if it ever runs, so running is visible. */
export const HOSTILE_PAYLOADS: Record<string, string> = {
  'an img with onerror': `<img src=x onerror="__pwned('img')">`,
  'a script element': `<script>__pwned('script')</script>`,
  'an SVG with onload': `<svg onload="__pwned('svg')"><circle r="5"></circle></svg>`,
  'an SVG with a script inside': `<svg><script>__pwned('svg-script')</script></svg>`,
  'a javascript: URL': `javascript:__pwned('js-url')`,
  'a data: URL': `data:text/html,<script>alert('data-url')</script>`,
  'a double-quoted attribute breakout': `" onmouseover="__pwned('attr')" x="`,
  "a single-quoted attribute breakout": `' autofocus onfocus='__pwned("attr2")' x='`,
  'an iframe with a javascript: src': `<iframe src="javascript:parent.__pwned('iframe')"></iframe>`,
  'a link with a javascript: href': `<a href="javascript:__pwned('a')">click</a>`,
  'a template expression': `{{constructor.constructor('__pwned("tmpl")')()}} \${__pwned('tmpl2')}`,
  'a style element and bold markup': `<style>#app{display:none}</style><b>bold</b>`,
  'a comment breakout': `--><!--]]><img src=x onerror=alert('cdata')>`,
  'MathML with a javascript: href': `<math><mi xlink:href="javascript:alert('math')">x</mi></math>`,
  'Unicode direction overrides': `\u202Egnp.exe\u202C \u2066<b>isolate</b>\u2069 \u200F\u061C`,
};
/** 100,000 characters with an img payload in the middle. */
export const LONG_PAYLOAD = `${'A'.repeat(50_000)}<img src=x onerror="__pwned('long')">${'B'.repeat(50_000 - 37)}`;
