// The seats panel of the Saylau dashboard: a hemicycle per election, and what-if controls
// (threshold, seats, method) that re-ask the API and live in the page's URL. dashboard.js
// calls SaylauSeats(page) with the helpers it shares (labels, API, colours, names).
window.SaylauSeats = function (page) {
  "use strict";
  const { lang, t, api, el, colour, local, partyLabel, dateLabel, plotConfig, keepViewInLanguageLinks } = page;

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
    keepViewInLanguageLinks();
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
        type: "scatter", mode: "markers", name: `${partyLabel(p.party)} (${p.seats})`, hoverinfo: "name",
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
      row.append(name, el("td", {}, `${p.votes.toLocaleString(lang)} ${t.votes}`), el("td", {}, `${p.share_percent} %`),
        el("td", { class: "seats" }, `${p.seats} ${t.seats_word}`), el("td", { class: "official" }, official));
      body.appendChild(row);
    });
    panel.dataset.query = new URLSearchParams(Object.entries(whatIf).filter(([, v]) => v)).toString();
  }

  function wireWhatIf(elections) {
    const byId = Object.fromEntries(elections.map((e) => [e.id, e]));
    const electionSelect = document.getElementById("election");
    const electionName = (e) => (t.election_bodies[e.body] && e.date ? `${t.election_bodies[e.body]}, ${dateLabel(e.date)}` : e.name);
    elections.filter((e) => e.has_results).forEach((e) => electionSelect.appendChild(el("option", { value: e.id }, electionName(e))));
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

  // Back and Forward: the what-ifs of that history entry.
  function reload() {
    readWhatIf();
    whatIf.election = whatIf.election || document.getElementById("election").value;
    syncWhatIf();
    if (whatIf.election) drawSeats();
  }

  return { wire: wireWhatIf, reload };
};
