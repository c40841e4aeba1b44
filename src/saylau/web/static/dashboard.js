// The Saylau dashboard: every panel is drawn from the JSON API under /api/v1.
// No framework; charts by the plotly.js bundle served from the plotly package; the seats panel
// is in seats.js, which the page loads first.
(function () {
  "use strict";
  const cfg = JSON.parse(document.getElementById("config").textContent);  // no inline script (CSP)
  const t = JSON.parse(document.getElementById("labels").textContent);
  // The filters, named as the API names them; the page's URL holds them (?party=AUYL&since=…),
  // so a reload, a shared link or the Back button gives the same view.
  const FILTERS = ["party", "region", "type", "topic", "since", "until", "q", "min_confidence"];
  const state = { offset: 0, limit: 15, active: null };
  FILTERS.forEach((key) => { state[key] = ""; });
  const ref = { parties: {}, regions: {}, settlements: {}, tiles: {} };
  const plotConfig = { displayModeBar: false, responsive: true };
  const COLOURS = {
    AMANAT: "#1565c0", NUR_OTAN: "#1565c0", AUYL: "#2e7d32", RESPUBLICA: "#ef6c00",
    AQ_JOL: "#00838f", NPK: "#c62828", KNPK: "#c62828", NSDP: "#6a1b9a", OSDP: "#6a1b9a",
    BAITAK: "#7cb342", ADAL: "#8d6e63", BIRLIK: "#78909c",
  };
  const PALETTE = ["#5c6bc0", "#26a69a", "#d4e157", "#ff7043", "#ab47bc", "#8d6e63", "#78909c"];

  function colour(code) {
    if (COLOURS[code]) return COLOURS[code];
    let h = 0;
    for (const ch of code) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return PALETTE[h % PALETTE.length];
  }

  async function api(path, params) {
    const query = new URLSearchParams();
    Object.entries(params || {}).forEach(([k, v]) => { if (v !== "" && v !== null && v !== undefined) query.set(k, v); });
    const url = cfg.api + path + (query.toString() ? "?" + query : "");
    const response = await fetch(url);
    const body = await response.json();
    if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
    return body;
  }

  const local = (names, code) => (names && (names[cfg.lang] || names.en)) || code;
  const partyName = (code) => local(ref.parties[code] && ref.parties[code].name, code);
  const partyLabel = (code) => local(ref.parties[code] && ref.parties[code].short_name, code);
  const regionName = (code) => local(ref.regions[code] && ref.regions[code].name, code);
  const settlementName = (name) => local(ref.settlements[name], name);
  const tileLabel = (code) => local(ref.tiles[code][2], code);
  const topicName = (code) => t.topic_names[code] || code.replace(/_/g, " ");
  const typeName = (code) => t.event_types[code] || code.replace(/_/g, " ");
  const filters = () => Object.fromEntries(FILTERS.map((key) => [key, state[key]]));
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => values[key]);
  function dateLabel(iso, template) {  // month names from labels.json, never the browser's English
    const [year, month, day] = iso.split("-").map(Number);
    return fill(template || t.date_label, { year, day, month: (template ? t.months_short : t.months)[month - 1] });
  }

  // A panel with nothing to draw says so, instead of showing empty axes.
  function emptyPanel(chartId, empty) {
    const chart = document.getElementById(chartId);
    const panel = chart.closest(".panel");
    panel.classList.toggle("nothing", empty);  // hides its legend too
    panel.querySelector(".empty").hidden = !empty;
    chart.toggleAttribute("hidden", empty);  // the attribute: an <svg> has no .hidden property
    if (empty && chart.classList.contains("js-plotly-plot")) Plotly.purge(chart);
    return empty;
  }

  // Colour scales: an empty cell keeps the background; one event already gets a clearly
  // visible tint, and the most active cell the full colour.
  const EMPTY = getComputedStyle(document.documentElement).getPropertyValue("--empty").trim();
  const SCALES = { matrix: ["#9ecae1", "#08306b"], issues: ["#fdae6b", "#a50f15"] };
  const heatScale = ([light, dark]) => [[0, light], [1, dark]];
  function niceStep(max) {  // an integer axis step giving at most about six ticks
    for (const step of [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]) if (max / step <= 6) return step;
    return Math.ceil(max / 6);
  }
  function heatmap(chartId, z, x, y, scale, trace, layout) {
    const max = Math.max(1, ...z.flat());
    Plotly.react(chartId, [{
      // Scale from one event up; where every cell holds one, they all take the full colour and
      // the legend would say nothing: each cell prints its count anyway.
      type: "heatmap", z: z.map((row) => row.map((n) => (n ? n : null))), x, y, zmin: max > 1 ? 1 : 0, zmax: max,
      colorscale: heatScale(scale), xgap: 1, ygap: 1, texttemplate: "%{z}", hoverongaps: false, showscale: max > 1,
      colorbar: { thickness: 10, len: 0.9, tickformat: "d", dtick: niceStep(max), outlinewidth: 0, title: { text: t.legend_events, side: "right" } },
      ...trace,
    }], {
      margin: { l: 110, r: 10, t: 10, b: 40 }, height: 300, plot_bgcolor: EMPTY,
      xaxis: { automargin: true }, yaxis: { automargin: true }, ...layout,
    }, plotConfig);
  }
  // Whole percents rounded down, so that an event shown at 70 % passes the "≥ 70 %" filter.
  const percent = (confidence) => `${Math.floor(Math.round(confidence * 1000) / 10)} %`;

  function el(tag, attrs, text, svg) {
    const node = svg ? document.createElementNS("http://www.w3.org/2000/svg", tag) : document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // --- map: a tile-grid cartogram, one square per unit, shaded by activity ---------------
  async function drawMap() {
    const data = await api("/stats/regions", { ...filters(), region: "" });
    const svg = document.getElementById("map");
    const size = 100, gap = 4;
    svg.setAttribute("viewBox", `0 0 ${6 * size} ${4 * size}`);
    svg.textContent = "";
    const counts = Object.values(data.regions);
    if (emptyPanel("map", !counts.some((n) => n > 0))) return;
    const max = Math.max(1, ...counts);
    const base = colour(state.party || "AMANAT");
    Object.entries(ref.tiles).forEach(([code, [col, row]]) => {
      const n = data.regions[code] || 0;
      const name = `${regionName(code)}: ${n} ${t.events_total}`;
      const group = el("g", { "data-region": code, tabindex: 0, role: "button", "aria-label": name, "aria-pressed": String(code === state.region) }, undefined, true);
      const rect = el("rect", {
        x: col * size + gap, y: row * size + gap, width: size - 2 * gap, height: size - 2 * gap, rx: 6, fill: tileFill(base, n, max),
      }, undefined, true);
      if (code === state.region) rect.classList.add("selected");
      rect.appendChild(el("title", {}, name, true));
      const toggle = () => setFilter("region", state.region === code ? "" : code);
      group.addEventListener("click", toggle);
      onEnter(group, toggle);
      const dark = n / max > 0.55;
      const label = el("text", { x: col * size + size / 2, y: row * size + size / 2 - 4, fill: dark ? "#fff" : "#1d2733" }, tileLabel(code), true);
      const count = el("text", { x: col * size + size / 2, y: row * size + size / 2 + 14, fill: dark ? "#fff" : "#1d2733" }, String(n), true);
      group.append(rect, label, count);
      svg.appendChild(group);
    });
    const legend = document.getElementById("map-legend");
    legend.textContent = "";
    [...new Set([0, 1, Math.round(max / 2), max])].filter((n) => n <= max).forEach((n) => {
      const item = legend.appendChild(el("li"));
      item.append(el("span", { class: "swatch square", style: `background:${tileFill(base, n, max)}` }), document.createTextNode(n ? String(n) : t.legend_none));
    });
    legend.appendChild(el("li", {}, t.legend_events));
  }

  // A tile's colour: grey when empty, else the party's colour mixed with white, from a quarter
  // strength for one event to full strength for the busiest unit.
  function tileFill(base, n, max) {
    if (!n) return EMPTY;
    const strength = 0.25 + (0.75 * n) / max;
    const channel = (i) => Math.round(255 + (parseInt(base.slice(1 + 2 * i, 3 + 2 * i), 16) - 255) * strength);
    return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
  }

  function onEnter(node, action) {  // rows and tiles open with Enter (and Space), as buttons do
    node.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); action(); }
    });
  }

  // --- party × region matrix ------------------------------------------------------------
  async function drawMatrix() {
    const data = await api("/stats/party-region", { ...filters(), region: "" });
    if (emptyPanel("matrix", !data.parties.length)) return data;
    const regions = Object.keys(ref.tiles).filter((code) => data.regions.includes(code));
    const z = data.parties.map((p) => regions.map((r) => data.matrix[p][r] || 0));
    heatmap("matrix", z, regions.map(tileLabel), data.parties.map(partyLabel), SCALES.matrix, {
      customdata: data.parties.map(() => regions.map((r) => regionName(r))),
      hovertemplate: "%{y} · %{customdata}: %{z}<extra></extra>",
    });
    const chart = document.getElementById("matrix");
    chart.removeAllListeners && chart.removeAllListeners("plotly_click");
    chart.on("plotly_click", (event) => {
      const [row, column] = event.points[0].pointIndex;
      setFilters({ party: data.parties[row], region: regions[column] });
    });
    return data;
  }

  // --- issues by party: the top topics of each party, as a heatmap ----------------------
  async function drawIssues(parties) {
    const ranked = await Promise.all(parties.map((p) => api("/stats/topics", { ...filters(), party: p, limit: 6 })));
    const topics = [...new Set(ranked.flatMap((r) => r.topics.map((x) => x.topic)))];
    if (emptyPanel("issues", !topics.length)) return;
    const z = ranked.map((r) => topics.map((topic) => (r.topics.find((x) => x.topic === topic) || { events: 0 }).events));
    heatmap("issues", z, topics.map(topicName), parties.map(partyLabel), SCALES.issues, {
      hovertemplate: "%{y} · %{x}: %{z}<extra></extra>",
    }, { height: 340, margin: { l: 110, r: 10, t: 10, b: 110 }, xaxis: { tickangle: -40, automargin: true } });
  }

  // --- timeline -------------------------------------------------------------------------
  async function drawTimeline() {
    const data = await api("/stats/timeline", { interval: "week", ...filters() });
    // events without a date are on no week: say how many, so that the chart is not read as all of them
    document.getElementById("timeline-undated").textContent = data.undated ? t.timeline_undated.replace("{n}", data.undated) : "";
    if (emptyPanel("timeline", !data.series.length)) return;
    const weeks = everyWeek(data.series.map((p) => p.period));
    const byParty = {};
    data.series.forEach((p) => { (byParty[p.party] = byParty[p.party] || {})[p.period] = p.events; });
    const labels = weeks.map((week) => dateLabel(week));
    const traces = Object.entries(byParty).map(([party, counts]) => ({
      type: "bar", name: partyLabel(party), x: weeks, y: weeks.map((week) => counts[week] || 0),
      marker: { color: colour(party) }, customdata: labels,
      hovertemplate: `${partyLabel(party)} · ${t.week_of} %{customdata}: %{y}<extra></extra>`,
    }));
    const highest = Math.max(1, ...weeks.map((_, i) => traces.reduce((sum, trace) => sum + trace.y[i], 0)));
    const every = Math.ceil(weeks.length / 8);  // at most eight week labels; the year where it changes
    const ticks = weeks.filter((_, i) => i % every === 0);
    const tickText = ticks.map((week, i) => dateLabel(week, t.week_label) + (i === 0 || week.slice(0, 4) !== ticks[i - 1].slice(0, 4) ? ` ${week.slice(0, 4)}` : ""));
    Plotly.react("timeline", traces, {
      barmode: "stack", bargap: 0.15, margin: { l: 40, r: 10, t: 10, b: 40 }, height: 280, legend: { orientation: "h" },
      xaxis: { type: "category", tickvals: ticks, ticktext: tickText, tickangle: 0, automargin: true },
      yaxis: { rangemode: "tozero", tickformat: "d", dtick: niceStep(highest), range: [0, highest * 1.05] },
    }, plotConfig);
  }

  // Every week start (Monday, as the API counts weeks) from the first to the last one given:
  // a week without events is a bar of zero, not a line drawn across it.
  function everyWeek(periods) {
    const sorted = [...new Set(periods)].sort();
    const weeks = [];
    const day = new Date(sorted[0] + "T00:00:00Z"), last = new Date(sorted[sorted.length - 1] + "T00:00:00Z");
    for (; day <= last; day.setUTCDate(day.getUTCDate() + 7)) weeks.push(day.toISOString().slice(0, 10));
    return weeks;
  }

  // --- events and their evidence --------------------------------------------------------
  async function loadEvents() {
    const page = await api("/events", { ...filters(), limit: state.limit, offset: state.offset });
    document.getElementById("total").textContent = `${page.total} ${t.events_total}`;
    const body = document.querySelector("#events tbody");
    body.textContent = "";
    if (!page.items.length) body.appendChild(el("tr", { class: "none" })).appendChild(el("td", { colspan: 6 }, t.no_match));
    const headings = [...document.querySelectorAll("#events thead th")].map((th) => th.textContent);
    page.items.forEach((e) => {
      const row = el("tr", { "data-event": e.id, tabindex: 0 });
      const where = e.settlements.length ? e.settlements.map(settlementName).join(", ") : e.regions.map(regionName).join(", ");
      [e.published || t.undated, e.parties.map(partyLabel).join(", "), typeName(e.event_type), where, e.topics.map(topicName).join(", ")]
        .forEach((text, i) => row.appendChild(el("td", { "data-label": headings[i] }, text)));
      row.firstChild.nextSibling.title = e.parties.map(partyName).join(", ");
      row.appendChild(el("td", { class: "confidence", "data-label": headings[5], title: e.confidence.toFixed(3) }, percent(e.confidence)));
      if (e.id === state.active) row.classList.add("active");
      row.addEventListener("click", () => showEvidence(e.id, row));
      onEnter(row, () => showEvidence(e.id, row));
      body.appendChild(row);
    });
    const last = Math.min(page.offset + page.items.length, page.total);
    document.getElementById("page-info").textContent = page.total ? `${page.offset + 1}–${last} / ${page.total}` : "";
    document.getElementById("prev-page").disabled = page.offset === 0;
    document.getElementById("next-page").disabled = page.next_offset === null;
  }

  function highlighted(container, text, highlights) {
    const chars = Array.from(text); // the API counts code points, as Python does
    const cuts = new Set([0, chars.length]);
    highlights.forEach((h) => { cuts.add(h.start); cuts.add(h.end); });
    const points = [...cuts].sort((a, b) => a - b);
    container.textContent = "";
    for (let i = 0; i < points.length - 1; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const piece = chars.slice(a, b).join("");
      const fields = highlights.filter((h) => h.start <= a && h.end >= b).map((h) => h.field);
      if (!fields.length) { container.appendChild(document.createTextNode(piece)); continue; }
      const mark = el("mark", { class: "f-" + fields[0], "data-fields": fields.join(" "), title: fields.map((f) => t.fields[f] || f).join(", ") }, piece);
      container.appendChild(mark);
    }
  }

  async function showEvidence(id, row) {
    state.active = id;
    document.querySelectorAll("#events tbody tr").forEach((r) => r.classList.toggle("active", r === row));
    const event = await api("/events/" + encodeURIComponent(id));
    const panel = document.getElementById("evidence");
    panel.hidden = false;
    panel.querySelector(".doc-title").textContent = [event.title || event.doc_id, event.published].filter(Boolean).join(" · ");
    highlighted(panel.querySelector(".paragraph"), event.paragraph_text, event.highlights);
    const legend = panel.querySelector(".legend");
    legend.textContent = "";
    [...new Set(event.highlights.map((h) => h.field))].forEach((f) => legend.appendChild(el("li")).appendChild(el("mark", { class: "f-" + f }, t.fields[f] || f)));
    panel.querySelector(".doc-link").href = cfg.api + "/documents/" + event.document;
    const article = panel.querySelector(".article-link");  // only web addresses: never a javascript: link
    article.hidden = !/^https?:\/\//i.test(event.url || "");
    article.href = article.hidden ? "#" : event.url;
    article.title = article.hidden ? "" : event.url;
    const box = panel.getBoundingClientRect();  // on a narrow screen the evidence sits below the list
    if (box.top < 0 || box.top > window.innerHeight - 80) panel.scrollIntoView({ block: "start" });
  }

  // --- wiring ---------------------------------------------------------------------------
  function keepViewInLanguageLinks() {  // another language shows the same filters and what-ifs
    document.querySelectorAll("a[data-lang]").forEach((link) => {
      const params = new URLSearchParams(window.location.search);
      params.set("lang", link.dataset.lang);
      link.href = "?" + params;
    });
  }

  const controls = () => [...document.querySelectorAll("#filters [data-filter]")];

  function syncControls() {
    controls().forEach((control) => { control.value = state[control.dataset.filter]; });
  }

  const filterQuery = () => new URLSearchParams(Object.entries(filters()).filter(([, v]) => v !== ""));

  function readFilters() {
    const params = new URLSearchParams(window.location.search);
    FILTERS.forEach((key) => { state[key] = (params.get(key) || "").trim(); });
  }

  function writeFilters() {  // a new history entry, so that Back returns to the filters before
    const params = new URLSearchParams(window.location.search);
    FILTERS.forEach((key) => { if (state[key]) params.set(key, state[key]); else params.delete(key); });
    const query = params.toString();
    if (query !== window.location.search.replace(/^\?/, "")) {
      window.history.pushState(null, "", window.location.pathname + (query ? "?" + query : ""));
    }
    keepViewInLanguageLinks();
  }

  function setFilters(values) {
    Object.assign(state, values);
    writeFilters();
    syncControls();
    return refresh();
  }

  const setFilter = (name, value) => setFilters({ [name]: value });

  function updateDownloads() {  // the API's own exports, over the same filters
    const query = filterQuery();
    ["csv", "geojson"].forEach((format) => {
      query.set("format", format);
      document.getElementById("download-" + format).href = `${cfg.api}/events?${query}`;
    });
  }

  let refreshes = 0;  // only the latest answer marks the page ready
  async function refresh() {
    const asked = ++refreshes;
    document.body.dataset.ready = "no";
    state.offset = 0;
    updateDownloads();
    const [matrix] = await Promise.all([drawMatrix(), drawMap(), drawTimeline(), loadEvents()]);
    await drawIssues(state.party ? [state.party] : matrix.parties);
    if (asked === refreshes) document.body.dataset.ready = "yes";
  }

  const seats = window.SaylauSeats({ lang: cfg.lang, t, api, el, colour, local, partyLabel, dateLabel, plotConfig, keepViewInLanguageLinks });

  async function start() {
    const [parties, regions, settlements, tiles, elections] = await Promise.all([
      api("/parties"), api("/regions"), api("/settlements"),
      fetch(cfg.static + "/tiles.json").then((r) => r.json()), api("/elections"),
    ]);
    ref.tiles = tiles.tiles;
    settlements.forEach((s) => { ref.settlements[s.name] = s.names; });
    const partySelect = document.getElementById("party-filter");
    parties.forEach((p) => {
      ref.parties[p.code] = p;
      if (!p.historic) partySelect.appendChild(el("option", { value: p.code }, local(p.name, p.code)));
    });
    const regionSelect = document.getElementById("region-filter");
    regions.forEach((r) => { ref.regions[r.code] = r; regionSelect.appendChild(el("option", { value: r.code }, local(r.name, r.code))); });
    let typing = null;
    controls().forEach((control) => {
      const apply = () => { clearTimeout(typing); if (control.value.trim() !== state[control.dataset.filter]) setFilter(control.dataset.filter, control.value.trim()); };
      control.addEventListener("change", apply);
      if (control.type === "search") control.addEventListener("input", () => { clearTimeout(typing); typing = setTimeout(apply, 400); });
    });
    document.getElementById("clear-filters").addEventListener("click", () => setFilters(Object.fromEntries(FILTERS.map((key) => [key, ""]))));
    window.addEventListener("popstate", () => {  // Back and Forward: the filters of that entry
      readFilters(); syncControls(); refresh(); keepViewInLanguageLinks();
      seats.reload();
    });
    readFilters();
    syncControls();
    keepViewInLanguageLinks();
    document.getElementById("prev-page").addEventListener("click", () => { state.offset = Math.max(0, state.offset - state.limit); loadEvents(); });
    document.getElementById("next-page").addEventListener("click", () => { state.offset += state.limit; loadEvents(); });
    seats.wire(elections);
    await refresh();
  }

  start().catch((error) => { document.getElementById("total").textContent = String(error.message || error); });
})();
