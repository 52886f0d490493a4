// The newsstream dashboard: reads the processor's views API (/api/...) and refreshes when /api/events says an
// article came in. No build step and no network beyond this server: d3 and the country shapes are vendored.
(() => {
  const state = { window: null, entityType: 'PERSON', selectedPlace: null };
  const $ = (id) => document.getElementById(id);
  const api = (path) => fetch('api/' + path).then((r) => r.ok ? r.json() : Promise.reject(new Error(r.status + ' ' + path)));
  const text = (s) => document.createTextNode(s == null ? '' : String(s));
  const el = (tag, attrs, ...children) => {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => { if (k === 'onclick') e.onclick = v; else if (v != null) e.setAttribute(k, v); });
    children.forEach((c) => e.append(c instanceof Node ? c : text(c)));
    return e;
  };
  const fill = (node, items, render, emptyText) => {
    node.replaceChildren(...(items.length ? items.map(render) : [el('li', { class: 'empty' }, emptyText)]));
  };
  const when = (iso) => iso ? new Date(iso).toLocaleString() : '';

  // ---- map ----
  const width = 960, height = 470;
  const projection = d3.geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], { type: 'Sphere' });
  const path = d3.geoPath(projection);
  const svg = d3.select('#map').append('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('role', 'img')
    .attr('aria-label', 'map of the places named in the window');
  svg.append('path').attr('class', 'sphere').attr('d', path({ type: 'Sphere' }));
  const land = svg.append('g');
  const dots = svg.append('g');
  fetch('vendor/countries-110m.json').then((r) => r.json()).then((world) => {
    land.selectAll('path').data(topojson.feature(world, world.objects.countries).features)
      .join('path').attr('class', 'land').attr('d', path);
  });

  function drawPlaces(places) {
    const located = places.filter((p) => p.latitude != null && p.longitude != null);
    const max = d3.max(located, (p) => p.count) || 1;
    const radius = d3.scaleSqrt().domain([0, max]).range([0, 16]);
    dots.selectAll('circle').data(located, (p) => p.key)
      .join((enter) => enter.append('circle').attr('class', 'place').append('title').select(function () { return this.parentNode; }))
      .attr('data-name', (p) => p.name)
      .attr('data-count', (p) => p.count)
      .attr('cx', (p) => projection([p.longitude, p.latitude])[0])
      .attr('cy', (p) => projection([p.longitude, p.latitude])[1])
      .attr('r', (p) => Math.max(3, radius(p.count)))
      .classed('on', (p) => state.selectedPlace === p.key)
      .on('click', (event, p) => showPlace(p))
      .select('title').text((p) => `${p.name}: named in ${p.count} article${p.count === 1 ? '' : 's'}`);
    $('map-caption').textContent = `${located.length} place${located.length === 1 ? '' : 's'} in the last ${state.window}`;
  }

  async function showPlace(place) {
    state.selectedPlace = place.key;
    dots.selectAll('circle').classed('on', (p) => p.key === place.key);
    const box = $('place-articles');
    box.hidden = false;
    const list = el('ul', { class: 'quotes' });
    box.replaceChildren(el('strong', {}, `${place.name} — the latest articles that name it`), list);
    const articles = await Promise.all(place.articleIds.map((id) => api(`articles/${encodeURIComponent(id)}?fields=summary`).catch(() => null)));
    fill(list, articles.filter(Boolean), (a) => el('li', {},
      el('span', { class: 'link', onclick: () => showArticle(a.id) }, a.title || a.id),
      el('span', { class: 'meta' }, ` ${a.source} · ${a.language || ''} · ${a.quotes} quotes`)), 'no article kept');
  }

  // ---- panels ----
  function drawSpeakers(speakers) {
    fill($('speakers'), speakers, (s) => el('li', { 'data-name': s.name },
      el('span', { class: 'count' }, s.count), el('span', { class: 'speaker' }, s.name),
      el('span', { class: 'latest link', onclick: () => showArticle(s.articleIds[0]) }, s.latestText ? `“${s.latestText.trim()}”` : '')),
    'no quotes in this window yet');
  }

  function drawEntities(entities) {
    fill($('entities'), entities, (e) => el('li', { 'data-name': e.name },
      el('span', { class: 'count' }, e.count), e.name), 'nothing named in this window yet');
  }

  const quoteItem = (q, articleId, articleTitle) => el('li', { 'data-speaker': q.speaker || '' },
    el('span', { class: 'speaker' }, q.speaker || 'unattributed'), ': “', q.text.trim(), '” ',
    el('span', { class: 'meta' }, el('span', { class: 'link', onclick: () => showArticle(articleId) }, articleTitle || 'article'),
      ` · ${when(q.seenAt || q.lastSeen)}`));

  function drawLatest(quotes) {
    fill($('latest-quotes'), quotes, (q) => quoteItem(q, q.articleId, q.articleTitle), 'no quotes yet');
  }

  function drawStories(stories) {
    // (a story lists its first articles and counts them all)
    const count = (s) => Math.max(s.sourceCount || 0, s.sources.length);
    const shared = stories.filter((s) => count(s) > 1);
    fill($('stories'), shared, (s) => {
      const li = quoteItem(s, s.sources[0].articleId, s.sources[0].title);
      const more = count(s) - s.sources.length;
      li.append(el('div', { class: 'meta' }, `${count(s)} articles: `,
        ...s.sources.map((src, i) => el('span', { class: 'link', onclick: () => showArticle(src.articleId) }, (i ? ', ' : '') + (src.source || src.articleId))),
        ...(more > 0 ? [` and ${more} more`] : [])));
      return li;
    }, 'no quote seen in two articles yet');
  }

  // ---- article view: the text with quotes, people, organisations and places marked ----
  async function showArticle(id) {
    if (!id) return;
    const a = await api(`articles/${encodeURIComponent(id)}`);
    const spans = [];
    a.quotes.forEach((q) => spans.push([q.start, q.end, 'hl-quote']));
    a.entities.forEach((e) => e.mentions.forEach((m) => spans.push([m.start, m.end,
      e.type === 'PERSON' ? 'hl-person' : e.type === 'ORGANIZATION' ? 'hl-organization' : 'hl-place'])));
    a.places.forEach((p) => spans.push([p.start, p.end, 'hl-place']));
    // Cut the text at every boundary; each piece carries the marks that cover it, so overlaps need no nesting.
    const cuts = [...new Set([0, a.body.length, ...spans.flatMap(([s, e]) => [s, e])])]
      .filter((c) => c >= 0 && c <= a.body.length).sort((x, y) => x - y);
    const pieces = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [from, to] = [cuts[i], cuts[i + 1]];
      const classes = [...new Set(spans.filter(([s, e]) => s <= from && e >= to).map((s) => s[2]))];
      const piece = a.body.slice(from, to);
      pieces.push(classes.length ? el('span', { class: classes.join(' ') }, piece) : text(piece));
    }
    $('article-title').textContent = a.title || a.id;
    $('article-meta').textContent = `${a.source} · ${a.language || '?'} · published ${when(a.publishedAt) || 'unknown'} · `
      + `${a.quotes.length} quotes, ${a.entities.length} entities, ${a.places.length} places`;
    $('article-body').replaceChildren(...pieces);
    $('article').hidden = false;
    $('article').scrollIntoView({ behavior: 'smooth' });
  }

  // ---- refresh ----
  async function refresh() {
    const w = encodeURIComponent(state.window);
    const [speakers, entities, places, latest, stories] = await Promise.all([
      api(`speakers?window=${w}&limit=15`), api(`entities?type=${state.entityType}&window=${w}&limit=15`),
      api(`places?window=${w}&limit=300`), api('quotes/latest?limit=12'), api(`stories?window=${w}&limit=30`)]);
    drawSpeakers(speakers); drawEntities(entities); drawPlaces(places); drawLatest(latest); drawStories(stories);
    document.body.dataset.refreshed = String(Date.now());
  }
  let pending = null;
  const refreshSoon = () => { clearTimeout(pending); pending = setTimeout(() => refresh().catch(console.error), 400); };

  document.querySelectorAll('#entity-types button').forEach((b) => b.onclick = () => {
    document.querySelectorAll('#entity-types button').forEach((x) => x.classList.toggle('on', x === b));
    state.entityType = b.dataset.type;
    refreshSoon();
  });

  api('windows').then((windows) => {
    state.window = windows[0].name;
    $('windows').replaceChildren(...windows.map((w) => el('button', {
      'data-window': w.name, class: w.name === state.window ? 'on' : null,
      onclick: (ev) => {
        state.window = w.name;
        document.querySelectorAll('#windows button').forEach((x) => x.classList.toggle('on', x === ev.target));
        refreshSoon();
      },
    }, `last ${w.name}`)));
    return refresh();
  }).catch(console.error);

  // Live: one event per article that any processor instance finished.
  const events = new EventSource('api/events');
  events.onopen = () => { $('live').classList.add('on'); $('live-text').textContent = 'live'; };
  events.onerror = () => { $('live').classList.remove('on'); $('live-text').textContent = 'reconnecting…'; };
  events.addEventListener('article', (ev) => {
    const a = JSON.parse(ev.data);
    $('live-text').textContent = `just in: ${a.title || a.id} (${a.quotes} quotes, ${a.places} places)`;
    refreshSoon();
  });
})();
