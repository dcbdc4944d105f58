// The viewer: plain JavaScript over the same HTTP API as any client. Views by the address's hash:
//   #/article              post an article (text or file) or open a summary by id
//   #/article/{id}?claim=N the article's text with its claims marked (N: a claim's start, selected)
//   #/speakers?q=…         speaker search
//   #/speaker/{name}?act=&kind=&since=&until=   a speaker's claims across articles and a chart per day
//   #/quotes?text=…        quotation search (six words or more)
//   #/quote/{id}           every appearance of one quotation, oldest first
// Article text is untrusted: it only ever enters the page as text nodes, never as markup.
'use strict';
(function () {
  const PALETTE_SIZE = 8;
  const CLAIMS_PER_PAGE = 20;
  const $ = (id) => document.getElementById(id);
  const SVG_NS = 'http://www.w3.org/2000/svg';

  // ---- API --------------------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(message, status, problem) {
      super(message);
      this.status = status;
      this.problem = problem;
    }
  }

  /** fetch, and every answer that is not 2xx turned into an ApiError worded from its problem body. */
  async function api(path, options) {
    let response;
    try {
      // auth.js: a bearer token when the API takes Cognito tokens, the options unchanged otherwise.
      response = await fetch(path, window.pageAuth ? await window.pageAuth.sign(options) : options);
    } catch (e) {
      throw new ApiError('The API could not be reached (' + e.message + ').', 0, null);
    }
    if (response.ok) {
      return response;
    }
    if (response.status === 401 && window.pageAuth) window.pageAuth.rejected();
    let problem = null;
    if ((response.headers.get('content-type') || '').includes('json')) {
      try { problem = await response.json(); } catch (ignored) { problem = null; }
    }
    throw new ApiError(problemText(problem, response), response.status, problem);
  }

  function problemText(problem, response) {
    if (problem && (problem.title || problem.detail)) {
      const title = problem.title || ('Error ' + response.status);
      return problem.detail ? title + ': ' + problem.detail : title + '.';
    }
    return 'The API answered ' + response.status + (response.statusText ? ' ' + response.statusText : '') + '.';
  }

  function showError(error) {
    const box = $('error');
    box.textContent = error ? (error instanceof ApiError ? error.message : 'Something went wrong: ' + error.message) : '';
    box.hidden = !error;
  }

  // ---- small DOM helpers ------------------------------------------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') node.className = v;
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  function clear(node) {
    node.replaceChildren();
    return node;
  }

  function formatDate(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    return isNaN(d) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  }

  function initials(name) {
    const words = (name || '').split(/[\s\-]+/).filter((w) => /\p{L}/u.test(w));
    if (words.length === 0) return '?';
    const first = words[0].match(/\p{L}/u)[0];
    const last = words.length > 1 ? words[words.length - 1].match(/\p{L}/u)[0] : '';
    return (first + last).toUpperCase();
  }

  function speakerHref(name) {
    return '#/speaker/' + encodeURIComponent(name);
  }

  // ---- routing ----------------------------------------------------------------------------------

  function parseHash() {
    const hash = location.hash.replace(/^#/, '') || '/article';
    const [path, query] = hash.split('?');
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    return { parts, params: new URLSearchParams(query || '') };
  }

  let routeToken = 0;

  async function route() {
    const token = ++routeToken;
    const { parts, params } = parseHash();
    showError(null);
    const view = { speakers: 'speakers', speaker: 'speakers', quotes: 'quotes', quote: 'quotes' }[parts[0]] || 'article';
    for (const v of ['article', 'speakers', 'quotes']) {
      $('view-' + v).hidden = v !== view;
      if (v === view) $('nav-' + v).setAttribute('aria-current', 'page'); else $('nav-' + v).removeAttribute('aria-current');
    }
    try {
      if (parts[0] === 'article' && parts[1]) {
        await openArticle(parts[1], params.get('claim'), token);
      } else if (parts[0] === 'article' || parts.length === 0) {
        $('article').hidden = true;
        $('new-article').open = true;
        $('article-status').textContent = '';
      } else if (parts[0] === 'speakers') {
        $('speaker').hidden = true;
        const q = params.get('q') || '';
        $('search-q').value = q;
        clear($('search-results'));
        $('speakers-status').textContent = '';
        if (q) await searchSpeakers(q, token);
      } else if (parts[0] === 'speaker' && parts[1]) {
        clear($('search-results'));
        await openSpeaker(parts[1], params, token);
      } else if (parts[0] === 'quotes') {
        $('quote').hidden = true;
        const text = params.get('text') || '';
        $('quote-q').value = text;
        clear($('quote-results'));
        $('quotes-status').textContent = '';
        if (text) await searchQuotes(text, token);
      } else if (parts[0] === 'quote' && parts[1]) {
        clear($('quote-results'));
        await openQuote(parts[1], token);
      }
    } catch (e) {
      if (token === routeToken) showError(e);
    }
  }

  // ---- article view -----------------------------------------------------------------------------

  /** Texts posted from this page, by summary id: used when the API keeps no text for an article. */
  const postedTexts = new Map();

  async function postArticle(event) {
    event.preventDefault();
    showError(null);
    const file = $('post-file').files[0];
    const text = $('post-text').value;
    let body;
    let type;
    if (file) {
      body = await file.arrayBuffer();
      const name = file.name.toLowerCase();
      type = /\.html?$/.test(name) ? 'text/html'
        : /\.(md|markdown)$/.test(name) ? 'text/markdown'
        : 'text/plain';
    } else if (text.trim()) {
      body = text;
      type = 'text/plain; charset=utf-8';
    } else {
      showError(new ApiError('Paste an article or choose a file first.', 0, null));
      $('post-text').focus();
      return;
    }
    const button = $('post-button');
    button.disabled = true;
    $('article-status').textContent = 'Summarising…';
    try {
      const response = await api('/summaries', { method: 'POST', headers: { 'Content-Type': type }, body });
      const summary = await response.json();
      if (!file) postedTexts.set(summary.id, text);
      summaries.set(summary.id, summary);
      $('post-file').value = '';
      location.hash = '#/article/' + summary.id;
    } catch (e) {
      $('article-status').textContent = '';
      showError(e);
    } finally {
      button.disabled = false;
    }
  }

  const summaries = new Map();

  async function openArticle(id, selectedStart, token) {
    $('article-status').textContent = 'Loading the summary…';
    let summary = summaries.get(id);
    if (!summary) {
      summary = await (await api('/summaries/' + encodeURIComponent(id))).json();
      summaries.set(id, summary);
    }
    let text = null;
    let textProblem = null;
    try {
      text = await (await api('/summaries/' + encodeURIComponent(id) + '/text')).text();
    } catch (e) {
      textProblem = e;
      const local = postedTexts.get(id);
      if (local !== undefined && claimsFit(summary, local)) text = local;
    }
    if (token !== routeToken) return;
    renderArticle(summary, text, textProblem);
    $('article-status').textContent = text === null ? '' : 'Showing ' + countMarked() + ' claims.';
    if (selectedStart !== null) {
      const mark = document.querySelector('mark.claim[data-start="' + CSS.escape(selectedStart) + '"]');
      if (mark) {
        selectClaim(mark);
        mark.focus();
        mark.scrollIntoView({ block: 'center' });
      }
    }
  }

  function claimsFit(summary, text) {
    return (summary.claims || []).every((c) => text.slice(c.start, c.end) === c.text);
  }

  function countMarked() {
    return document.querySelectorAll('#article-text mark.claim').length;
  }

  /** Speaker name → palette index, in the order the summary lists its speakers (most claims first). */
  function speakerColours(summary) {
    const colours = new Map();
    for (const s of summary.speakers || []) {
      if (!colours.has(s.name)) colours.set(s.name, colours.size % PALETTE_SIZE);
    }
    for (const c of summary.claims || []) {
      if (c.speaker && !colours.has(c.speaker)) colours.set(c.speaker, colours.size % PALETTE_SIZE);
    }
    return colours;
  }

  function claimClass(claim, colours) {
    return claim.speaker ? 's' + colours.get(claim.speaker) : 'statement';
  }

  let current = null; // { summary, colours, claims }

  function renderArticle(summary, text, textProblem) {
    const colours = speakerColours(summary);
    const claims = (summary.claims || []).map((c, index) => Object.assign({ index }, c));
    current = { summary, colours, claims };
    $('article').hidden = false;
    $('new-article').open = false;
    $('article-title').textContent = summary.title || '(no title)';
    const meta = [];
    const dl = summary.dateline || {};
    for (const part of [dl.location, dl.date, dl.agency, dl.author]) if (part) meta.push(part);
    meta.push('summary ' + summary.id);
    if (summary.source && summary.source.key) meta.push('s3://' + summary.source.bucket + '/' + summary.source.key);
    $('article-meta').textContent = meta.join(' · ');
    renderClaimDetails(null);
    renderSummaryList(summary);
    renderSpeakerList(summary, colours);
    renderEntities(summary);
    performance.mark('article-render-start');
    const target = clear($('article-text'));
    if (text === null) {
      target.append(el('p', { class: 'hint' }, 'The article\'s text cannot be shown, so its claims are not marked: '
        + (textProblem ? textProblem.message : 'no text.')));
      return;
    }
    target.append(markedText(text, summary, claims, colours));
    // For the browser's performance tools: how long marking the text took (see README "The page").
    performance.measure('article-render', 'article-render-start');
  }

  /**
   * The text as one fragment: each claim a focusable <mark>, a claim within another ("said he feared that …")
   * nested in it; claims whose offsets do not hold their words, or that cross another claim's boundary, are
   * left unmarked. Summary sentences are bold, each claim's mention a span that lights up when the claim is
   * selected. Built in one pass over the span boundaries.
   */
  function markedText(text, summary, claims, colours) {
    const marked = [];
    const open = [];
    for (const c of claims.slice().sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (!Number.isInteger(c.start) || !Number.isInteger(c.end) || c.end <= c.start || text.slice(c.start, c.end) !== c.text) continue;
      while (open.length && open[open.length - 1].end <= c.start) open.pop();
      if (open.length && open[open.length - 1].end < c.end) continue; // crosses the enclosing claim's end
      marked.push(c);
      open.push(c);
    }
    const sentences = [];
    let from = 0;
    for (const s of summary.summary || []) {
      const at = text.indexOf(s, from);
      if (at >= 0 && s.length > 0) {
        sentences.push([at, at + s.length]);
        from = at + s.length;
      }
    }
    const mentions = new Map(); // "start:end" → claim indices
    for (const c of marked) {
      const m = c.mention;
      if (!m || !Number.isInteger(m.start) || text.slice(m.start, m.end) !== m.text) continue;
      if (marked.some((o) => m.start < o.end && o.start < m.end)) continue; // inside a claim: shown in the details only
      const key = m.start + ':' + m.end;
      if (!mentions.has(key)) mentions.set(key, []);
      mentions.get(key).push(c.index);
    }
    const mentionSpans = [...mentions.entries()].map(([k, ids]) => [...k.split(':').map(Number), ids])
      .sort((a, b) => a[0] - b[0]);
    const points = new Set([0, text.length]);
    for (const c of marked) { points.add(c.start); points.add(c.end); }
    for (const [a, b] of sentences) { points.add(a); points.add(b); }
    for (const [a, b] of mentionSpans) { points.add(a); points.add(b); }
    const cuts = [...points].sort((a, b) => a - b);

    const fragment = document.createDocumentFragment();
    const stack = []; // the marks open at this point, outermost first
    let ci = 0;
    let si = 0;
    let mi = 0;
    for (let i = 0; i + 1 < cuts.length; i++) {
      const a = cuts[i];
      const b = cuts[i + 1];
      while (stack.length && stack[stack.length - 1].end <= a) stack.pop();
      while (ci < marked.length && marked[ci].start === a) {
        const mark = claimMark(marked[ci], colours);
        (stack.length ? stack[stack.length - 1].mark : fragment).append(mark);
        stack.push({ end: marked[ci].end, mark });
        ci++;
      }
      while (si < sentences.length && sentences[si][1] <= a) si++;
      while (mi < mentionSpans.length && mentionSpans[mi][1] <= a) mi++;
      const mark = stack.length ? stack[stack.length - 1].mark : null;
      const inSummary = si < sentences.length && sentences[si][0] <= a;
      const mention = mi < mentionSpans.length && mentionSpans[mi][0] <= a ? mentionSpans[mi] : null;
      const piece = text.slice(a, b);
      let node;
      if (inSummary || mention) {
        node = el('span', { class: (inSummary ? 'sum' : '') + (mention ? ' mention' : '') }, piece);
        if (mention) node.dataset.mentionOf = mention[2].join(' ');
      } else {
        node = document.createTextNode(piece);
      }
      (mark || fragment).append(node);
    }
    return fragment;
  }

  function claimMark(claim, colours) {
    const who = claim.speaker || 'the article itself';
    return el('mark', {
      class: 'claim ' + claimClass(claim, colours),
      tabindex: 0,
      role: 'button',
      'aria-pressed': 'false',
      'data-claim': claim.index,
      'data-start': claim.start,
      'data-speaker': claim.speaker || '',
      'data-initials': claim.speaker ? initials(claim.speaker) : '§',
      title: (claim.kind || 'claim') + ' — ' + who,
    });
  }

  function selectClaim(mark) {
    for (const m of document.querySelectorAll('mark.claim.selected')) {
      m.classList.remove('selected');
      m.setAttribute('aria-pressed', 'false');
    }
    for (const m of document.querySelectorAll('.mention.active')) m.classList.remove('active');
    if (!mark || !current) {
      renderClaimDetails(null);
      return;
    }
    mark.classList.add('selected');
    mark.setAttribute('aria-pressed', 'true');
    const index = mark.dataset.claim;
    for (const m of document.querySelectorAll('.mention')) {
      if (m.dataset.mentionOf.split(' ').includes(index)) m.classList.add('active');
    }
    renderClaimDetails(current.claims[Number(index)]);
  }

  function renderClaimDetails(claim) {
    const panel = clear($('claim-details'));
    panel.append(el('h3', { id: 'claim-heading' }, 'Claim'));
    if (!claim) {
      panel.append(el('p', { class: 'hint' }, 'Select a marked claim to see its speaker, kind, cue and confidence.'));
      return;
    }
    const speaker = (current.summary.speakers || []).find((s) => s.name === claim.speaker) || {};
    const rows = [
      ['Speaker', claim.speaker || '— (the article\'s own statement)'],
      ['Role', speaker.role], ['Organisation', speaker.organization], ['Type', speaker.type],
      ['Kind', claim.kind], ['Act', claim.act], ['Cue', claim.cue],
      ['Confidence', typeof claim.confidence === 'number' ? claim.confidence.toFixed(2) : null],
      ['Mention', claim.mention ? '“' + claim.mention.text + '” (characters ' + claim.mention.start + '–' + claim.mention.end + ')' : null],
      ['Place', 'characters ' + claim.start + '–' + claim.end],
    ];
    const dl = el('dl', { class: 'details' });
    for (const [k, v] of rows) {
      if (v === null || v === undefined || v === '') continue;
      dl.append(el('dt', null, k), el('dd', { 'data-field': k.toLowerCase() }, v));
    }
    panel.append(el('blockquote', { class: 'quote ' + claimClass(claim, current.colours) }, claim.text), dl);
    if (claim.speaker) {
      panel.append(el('p', null, el('a', { href: speakerHref(claim.speaker) }, 'All claims by ' + claim.speaker)));
    }
    if (claim.quoteId) {
      panel.append(el('p', null, el('a', { href: quoteHref(claim.quoteId), id: 'claim-quote-link' }, 'These words in other articles')));
    }
  }

  function renderSummaryList(summary) {
    const list = clear($('summary-list'));
    for (const s of summary.summary || []) list.append(el('li', null, s));
  }

  function renderSpeakerList(summary, colours) {
    const list = clear($('speaker-list'));
    for (const s of summary.speakers || []) {
      const details = [s.role, s.organization].filter(Boolean).join(', ');
      list.append(el('li', { 'data-speaker': s.name },
        el('span', { class: 'swatch s' + colours.get(s.name), 'aria-hidden': 'true' }, initials(s.name)),
        el('a', { href: speakerHref(s.name) }, s.name),
        details ? ' (' + details + ')' : '',
        ' — ' + s.claims + (s.claims === 1 ? ' claim' : ' claims')));
    }
    if ((summary.claims || []).some((c) => !c.speaker)) {
      list.append(el('li', null, el('span', { class: 'swatch statement', 'aria-hidden': 'true' }, '§'),
        'The article\'s own statements'));
    }
    if (!list.children.length) list.append(el('li', { class: 'hint' }, 'No speakers.'));
  }

  function renderEntities(summary) {
    const list = clear($('entity-list'));
    for (const e of summary.entities || []) {
      list.append(el('li', null, e.text + ' (' + e.type + (e.count > 1 ? ', ' + e.count + '×' : '') + ')'));
    }
    if (!list.children.length) list.append(el('li', { class: 'hint' }, 'No entities.'));
  }

  function onArticleKey(event) {
    const mark = event.target.closest && event.target.closest('mark.claim');
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      selectClaim(mark);
    } else if (event.key === 'Escape') {
      selectClaim(null);
    }
  }

  // ---- speakers view ----------------------------------------------------------------------------

  async function searchSpeakers(q, token) {
    $('speakers-status').textContent = 'Searching…';
    const answer = await (await api('/speakers?q=' + encodeURIComponent(q) + '&limit=50')).json();
    if (token !== routeToken) return;
    const list = clear($('search-results'));
    for (const s of answer.speakers) list.append(speakerItem(s));
    $('speakers-status').textContent = answer.speakers.length === 0
      ? 'No speaker\'s name begins with “' + q + '”.'
      : answer.speakers.length + (answer.speakers.length === 1 ? ' speaker' : ' speakers') + (answer.next ? ' (the most recent)' : '') + '.';
  }

  function speakerItem(s) {
    return el('li', null, el('a', { href: speakerHref(s.name) }, s.name),
      ' — ' + s.claims + (s.claims === 1 ? ' claim' : ' claims') + ' in ' + s.articles
      + (s.articles === 1 ? ' article' : ' articles') + (s.latest ? ', latest ' + formatDate(s.latest) : ''));
  }

  let speakerNext = null;
  let speakerQuery = null;

  function claimsUrl(name, params, cursor) {
    const q = new URLSearchParams();
    for (const k of ['act', 'kind', 'since', 'until']) if (params.get(k)) q.set(k, params.get(k));
    q.set('limit', String(CLAIMS_PER_PAGE));
    if (cursor) q.set('cursor', cursor);
    return '/speakers/' + encodeURIComponent(name) + '/claims?' + q.toString();
  }

  async function openSpeaker(name, params, token) {
    $('speaker').hidden = true;
    $('speakers-status').textContent = 'Loading ' + name + '…';
    $('filter-act').value = params.get('act') || '';
    $('filter-kind').value = params.get('kind') || '';
    $('filter-since').value = params.get('since') || '';
    $('filter-until').value = params.get('until') || '';
    let answer;
    try {
      answer = await (await api(claimsUrl(name, params, null))).json();
    } catch (e) {
      if (e.status === 300 && e.problem && Array.isArray(e.problem.candidates)) {
        if (token !== routeToken) return;
        $('speakers-status').textContent = e.problem.detail || 'Several speakers have this name.';
        const list = clear($('search-results'));
        for (const c of e.problem.candidates) list.append(speakerItem(c));
        return;
      }
      $('speakers-status').textContent = '';
      throw e;
    }
    if (token !== routeToken) return;
    speakerQuery = { name: answer.speaker, params };
    speakerNext = answer.next;
    $('speaker').hidden = false;
    $('speaker-name').textContent = answer.speaker;
    $('speaker-requested').textContent = answer.requested ? 'You asked for “' + answer.requested + '”.' : '';
    renderChart(answer.days || null);
    const list = clear($('speaker-claims'));
    appendClaims(list, answer.claims);
    $('more-claims').hidden = !answer.next;
    $('speakers-status').textContent = answer.claims.length === 0 ? 'No claims match.' : '';
  }

  async function moreClaims() {
    if (!speakerNext || !speakerQuery) return;
    const button = $('more-claims');
    button.disabled = true;
    showError(null);
    try {
      const answer = await (await api(claimsUrl(speakerQuery.name, speakerQuery.params, speakerNext))).json();
      const list = $('speaker-claims');
      const first = list.children.length;
      appendClaims(list, answer.claims);
      speakerNext = answer.next;
      button.hidden = !answer.next;
      const focusable = list.children[first] && list.children[first].querySelector('a');
      if (focusable) focusable.focus();
    } catch (e) {
      showError(e);
    } finally {
      button.disabled = false;
    }
  }

  function appendClaims(list, claims) {
    for (const item of claims) {
      const c = item.claim || {};
      list.append(el('li', { 'data-article': item.articleId },
        el('div', null, el('a', { href: '#/article/' + item.articleId + '?claim=' + c.start }, item.title || '(no title)'),
          ' · ' + formatDate(item.createdAt)),
        el('blockquote', { class: 'quote' }, c.text || ''),
        el('div', { class: 'meta' }, [c.kind, c.act, c.cue ? 'cue “' + c.cue + '”' : null].filter(Boolean).join(' · '))));
    }
  }

  // ---- quotations view --------------------------------------------------------------------------

  function quoteHref(id) {
    return '#/quote/' + encodeURIComponent(id);
  }

  function plural(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  /** The misattribution alert in words and a sign, never by colour alone. */
  function conflictNote(quote) {
    return quote.conflict
      ? el('strong', { class: 'conflict' }, '⚠ Conflict: credited to different people')
      : null;
  }

  function creditList(speakers) {
    return speakers.map((s) => s.name + ' (' + s.appearances + ')').join(', ') || 'nobody named';
  }

  async function searchQuotes(text, token) {
    $('quotes-status').textContent = 'Searching…';
    let answer;
    try {
      answer = await (await api('/quotes?text=' + encodeURIComponent(text))).json();
    } catch (e) {
      $('quotes-status').textContent = '';
      throw e;
    }
    if (token !== routeToken) return;
    const list = clear($('quote-results'));
    for (const q of answer.quotes) {
      const first = q.firstSeen || {};
      list.append(el('li', { 'data-quote': q.id },
        el('blockquote', { class: 'quote' }, q.text),
        conflictNote(q),
        el('div', null, el('a', { href: quoteHref(q.id) }, plural(q.appearances, 'appearance')),
          '; first in ', el('a', { href: '#/article/' + first.articleId }, first.title || '(no title)'),
          ' · ' + formatDate(first.createdAt) + ' · ' + (first.speaker ? 'credited to ' + first.speaker : 'credited to nobody')),
        el('div', { class: 'meta' }, 'Credited to: ' + creditList(q.speakers))));
    }
    $('quotes-status').textContent = answer.quotes.length === 0
      ? 'No stored quotation holds these words.' : plural(answer.quotes.length, 'quotation') + '.';
  }

  async function openQuote(id, token) {
    $('quote').hidden = true;
    $('quotes-status').textContent = 'Loading the quotation…';
    let group;
    try {
      group = await (await api('/quotes/' + encodeURIComponent(id))).json();
    } catch (e) {
      $('quotes-status').textContent = '';
      throw e;
    }
    if (token !== routeToken) return;
    $('quote').hidden = false;
    $('quote-text').textContent = group.text;
    clear($('quote-conflict')).append(conflictNote(group) || 'Credited to one person, or to no one by name, everywhere.');
    const speakers = clear($('quote-speakers'));
    for (const s of group.speakers) {
      speakers.append(el('li', null, el('a', { href: speakerHref(s.name) }, s.name), ' — ' + plural(s.appearances, 'appearance')));
    }
    if (!group.speakers.length) speakers.append(el('li', { class: 'hint' }, 'Nobody named.'));
    $('quote-count').textContent = plural(group.count, 'appearance') + ', oldest first'
      + (group.count > group.appearances.length ? ' (the oldest ' + group.appearances.length + ' listed)' : '');
    const list = clear($('quote-appearances'));
    for (const a of group.appearances) {
      const c = a.claim || {};
      list.append(el('li', { 'data-article': a.articleId },
        el('div', null, el('a', { href: '#/article/' + a.articleId + '?claim=' + c.start }, a.title || '(no title)'),
          ' · ' + formatDate(a.createdAt) + ' · ' + (a.speaker ? 'credited to ' + a.speaker : 'credited to nobody')),
        el('blockquote', { class: 'quote' }, c.text || '')));
    }
    $('quotes-status').textContent = '';
  }

  /** Claims per day as bars, from the first to the last month stored; with the numbers as a table too. */
  function renderChart(days) {
    const figure = clear($('speaker-chart'));
    if (!days || days.length === 0) {
      figure.hidden = true;
      return;
    }
    figure.hidden = false;
    const first = new Date(days[0].date.slice(0, 7) + '-01T00:00:00Z');
    const lastDay = new Date(days[days.length - 1].date + 'T00:00:00Z');
    const end = new Date(Date.UTC(lastDay.getUTCFullYear(), lastDay.getUTCMonth() + 1, 1));
    const span = Math.max(1, Math.round((end - first) / 86400000));
    const max = Math.max(...days.map((d) => d.claims), 1);
    // A fixed drawing size, scaled to the page's width (at most 40rem, so labels stay readable).
    const width = 480;
    const step = width / span;
    const height = 140;
    const top = 10;
    const base = height - 24;
    const total = days.reduce((n, d) => n + d.claims, 0);
    const busiest = days.reduce((a, d) => (d.claims > a.claims ? d : a), days[0]);
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('role', 'img');
    const label = total + (total === 1 ? ' claim' : ' claims') + ' on ' + days.length + (days.length === 1 ? ' day' : ' days') + ' from ' + formatDate(days[0].date) + ' to '
      + formatDate(days[days.length - 1].date) + '; the most, ' + busiest.claims + ', on ' + formatDate(busiest.date) + '.';
    svg.setAttribute('aria-label', 'Claims per day: ' + label);
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = 'Claims per day';
    svg.append(title);
    const axis = document.createElementNS(SVG_NS, 'line');
    for (const [k, v] of [['x1', 0], ['x2', width], ['y1', base], ['y2', base], ['class', 'axis']]) axis.setAttribute(k, v);
    const scale = document.createElementNS(SVG_NS, 'text');
    scale.setAttribute('x', String(width - 4));
    scale.setAttribute('y', String(top + 10));
    scale.setAttribute('text-anchor', 'end');
    scale.textContent = 'highest bar: ' + max + (max === 1 ? ' claim' : ' claims');
    svg.append(axis, scale);
    for (let m = new Date(first); m < end; m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))) {
      const x = ((m - first) / 86400000) * step;
      const text = document.createElementNS(SVG_NS, 'text');
      text.setAttribute('x', String(x + 2));
      text.setAttribute('y', String(height - 7));
      text.textContent = m.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
      const tick = document.createElementNS(SVG_NS, 'line');
      for (const [k, v] of [['x1', x], ['x2', x], ['y1', base], ['y2', base + 5], ['class', 'axis']]) tick.setAttribute(k, v);
      svg.append(tick, text);
    }
    for (const d of days) {
      const x = ((new Date(d.date + 'T00:00:00Z') - first) / 86400000) * step;
      const h = Math.max(2, ((base - top) * d.claims) / max);
      const rect = document.createElementNS(SVG_NS, 'rect');
      for (const [k, v] of [['x', x + step * 0.1], ['y', base - h], ['width', Math.max(1, step * 0.8)], ['height', h], ['class', 'bar']]) {
        rect.setAttribute(k, String(v));
      }
      rect.dataset.date = d.date;
      rect.dataset.claims = String(d.claims);
      const tip = document.createElementNS(SVG_NS, 'title');
      tip.textContent = formatDate(d.date) + ': ' + d.claims + (d.claims === 1 ? ' claim' : ' claims') + ' in ' + d.articles
        + (d.articles === 1 ? ' article' : ' articles');
      rect.append(tip);
      svg.append(rect);
    }
    const table = el('table', null, el('thead', null, el('tr', null, el('th', null, 'Day'), el('th', null, 'Claims'), el('th', null, 'Articles'))));
    const body = el('tbody');
    for (const d of days) body.append(el('tr', null, el('td', null, d.date), el('td', null, d.claims), el('td', null, d.articles)));
    table.append(body);
    figure.append(svg, el('figcaption', null, 'Claims per day (UTC, by the day each article was first stored): ' + label),
      el('details', null, el('summary', null, 'The numbers'), table));
  }

  // ---- wiring -----------------------------------------------------------------------------------

  function start() {
    $('post-form').addEventListener('submit', postArticle);
    $('open-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const id = $('open-id').value.trim().toLowerCase();
      if (id) location.hash = '#/article/' + encodeURIComponent(id);
    });
    $('search-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const q = $('search-q').value.trim();
      const target = '#/speakers?q=' + encodeURIComponent(q);
      if (location.hash === target) route(); else location.hash = target;
    });
    $('quote-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const target = '#/quotes?text=' + encodeURIComponent($('quote-q').value.trim());
      if (location.hash === target) route(); else location.hash = target;
    });
    $('filter-form').addEventListener('submit', (event) => {
      event.preventDefault();
      if (!speakerQuery) return;
      const q = new URLSearchParams();
      for (const k of ['act', 'kind', 'since', 'until']) {
        const v = $('filter-' + k).value;
        if (v) q.set(k, v);
      }
      location.hash = speakerHref(speakerQuery.name) + (q.toString() ? '?' + q.toString() : '');
    });
    $('more-claims').addEventListener('click', moreClaims);
    const article = $('article-text');
    article.addEventListener('click', (event) => {
      const mark = event.target.closest('mark.claim');
      if (mark) selectClaim(mark);
    });
    article.addEventListener('keydown', onArticleKey);
    window.addEventListener('hashchange', route);
    route();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
