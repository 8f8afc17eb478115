// The tidings page: one filter bar, kept in the URL, drives every view. Charts are Vega-Lite
// specs drawn by vega-embed; every number comes from the JSON API (docs/api.md).
"use strict";

const FILTERS = ["source", "target", "type", "root", "status", "since", "until", "text", "merged"];
const QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
const QUAD_COLORS = ["#9ecae1", "#3182bd", "#fdae6b", "#e6550d"];
const GOLDSTEIN = {field: "mean_goldstein", type: "quantitative", title: "mean Goldstein",
                   scale: {scheme: "redyellowblue", domain: [-10, 10]}};
const PAGE = 25;
const tidings = window.tidings = {views: {}, data: {}, ready: false};

const $ = (id) => document.getElementById(id);
const form = $("filters");

function state() { return new URLSearchParams(location.search); }

function filterParams(s = state()) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (s.get(k)) p.set(k, s.get(k));
  return p;
}

async function api(path, params) {
  const url = "api/" + path + (params && [...params].length ? "?" + params : "");
  const r = await fetch(url);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

// --- the filter bar and the URL -----------------------------------------------------------

function fillForm(s) {
  for (const el of form.elements) {
    if (!el.name) continue;
    if (el.type === "checkbox") el.checked = s.get(el.name) === "true";
    else el.value = s.get(el.name) || (el.name === "by" ? "month" : "");
  }
}

function navigate(changes, {keepPage = false} = {}) {
  const s = state();
  for (const [k, v] of Object.entries(changes)) { if (v) s.set(k, v); else s.delete(k); }
  if (!keepPage) s.delete("offset");
  history.pushState(null, "", "?" + s);
  render();
}

form.addEventListener("submit", (ev) => {
  ev.preventDefault();
  const changes = {event: "", merged_id: ""};
  for (const el of form.elements) {
    if (!el.name) continue;
    changes[el.name] = el.type === "checkbox" ? (el.checked ? "true" : "") : el.value.trim();
  }
  navigate(changes);
});
form.addEventListener("change", (ev) => { if (ev.target.tagName === "SELECT" || ev.target.type === "checkbox") form.requestSubmit(); });
$("clear").addEventListener("click", () => { history.pushState(null, "", location.pathname); render(); });
window.addEventListener("popstate", render);

// --- charts ---------------------------------------------------------------------------------

async function draw(name, spec, onClick, legend = 0) {
  const el = $(name);
  const width = Math.max(260, el.clientWidth - 40 - legend);  // room for the axis and a legend at the side
  const result = await vegaEmbed(el, {width, ...spec}, {actions: false, renderer: "svg"});
  if (onClick) result.view.addEventListener("click", (_, item) => item && item.datum && onClick(item.datum));
  tidings.views[name] = result.view;
}

function empty(name, message) {
  $(name).innerHTML = `<p class="note">${message}</p>`;
  delete tidings.views[name];
}

async function drawTimeline(params, by) {
  const p = new URLSearchParams(params); p.set("by", by);
  const data = await api("timeline", p);
  tidings.data.timeline = data;
  $("timeline-note").textContent = data.imprecise ? `${data.imprecise} events dated less precisely than a ${by} are not drawn.` : "";
  if (!data.series.length) return empty("timeline", "No dated events match the filters.");
  const values = data.series.map((r) => ({...r, quad: `${r.quad_class} ${QUADS[r.quad_class]}`}));
  await draw("timeline", {
    height: 180, data: {values}, name: "bars",
    mark: {type: "bar", tooltip: true},
    encoding: {
      x: {field: "period", type: "ordinal", title: null, axis: {labelAngle: -40}},
      y: {field: "events", type: "quantitative", stack: "zero", title: "events"},
      color: {field: "quad", type: "nominal", title: "quad class",
              scale: {domain: Object.entries(QUADS).map(([k, v]) => `${k} ${v}`), range: QUAD_COLORS},
              legend: {orient: "bottom", columns: 2}},
      order: {field: "quad_class"},
      tooltip: [{field: "period"}, {field: "quad", title: "quad class"}, {field: "events"}, {field: "mean_goldstein", title: "mean Goldstein"}],
    },
  });
}

async function drawDyad(s, edges) {
  let a = s.get("source"), b = s.get("target"), picked = false;
  if (!(a && b) && edges.length) { [a, b] = [edges[0].source, edges[0].target]; picked = true; }
  if (!(a && b)) { $("dyad-title").textContent = ""; return empty("dyad", "No dyad: set a source and a target."); }
  const by = s.get("by") === "day" ? "day" : "month";
  const data = await api("dyad", new URLSearchParams({a, b, by}));
  tidings.data.dyad = data;
  $("dyad-title").textContent = `${data.a} \u2192 ${data.b} and ${data.b} \u2192 ${data.a}, per ${by}` +
    (picked ? " (the busiest dyad of the filter; set source and target to choose)" : "");
  $("dyad-note").textContent = "All events between the two, whatever the other filters; undated events count at their publication.";
  if (!data.series.length) return empty("dyad", "No events between these two.");
  const x = {field: "period", type: "ordinal", title: null, axis: {labelAngle: -40}};
  const color = {field: "direction", type: "nominal", title: null, scale: {range: ["#2b6cb0", "#c05621"]}, legend: {orient: "top"}};
  await draw("dyad", {
    data: {values: data.series},
    vconcat: [
      {height: 110, name: "counts", mark: {type: "bar", tooltip: true},
       encoding: {x, xOffset: {field: "direction"}, y: {field: "events", type: "quantitative", title: "events"}, color}},
      {height: 110, layer: [
        {data: {values: [{}]}, mark: {type: "rule", color: "#999"}, encoding: {y: {datum: 0}}},
        {name: "line", mark: {type: "line"},
         encoding: {x, y: {field: "mean_goldstein", type: "quantitative", title: "mean Goldstein", scale: {domain: [-10, 10]}}, color}},
        {name: "goldstein", mark: {type: "point", filled: true, tooltip: true},
         encoding: {x, y: {field: "mean_goldstein", type: "quantitative"}, color}},
      ]},
    ],
    resolve: {scale: {x: "shared"}},
  });
}

async function drawNetwork(params) {
  const data = await api("network", params);
  tidings.data.network = data;
  if (!data.edges.length) return empty("network", "No events with both a source and a target match the filters.");
  // nodes on a circle, the busiest far apart (each a stride of about half the circle on from the
  // last), so their edges cross the middle; each direction of a dyad drawn a little apart
  const n = data.nodes.length, at = {};
  const gcd = (a, b) => (b ? gcd(b, a % b) : a);
  let stride = Math.max(1, Math.floor(n / 2));
  while (stride > 1 && gcd(stride, n) !== 1) stride--;
  data.nodes.forEach((node, i) => {
    const t = 2 * Math.PI * ((i * stride) % n) / n + Math.PI / 2;
    at[node.id] = {x: Math.cos(t), y: Math.sin(t)};
  });
  const edges = data.edges.map((e) => {
    const p = at[e.source], q = at[e.target];
    const len = Math.hypot(q.x - p.x, q.y - p.y) || 1, dx = -(q.y - p.y) / len * 0.025, dy = (q.x - p.x) / len * 0.025;
    return {...e, x: p.x + dx, y: p.y + dy, x2: q.x + dx, y2: q.y + dy, dyad: `${e.source} \u2192 ${e.target}`};
  });
  const nodes = data.nodes.map((node) => ({...node, ...at[node.id]}));
  const scale = {domain: [-1.25, 1.25]};
  const x = {field: "x", type: "quantitative", scale, axis: null}, y = {field: "y", type: "quantitative", scale, axis: null};
  await draw("network", {
    height: 360,
    layer: [
      {name: "edges", data: {values: edges}, mark: {type: "rule", strokeCap: "round", cursor: "pointer"},
       encoding: {x, y, x2: {field: "x2"}, y2: {field: "y2"}, color: GOLDSTEIN,
                  strokeWidth: {field: "events", type: "quantitative", scale: {range: [1.5, 9]}, legend: null},
                  tooltip: [{field: "dyad"}, {field: "events"}, {field: "mean_goldstein", title: "mean Goldstein"}]}},
      {name: "nodes", data: {values: nodes}, mark: {type: "circle", color: "#1f2933", opacity: 1},
       encoding: {x, y, size: {field: "events", type: "quantitative", scale: {range: [60, 600]}, legend: null},
                  tooltip: [{field: "id", title: "actor"}, {field: "events"}]}},
      {name: "labels", data: {values: nodes}, mark: {type: "text", dy: -14, fontWeight: "bold"},
       encoding: {x, y, text: {field: "id"}}},
    ],
  }, (d) => { if (d.source && d.target && d.dyad) navigate({source: d.source, target: d.target, event: ""}); }, 110);
}

async function drawMap(params) {
  const data = await api("map", params);
  tidings.data.map = data;
  await draw("map", {
    height: 330, projection: {type: "equalEarth"},
    layer: [
      {name: "countries", data: {url: "static/vendor/countries-110m.json", format: {type: "topojson", feature: "countries"}},
       mark: {type: "geoshape", fill: "#e9ecef", stroke: "#fff", strokeWidth: 0.5}},
      {name: "places", data: {values: data.places}, mark: {type: "circle", opacity: 0.85, stroke: "#333", strokeWidth: 0.5},
       encoding: {longitude: {field: "lon", type: "quantitative"}, latitude: {field: "lat", type: "quantitative"},
                  size: {field: "events", type: "quantitative", scale: {range: [40, 900]}, title: "events",
                         legend: {format: "d", tickMinStep: 1}},
                  color: GOLDSTEIN,
                  tooltip: [{field: "name"}, {field: "country"}, {field: "events"}, {field: "mean_goldstein", title: "mean Goldstein"}]}},
    ],
  }, null, 110);
}

// --- the events table ---------------------------------------------------------------------

const COLUMNS = [
  ["date", "date", (r) => r.date ? (r.date.value || r.date) : ""],
  ["source_code", "source", (r) => actorCell(r.source, r.source_code, r.source_name)],
  ["cameo_code", "CAMEO", (r) => { const c = r.cameo || r; return `<span class="quad q${c.quad_class}" title="${QUADS[c.quad_class] || ""}"></span><span title="${esc(c.cameo_name || c.name)}">${esc(c.cameo_code || c.code)} ${esc(short(c.cameo_name || c.name, 20))}</span>`; }],
  ["plover_type", "PLOVER", (r) => esc(r.plover ? r.plover.type : r.plover_type)],
  ["target_code", "target", (r) => actorCell(r.target, r.target_code, r.target_name)],
  ["status", "status", (r) => esc(r.status)],
  ["location_name", "place", (r) => esc(r.location ? r.location.name : r.location_name)],
  ["goldstein", "Goldstein", (r) => esc(r.cameo ? r.cameo.goldstein : r.goldstein)],
];

function esc(v) {
  return v === null || v === undefined ? "" : String(v).replace(/[&<>"]/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c]));
}

function short(text, n) { return text && text.length > n ? text.slice(0, n - 1) + "\u2026" : text; }

function actorCell(actor, code, name) {
  if (actor) return `<b>${esc(actor.code)}</b> ${esc(short(actor.text, 16))}`;
  return code ? `<b>${esc(code)}</b> ${esc(name)}` : "";
}

async function drawTable(s, params) {
  const merged = s.get("merged") === "true";
  const sort = s.get("sort") || "date", offset = Number(s.get("offset") || 0);
  const p = new URLSearchParams(params); p.set("sort", sort); p.set("limit", PAGE); p.set("offset", offset);
  const data = await api("events", p);
  tidings.data.events = data;
  const cols = [...COLUMNS, ...(merged ? [["n_sources", "sources", (r) => esc(r.n_sources)]] : []),
                [null, "evidence", (r) => esc(r.evidence ? r.evidence.text : r.evidence_text)]];
  $("events").tHead.innerHTML = "<tr>" + cols.map(([field, label]) => {
    const cls = field && sort.replace("-", "") === field ? (sort.startsWith("-") ? "sorted-desc" : "sorted-asc") : "";
    return `<th ${field ? `data-sort="${field}"` : ""} class="${cls}">${label}</th>`;
  }).join("") + "</tr>";
  const selected = s.get("event") || s.get("merged_id");
  $("events").tBodies[0].innerHTML = data.items.map((r) =>
    `<tr data-id="${esc(r.id)}" class="${r.id === selected ? "selected" : ""}">` +
    cols.map(([field, , cell]) => `<td class="${field ? "" : "evidence"}">${cell(r)}</td>`).join("") + "</tr>").join("");
  $("table-count").textContent = `${data.total} ${merged ? "merged events" : "events"}`;
  $("page").textContent = data.total ? `${offset + 1}\u2013${offset + data.items.length} of ${data.total}` : "none";
  $("prev").disabled = offset === 0;
  $("next").disabled = data.next === null;
  for (const fmt of ["csv", "jsonl", "parquet"]) {
    const d = new URLSearchParams(params); d.set("sort", sort); d.set("format", fmt);
    $("dl-" + fmt).href = "api/events?" + d;
  }
}

$("events").tHead.addEventListener("click", (ev) => {
  const field = ev.target.dataset && ev.target.dataset.sort;
  if (!field) return;
  const sort = state().get("sort") || "date";
  navigate({sort: sort === field ? "-" + field : field});
});
$("events").tBodies[0].addEventListener("click", (ev) => {
  const tr = ev.target.closest("tr");
  if (!tr) return;
  const merged = state().get("merged") === "true";
  navigate(merged ? {merged_id: tr.dataset.id, event: ""} : {event: tr.dataset.id, merged_id: ""}, {keepPage: true});
});
$("prev").addEventListener("click", () => { const o = Number(state().get("offset") || 0); navigate({offset: String(Math.max(0, o - PAGE))}, {keepPage: true}); });
$("next").addEventListener("click", () => { const o = Number(state().get("offset") || 0); navigate({offset: String(o + PAGE)}, {keepPage: true}); });

// --- the evidence view ----------------------------------------------------------------------

// Spans count Unicode code points (Python's str), so the text is cut as an array of code points.
function renderText(el, text, marks) {
  const chars = Array.from(text);
  const cuts = new Set([0, chars.length]);
  for (const m of marks) { cuts.add(Math.max(0, Math.min(chars.length, m.start))); cuts.add(Math.max(0, Math.min(chars.length, m.end))); }
  const points = [...cuts].sort((x, y) => x - y);
  el.textContent = "";
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const on = marks.filter((m) => m.start <= a && m.end >= b);
    const node = document.createElement(on.length ? "mark" : "span");
    node.textContent = chars.slice(a, b).join("");
    node.dataset.start = a; node.dataset.end = b;
    if (on.length) { node.className = on.map((m) => "m-" + m.kind).join(" "); node.title = on.map((m) => m.title).join("\n"); }
    el.append(node);
  }
}

function eventMarks(e, doc) {
  const marks = [{kind: "evidence", start: e.evidence.start, end: e.evidence.end, title: `event ${e.cameo.code} ${e.cameo.name}`}];
  const add = (kind, span, title) => { if (span && span.start !== null && span.start !== undefined) marks.push({kind, start: span.start, end: span.end, title}); };
  add("trigger", e.trigger, `trigger (${e.pattern})`);
  add("source", e.source, `source ${e.source && e.source.code}`);
  add("target", e.target, `target ${e.target && e.target.code}`);
  add("date", e.date, `date ${e.date && e.date.value}`);
  add("place", e.location, `place ${e.location && e.location.name}`);
  add("cue", e.status_cue, `status ${e.status}`);
  for (const m of doc ? doc.mentions : []) {
    if (m.mention === "quote" && m.start < e.evidence.end && m.end > e.evidence.start) add("quote", m, `quote of ${m.speaker || "?"}`);
  }
  return marks;
}

function facts(e) {
  const rows = [
    ["event", `${e.cameo.code} ${e.cameo.name} (Goldstein ${e.cameo.goldstein}, ${QUADS[e.cameo.quad_class]}); PLOVER ${e.plover.type || "-"}${e.plover.mode ? "/" + e.plover.mode : ""}`],
    ["source", e.source ? `${e.source.code} ${e.source.name || ""} \u201c${e.source.text}\u201d` : "-"],
    ["target", e.target ? `${e.target.code} ${e.target.name || ""} \u201c${e.target.text}\u201d` : "-"],
    ["date", e.date ? `${e.date.value} (${e.date.precision}${e.date.text ? ", \u201c" + e.date.text + "\u201d" : ""})` : "-"],
    ["place", e.location ? `${e.location.name}, ${e.location.country || ""}` : "-"],
    ["status", e.status + (e.reported_by ? `, told by ${e.reported_by.name || e.reported_by.text}` : "")],
    ["document", e.document ? `${e.document.title || e.document.doc_id} (${e.document.published || "undated"})` : e.doc_id],
  ];
  return `<dl class="facts">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${esc(v)}</dd>`).join("")}</dl>`;
}

const LEGEND = `<p class="legend"><mark class="m-evidence">evidence</mark><mark class="m-trigger">trigger</mark>` +
  `<mark class="m-source">source</mark><mark class="m-target">target</mark><mark class="m-date">date</mark>` +
  `<mark class="m-place">place</mark><mark class="m-quote">quote</mark><mark class="m-cue">status cue</mark></p>`;

async function showSource(container, e) {
  const doc = await api("documents/" + encodeURIComponent(e.doc_key || e.document.doc_key));
  const text = document.createElement("div");
  text.className = "doc";
  renderText(text, doc.text || "", eventMarks(e, doc));
  container.append(text);
  const first = text.querySelector("mark.m-evidence");
  if (first) text.scrollTop = Math.max(0, first.offsetTop - 40);  // .doc is the offset parent
}

async function drawEvidence(s) {
  const el = $("evidence");
  const id = s.get("event"), mid = s.get("merged_id");
  if (!id && !mid) { el.innerHTML = `<p class="note">Click an event in the table to see the sentence it was coded from.</p>`; return; }
  if (id) {
    const e = await api("events/" + encodeURIComponent(id));
    tidings.data.evidence = e;
    const n = e.merged ? e.merged.sources.length : 1;
    el.innerHTML = facts(e) + LEGEND + (n > 1 ? `<p class="note">One of ${n} mentions of merged event ${esc(e.merged.id)}: ` +
      `<a href="#" id="show-merged">its sources side by side</a>.</p>` : "");
    const holder = document.createElement("div");
    holder.id = "evidence-text";
    el.append(holder);
    await showSource(holder, e);
    const link = $("show-merged");
    if (link) link.addEventListener("click", (ev) => { ev.preventDefault(); navigate({merged_id: e.merged.id, event: ""}, {keepPage: true}); });
    return;
  }
  const m = await api("merged/" + encodeURIComponent(mid));
  tidings.data.evidence = m;
  el.innerHTML = `<p><b>Merged event</b> ${esc(m.source_code)} ${esc(m.cameo_code)} ${esc(m.cameo_name)} ${esc(m.target_code)}, ` +
    `${esc(m.date || "undated")}: ${m.n_sources} sources, ${m.n_mentions} mentions.</p>` + LEGEND + `<div class="sources"></div>`;
  const columns = el.querySelector(".sources");
  for (const e of m.sources) {
    const col = document.createElement("div");
    col.innerHTML = `<h3>${esc(e.document ? e.document.title || e.doc_id : e.doc_id)}</h3>` + facts(e);
    columns.append(col);
    await showSource(col, e);
  }
}

// --- everything, from the URL --------------------------------------------------------------

async function render() {
  const token = tidings.renders = (tidings.renders || 0) + 1;  // a later render wins
  tidings.ready = false;
  const s = state();
  fillForm(s);
  $("error").textContent = "";
  const params = filterParams(s);
  try {
    const network = api("network", params);
    await Promise.all([
      drawTimeline(params, s.get("by") || "month"),
      drawNetwork(params),
      network.then((n) => drawDyad(s, n.edges)),
      drawMap(params),
      drawTable(s, params),
      drawEvidence(s),
    ]);
  } catch (err) {
    $("error").textContent = err.message;
  }
  if (token !== tidings.renders) return;
  tidings.ready = true;
  document.body.dataset.ready = location.search;
}

api("status").then((st) => {
  $("summary").textContent = `${st.tables.documents} documents, ${st.tables.events} events, ${st.tables.merged_events} merged events`;
}).catch(() => {});
render();
