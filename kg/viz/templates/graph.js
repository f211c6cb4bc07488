/* dipkg graph page: draws the data block with vis-network, shows evidence, search and filters.
   Every piece of article text reaches the page through textContent, never as markup. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var hidden = {};
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  function edgeShown(e) {
    var cats = e.cats || (e.cat ? [e.cat] : []);
    if (!cats.length) { return true; }
    return cats.some(function (c) { return !hidden[c]; });
  }
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return !hidden[n.cat]; } });
  var edgeView = new vis.DataView(edges, { filter: edgeShown });
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
  window.kg = { network: network, nodes: nodes, edges: edges, view: nodeView, edgeView: edgeView, data: data,
    ready: null };
  // The first view: the main actors (data.main) in view, and never so far out that their names
  // cannot be read (data.readable); the reader zooms out for the rest.
  network.once("afterDrawing", function () {
    if (data.main && data.main.length) { network.fit({ nodes: data.main, animation: false }); }
    if (data.readable && network.getScale() < data.readable) {
      network.moveTo({ position: network.getViewPosition(), scale: data.readable, animation: false });
    }
    network.once("afterDrawing", function () {
      window.kg.ready = performance.now();
      document.body.setAttribute("data-ready", "1");
    });
    network.redraw();
  });

  var panel = document.getElementById("kg-panel");

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function facts(pairs) {
    var dl = el("dl");
    pairs.forEach(function (p) {
      if (p[1] === undefined || p[1] === null || p[1] === "") { return; }
      dl.appendChild(el("dt", p[0]));
      dl.appendChild(el("dd", p[1]));
    });
    return dl;
  }
  function actorName(iri) {
    var a = data.actors[iri];
    return a ? a.label : iri;
  }
  function linkTo(iri, text) {
    var b = el("button", text, "kg-link");
    b.type = "button";
    b.addEventListener("click", function () { select(iri); });
    return b;
  }
  function eventBlock(iri, withTitle) {
    var ev = data.events[iri];
    var box = el("div", null, "kg-event");
    if (!ev) { box.appendChild(el("p", iri)); return box; }
    if (withTitle) {
      var head = el("p");
      head.appendChild(nodes.get(iri) ? linkTo(iri, ev.type) : el("strong", ev.type));
      head.appendChild(el("span", " " + (ev.date || "undated") + " · " + ev.modality));
      box.appendChild(head);
    }
    if (ev.reports && ev.reports.length) { return reportsBlock(ev, box); }
    ev.evidence.forEach(function (s) { box.appendChild(el("blockquote", s.text)); });
    var doc = ev.doc || {};
    box.appendChild(facts([
      ["type", ev.type + (ev.cls ? " (" + ev.cls + ")" : "")],
      ["date", ev.date ? ev.date + (ev.dateText ? " (\u201c" + ev.dateText + "\u201d)" : "") : "undated"],
      ["modality", ev.modality],
      ["trigger", ev.trigger],
      ["document", doc.headline ? doc.headline + " [" + doc.id + "]" : doc.id],
      ["published", doc.published],
      ["source URL", doc.url]
    ]));
    return box;
  }
  /* a real-world event: its facts, then each report (document, sentences, its own date and modality) */
  function reportsBlock(ev, box) {
    box.appendChild(facts([
      ["type", ev.type + (ev.cls ? " (" + ev.cls + ")" : "")],
      ["date", ev.date || "undated"],
      ["modality", ev.modality],
      ["sources", ev.sources + " documents, " + ev.reports.length + " reports"]
    ]));
    ev.reports.forEach(function (r) {
      var part = el("div", null, "kg-report");
      var doc = r.doc || {};
      part.appendChild(el("p", doc.headline ? doc.headline + " [" + doc.id + "]" : doc.id, "kg-source"));
      r.evidence.forEach(function (s) { part.appendChild(el("blockquote", s.text)); });
      part.appendChild(facts([
        ["date", r.date ? r.date + (r.dateText ? " (\u201c" + r.dateText + "\u201d)" : "") : "undated"],
        ["modality", r.modality],
        ["published", doc.published],
        ["source URL", doc.url]
      ]));
      box.appendChild(part);
    });
    return box;
  }
  function showEvent(iri) {
    var ev = data.events[iri];
    panel.replaceChildren();
    panel.appendChild(el("h2", ev.label || ev.type));
    var who = el("ul");
    ev.roles.forEach(function (r) {
      var li = el("li");
      li.appendChild(nodes.get(r[0]) ? linkTo(r[0], actorName(r[0])) : el("span", actorName(r[0])));
      li.appendChild(el("span", " \u2014 " + r[1]));
      who.appendChild(li);
    });
    panel.appendChild(eventBlock(iri, false));
    panel.appendChild(el("h3", "Actors"));
    panel.appendChild(who);
    panel.appendChild(el("p", iri, "kg-hint"));
  }
  function showActor(iri) {
    var a = data.actors[iri];
    panel.replaceChildren();
    panel.appendChild(el("h2", a.label));
    panel.appendChild(facts([["kind", a.kind], ["Wikidata", a.wikidata], ["events", a.events.length]]));
    a.events.forEach(function (e) { panel.appendChild(eventBlock(e, true)); });
    panel.appendChild(el("p", iri, "kg-hint"));
  }
  function showLink(edge) {
    panel.replaceChildren();
    panel.appendChild(el("h2", actorName(edge.from) + " \u2014 " + actorName(edge.to)));
    var shown = (edge.events || []).length;
    panel.appendChild(el("p", edge.total + " event(s)" + (edge.total > shown ? ", the first " + shown + " shown" : "")));
    (edge.events || []).forEach(function (e) { panel.appendChild(eventBlock(e, true)); });
  }
  function select(id) {
    if (data.events[id]) { showEvent(id); } else if (data.actors[id]) { showActor(id); } else { return; }
    if (nodes.get(id)) { network.selectNodes([id]); }
  }
  network.on("click", function (params) {
    if (params.nodes.length) { select(params.nodes[0]); }
    else if (params.edges.length) {
      var edge = edges.get(params.edges[0]);
      if (edge && edge.events) { showLink(edge); }
      else if (edge) { select(data.events[edge.from] ? edge.from : edge.to); }
    }
  });

  var search = document.getElementById("kg-search");
  var status = document.getElementById("kg-search-status");
  function haystack(n) {
    var parts = [n.label || ""];
    var ev = data.events[n.id];
    if (ev) { parts.push(ev.type); ev.evidence.forEach(function (s) { parts.push(s.text); }); }
    return parts.join(" ").toLowerCase();
  }
  function find() {
    var q = search.value.trim().toLowerCase();
    if (!q) { status.textContent = ""; network.unselectAll(); return; }
    var ids = nodeView.getIds({ filter: function (n) { return haystack(n).indexOf(q) >= 0; } });
    status.textContent = ids.length + (ids.length === 1 ? " match" : " matches");
    network.selectNodes(ids);
    if (ids.length) {
      network.focus(ids[0], { scale: 1.2, animation: false });
      select(ids[0]);
      network.selectNodes(ids);
    }
  }
  document.getElementById("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    find();
  });
  search.addEventListener("input", function () { if (!search.value) { find(); } });
  search.addEventListener("change", find);

  Array.prototype.forEach.call(document.querySelectorAll("#kg-legend input[data-cat]"), function (box) {
    box.addEventListener("change", function () {
      hidden[box.getAttribute("data-cat")] = !box.checked;
      nodeView.refresh();
      edgeView.refresh();
    });
  });
})();
