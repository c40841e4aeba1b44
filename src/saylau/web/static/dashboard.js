// The Saylau dashboard: every panel is drawn from the JSON API under /api/v1.
// No framework; charts by the plotly.js bundle served from the plotly package.
(function () {
  "use strict";
  const cfg = JSON.parse(document.getElementById("config").textContent);  // no inline script (CSP)
  const t = JSON.parse(document.getElementById("labels").textContent);
  const state = { party: "", region: "", confidence: "", offset: 0, limit: 15, active: null };
  const ref = { parties: {}, regions: {}, tiles: {} };
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
  const regionName = (code) => local(ref.regions[code] && ref.regions[code].name, code);
  const topicName = (code) => t.topic_names[code] || code.replace(/_/g, " ");
  const typeName = (code) => t.event_types[code] || code.replace(/_/g, " ");
  const filters = () => ({ party: state.party, region: state.region, min_confidence: state.confidence });
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
    const data = await api("/stats/regions", { party: state.party, min_confidence: state.confidence });
    const svg = document.getElementById("map");
    const size = 100, gap = 4;
    svg.setAttribute("viewBox", `0 0 ${6 * size} ${4 * size}`);
    svg.textContent = "";
    const max = Math.max(1, ...Object.values(data.regions));
    const base = colour(state.party || "AMANAT");
    Object.entries(ref.tiles).forEach(([code, [col, row, short]]) => {
      const n = data.regions[code] || 0;
      const group = el("g", { "data-region": code }, undefined, true);
      const rect = el("rect", {
        x: col * size + gap, y: row * size + gap, width: size - 2 * gap, height: size - 2 * gap, rx: 6,
        fill: n ? base : "#e9edf2", "fill-opacity": n ? (0.18 + 0.82 * n / max).toFixed(2) : 1,
      }, undefined, true);
      if (code === state.region) rect.classList.add("selected");
      rect.appendChild(el("title", {}, `${regionName(code)}: ${n} ${t.events_total}`, true));
      rect.addEventListener("click", () => setFilter("region", state.region === code ? "" : code));
      const dark = n / max > 0.55;
      const label = el("text", { x: col * size + size / 2, y: row * size + size / 2 - 4, fill: dark ? "#fff" : "#1d2733" }, short, true);
      const count = el("text", { x: col * size + size / 2, y: row * size + size / 2 + 14, fill: dark ? "#fff" : "#1d2733" }, String(n), true);
      group.append(rect, label, count);
      svg.appendChild(group);
    });
  }

  // --- party × region matrix ------------------------------------------------------------
  async function drawMatrix() {
    const data = await api("/stats/party-region", { party: state.party, min_confidence: state.confidence });
    const regions = Object.keys(ref.tiles).filter((code) => data.regions.includes(code));
    const z = data.parties.map((p) => regions.map((r) => data.matrix[p][r] || 0));
    Plotly.react("matrix", [{
      type: "heatmap", z, x: regions.map((r) => ref.tiles[r][2]), y: data.parties,
      customdata: data.parties.map(() => regions.map((r) => regionName(r))),
      hovertemplate: "%{y} · %{customdata}: %{z}<extra></extra>", zmin: 0, colorscale: [[0, "#f1f5f9"], [1, "#0b4f8a"]], showscale: false,
    }], { margin: { l: 90, r: 10, t: 10, b: 40 }, height: 300 }, plotConfig);
    const chart = document.getElementById("matrix");
    chart.removeAllListeners && chart.removeAllListeners("plotly_click");
    chart.on("plotly_click", (event) => {
      const point = event.points[0];
      state.party = point.y; state.region = regions[point.pointIndex[1]];
      syncSelects(); refresh();
    });
    return data;
  }

  // --- issues by party: the top topics of each party, as a heatmap ----------------------
  async function drawIssues(parties) {
    const ranked = await Promise.all(parties.map((p) => api("/stats/topics", { party: p, region: state.region, min_confidence: state.confidence, limit: 6 })));
    const topics = [...new Set(ranked.flatMap((r) => r.topics.map((x) => x.topic)))];
    const z = ranked.map((r) => topics.map((topic) => (r.topics.find((x) => x.topic === topic) || { events: 0 }).events));
    Plotly.react("issues", [{
      type: "heatmap", z, x: topics.map(topicName), y: parties, zmin: 0, colorscale: [[0, "#fdf6e3"], [1, "#c0392b"]], showscale: false,
      hovertemplate: "%{y} · %{x}: %{z}<extra></extra>",
    }], { margin: { l: 90, r: 10, t: 10, b: 110 }, height: 340, xaxis: { tickangle: -40 } }, plotConfig);
  }

  // --- timeline -------------------------------------------------------------------------
  async function drawTimeline() {
    const data = await api("/stats/timeline", { interval: "week", ...filters() });
    const byParty = {};
    data.series.forEach((p) => { (byParty[p.party] = byParty[p.party] || { x: [], y: [] }); byParty[p.party].x.push(p.period); byParty[p.party].y.push(p.events); });
    const traces = Object.entries(byParty).map(([party, s]) => ({
      type: "scatter", mode: "lines+markers", name: party, x: s.x, y: s.y, line: { color: colour(party) },
    }));
    Plotly.react("timeline", traces, { margin: { l: 40, r: 10, t: 10, b: 40 }, height: 280, legend: { orientation: "h" } }, plotConfig);
    // events without a date are on no week: say how many, so that the chart is not read as all of them
    document.getElementById("timeline-undated").textContent = data.undated ? t.timeline_undated.replace("{n}", data.undated) : "";
  }

  // --- events and their evidence --------------------------------------------------------
  async function loadEvents() {
    const page = await api("/events", { ...filters(), limit: state.limit, offset: state.offset });
    document.getElementById("total").textContent = `${page.total} ${t.events_total}`;
    const body = document.querySelector("#events tbody");
    body.textContent = "";
    if (!page.items.length) body.appendChild(el("tr")).appendChild(el("td", { colspan: 6 }, t.no_events));
    page.items.forEach((e) => {
      const row = el("tr", { "data-event": e.id });
      const where = e.settlements.length ? e.settlements.join(", ") : e.regions.map(regionName).join(", ");
      [e.published || t.undated, e.parties.join(", "), typeName(e.event_type), where, e.topics.map(topicName).join(", ")]
        .forEach((text) => row.appendChild(el("td", {}, text)));
      row.appendChild(el("td", { class: "confidence", title: e.confidence.toFixed(3) }, percent(e.confidence)));
      if (e.id === state.active) row.classList.add("active");
      row.addEventListener("click", () => showEvidence(e.id, row));
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
  }

  // --- seats: a hemicycle per election --------------------------------------------------
  function seatPositions(total) {
    const rows = Math.max(2, Math.round(Math.sqrt(total) / 1.6));
    const radii = Array.from({ length: rows }, (_, i) => 0.45 + (0.55 * i) / (rows - 1));
    const sum = radii.reduce((a, b) => a + b, 0);
    const counts = radii.map((r) => Math.round((total * r) / sum));
    counts[rows - 1] += total - counts.reduce((a, b) => a + b, 0);
    const seats = [];
    radii.forEach((r, i) => {
      const n = counts[i];
      for (let j = 0; j < n; j++) {
        const angle = n === 1 ? Math.PI / 2 : Math.PI * (1 - j / (n - 1));
        seats.push({ angle, r });
      }
    });
    seats.sort((a, b) => b.angle - a.angle || a.r - b.r);
    return { seats, rows };
  }

  // What-ifs: empty means the law's value; the choice lives in the URL (?threshold=7&seats=100&method=dhondt).
  const whatIf = { election: "", threshold: "", seats: "", method: "" };
  const WHAT_IF_KEYS = ["election", "threshold", "seats", "method"];
  let seatsQuery = 0;  // only the answer to the latest question is drawn

  function readWhatIf() {
    const params = new URLSearchParams(window.location.search);
    WHAT_IF_KEYS.forEach((k) => { whatIf[k] = params.get(k) || ""; });
  }

  function writeWhatIf() {
    const params = new URLSearchParams(window.location.search);
    WHAT_IF_KEYS.forEach((k) => { if (whatIf[k]) params.set(k, whatIf[k]); else params.delete(k); });
    const query = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
  }

  function syncWhatIf(election) {
    document.getElementById("election").value = whatIf.election;
    document.getElementById("whatif-threshold").value = whatIf.threshold;
    document.getElementById("whatif-seats").value = whatIf.seats;
    document.getElementById("whatif-method").value = whatIf.method;
    if (election) {  // the law's values, shown where the field is empty
      document.getElementById("whatif-threshold").placeholder = election.threshold ? fractionPercent(election.threshold) : "";
      document.getElementById("whatif-seats").placeholder = election.list_seats || "";
    }
  }

  function fractionPercent(text) {
    const [a, b] = text.split("/").map(Number);
    return String(Math.round((100 * a) / (b || 1) * 100) / 100);
  }

  const methodName = (code) => t.method_codes[code] || code.replace(/_/g, " ");
  const fixed = (x, places) => Number(x).toFixed(places);

  async function drawSeats() {
    const asked = ++seatsQuery;
    const panel = document.getElementById("seats-panel");
    const problem = document.getElementById("seats-error");
    let data;
    try {
      data = await api(`/elections/${encodeURIComponent(whatIf.election)}/seats`,
        { threshold: whatIf.threshold, seats: whatIf.seats, method: whatIf.method });
    } catch (error) {
      if (asked !== seatsQuery) return;
      problem.textContent = String(error.message || error);
      problem.hidden = false;
      panel.dataset.query = "error";
      return;
    }
    if (asked !== seatsQuery) return;
    problem.hidden = true;
    const winners = data.parties.filter((p) => p.seats > 0);
    const { seats, rows } = seatPositions(data.seats_total);
    const traces = [];
    let next = 0;
    winners.forEach((p) => {
      const mine = seats.slice(next, next + p.seats);
      next += p.seats;
      traces.push({
        type: "scatter", mode: "markers", name: `${p.party} (${p.seats})`, hoverinfo: "name",
        x: mine.map((s) => s.r * Math.cos(s.angle)), y: mine.map((s) => s.r * Math.sin(s.angle)),
        marker: { size: Math.max(4, Math.min(14, 70 / rows)), color: colour(p.party) },
      });
    });
    Plotly.react("hemicycle", traces, {
      height: 320, margin: { l: 10, r: 10, t: 10, b: 10 }, legend: { orientation: "h" },
      xaxis: { visible: false, range: [-1.1, 1.1] }, yaxis: { visible: false, range: [-0.05, 1.1], scaleanchor: "x" },
      annotations: [{ x: 0, y: 0.1, text: `${data.seats_total} ${t.seats_word}`, showarrow: false, font: { size: 16 } }],
    }, plotConfig);
    const index = data.proportionality;
    const summary = document.getElementById("seats-summary");
    summary.textContent = "";
    summary.append(
      el("span", { class: data.what_if ? "badge what-if" : "badge" }, data.what_if ? t.what_if : t.by_law),
      document.createTextNode(` ${t.threshold} ${data.threshold_percent} % · ${data.seats_total} ${t.seats_word} · ${methodName(data.method)} · `),
      el("span", { "data-testid": "gallagher" }, `${t.gallagher} ${fixed(index.gallagher, 2)}`),
      document.createTextNode(` · ${t.enp}: ${fixed(index.enp_votes, 2)} ${t.by_votes}, ${fixed(index.enp_seats, 2)} ${t.by_seats}`),
    );
    [...data.notes, ...data.warnings].forEach((note) => summary.appendChild(el("span", { class: "note" }, note)));
    const body = document.querySelector("#seats-table tbody");
    body.textContent = "";
    data.parties.forEach((p) => {
      const row = el("tr", { "data-party": p.party });
      if (!p.admitted) row.classList.add("out");
      const name = el("td");
      name.append(el("span", { class: "swatch", style: `background:${colour(p.party)}` }), document.createTextNode(local(p.name, p.party)));
      const official = data.what_if && p.official_seats !== null && p.official_seats !== undefined
        ? `${t.official} ${p.official_seats}` : "";
      row.append(name, el("td", {}, `${p.votes.toLocaleString()} ${t.votes}`), el("td", {}, `${p.share_percent} %`),
        el("td", { class: "seats" }, `${p.seats} ${t.seats_word}`), el("td", { class: "official" }, official));
      body.appendChild(row);
    });
    panel.dataset.query = new URLSearchParams(Object.entries(whatIf).filter(([, v]) => v)).toString();
  }

  function wireWhatIf(elections) {
    const byId = Object.fromEntries(elections.map((e) => [e.id, e]));
    const electionSelect = document.getElementById("election");
    elections.filter((e) => e.has_results).forEach((e) => electionSelect.appendChild(el("option", { value: e.id }, `${e.name}`)));
    readWhatIf();
    if (!byId[whatIf.election] || !byId[whatIf.election].has_results) whatIf.election = electionSelect.value;
    const controls = { threshold: "whatif-threshold", seats: "whatif-seats", method: "whatif-method" };
    let timer = null;
    const readControls = () => {  // every control at once, so a value still being typed is not lost
      clearTimeout(timer);
      const before = JSON.stringify(whatIf);
      Object.entries(controls).forEach(([key, id]) => { whatIf[key] = document.getElementById(id).value.trim(); });
      return JSON.stringify(whatIf) !== before;
    };
    const ask = () => { writeWhatIf(); syncWhatIf(byId[whatIf.election]); return drawSeats(); };
    electionSelect.addEventListener("change", () => { readControls(); whatIf.election = electionSelect.value; whatIf.seats = ""; ask(); });
    Object.values(controls).forEach((id) => {
      const input = document.getElementById(id);
      input.addEventListener("change", () => { if (readControls()) ask(); });
      input.addEventListener("input", () => {  // live, once typing pauses
        clearTimeout(timer);
        timer = setTimeout(() => { if (readControls()) ask(); }, 400);
      });
    });
    document.getElementById("whatif").addEventListener("submit", (event) => event.preventDefault());
    document.getElementById("whatif-reset").addEventListener("click", () => { clearTimeout(timer); whatIf.threshold = whatIf.seats = whatIf.method = ""; ask(); });
    syncWhatIf(byId[whatIf.election]);
    if (whatIf.election) drawSeats();
  }

  // --- wiring ---------------------------------------------------------------------------
  function syncSelects() {
    document.getElementById("party-filter").value = state.party;
    document.getElementById("region-filter").value = state.region;
    document.getElementById("confidence-filter").value = state.confidence;
  }

  function setFilter(name, value) {
    state[name] = value;
    syncSelects();
    refresh();
  }

  async function refresh() {
    state.offset = 0;
    const [matrix] = await Promise.all([drawMatrix(), drawMap(), drawTimeline(), loadEvents()]);
    await drawIssues(state.party ? [state.party] : matrix.parties);
    document.body.dataset.ready = "yes";
  }

  async function start() {
    const [parties, regions, tiles, elections] = await Promise.all([
      api("/parties", { historic: false }), api("/regions"),
      fetch(cfg.static + "/tiles.json").then((r) => r.json()), api("/elections"),
    ]);
    ref.tiles = tiles.tiles;
    const partySelect = document.getElementById("party-filter");
    parties.forEach((p) => { ref.parties[p.code] = p; partySelect.appendChild(el("option", { value: p.code }, `${p.code} — ${local(p.name, p.code)}`)); });
    const regionSelect = document.getElementById("region-filter");
    regions.forEach((r) => { ref.regions[r.code] = r; regionSelect.appendChild(el("option", { value: r.code }, local(r.name, r.code))); });
    partySelect.addEventListener("change", () => setFilter("party", partySelect.value));
    regionSelect.addEventListener("change", () => setFilter("region", regionSelect.value));
    const confidenceSelect = document.getElementById("confidence-filter");
    confidenceSelect.addEventListener("change", () => setFilter("confidence", confidenceSelect.value));
    document.getElementById("clear-filters").addEventListener("click", () => { state.party = state.region = state.confidence = ""; syncSelects(); refresh(); });
    document.getElementById("prev-page").addEventListener("click", () => { state.offset = Math.max(0, state.offset - state.limit); loadEvents(); });
    document.getElementById("next-page").addEventListener("click", () => { state.offset += state.limit; loadEvents(); });
    wireWhatIf(elections);
    await refresh();
  }

  start().catch((error) => { document.getElementById("total").textContent = String(error.message || error); });
})();
