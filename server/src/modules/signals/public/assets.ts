/**
 * The two small assets of the reporting pages, kept as text so they are served the same from
 * server/src and from the compiled dist/ (which holds no .js or .css copied from src).
 *
 * melden.js is plain JavaScript without a build step: it adds a map to the location fieldset with
 * Leaflet (served from node_modules). Nothing depends on it: the form works without it, and the hidden
 * lat/lon fields it fills are in the page either way. It sets no inline style attributes and runs under
 * the strict Content-Security-Policy (scripts and styles from 'self' only).
 */

export const meldenCss = `.melden-emergency .utrecht-heading-2{margin-block:0 .5rem}
.melden-emergency .utrecht-paragraph{margin-block:.25rem}
.melden-indicators{margin-block:.25rem 0;margin-inline-start:2rem}
.melden-indicators summary{cursor:pointer;text-decoration:underline}
.melden-indicators summary:focus-visible{outline:2px dotted #000;outline-offset:2px}
.melden-indicators .utrecht-unordered-list{margin-block:.5rem}
.melden-category-list .utrecht-form-fieldset__fieldset{display:flex;flex-direction:column;gap:1rem}
.melden-fieldset{inline-size:100%;border:0;padding:0;margin:0}
.melden-fieldset>.utrecht-form-fieldset__fieldset{display:flex;flex-direction:column;gap:1.25rem;border:0;padding:0;margin:0;min-inline-size:0}
.melden-fieldset>.utrecht-form-fieldset__fieldset>.utrecht-form-fieldset__legend{font-size:1.25rem;font-weight:700;margin-block-end:.5rem;padding:0}
.melden-category-list .utrecht-form-label--radio{font-weight:700}
.melden-category-list>.utrecht-form-fieldset__fieldset>.utrecht-form-fieldset__legend{font-size:1.25rem}
.dwb-section .utrecht-paragraph+.utrecht-paragraph{margin-block-start:.75rem}
.melden-row{display:flex;flex-wrap:wrap;gap:1rem 1.5rem}
.melden-row>.utrecht-form-field{inline-size:auto;flex:0 1 12rem}
.melden-short{max-inline-size:12rem}
.melden-hp{position:absolute;left:-10000px;top:auto;inline-size:1px;block-size:1px;overflow:hidden}
.melden-code{display:block;font-family:'Courier New',Courier,monospace;font-size:1.75rem;font-weight:700;letter-spacing:.1em;word-spacing:.3em;background:#f3f3f3;border:2px solid #000;padding:.75rem 1rem;margin-block:.75rem;overflow-wrap:anywhere;inline-size:fit-content;max-inline-size:100%}
.melden-receipt{border-inline-start:4px solid #c00;padding-inline-start:1rem}
.melden-map{display:flex;flex-direction:column;gap:.75rem;inline-size:100%}
.melden-map__frame{position:relative;inline-size:100%;max-inline-size:40rem}
.melden-map__canvas{block-size:22rem;inline-size:100%;background:#e9ece6}
.melden-map__canvas:focus-visible{outline:3px solid #000;outline-offset:2px}
.melden-map__frame::after{content:'';position:absolute;left:50%;top:50%;inline-size:22px;block-size:22px;margin:-13px 0 0 -13px;border:2px solid #000;border-radius:50%;box-shadow:0 0 0 2px #fff;pointer-events:none;z-index:450}
.melden-map .utrecht-paragraph{margin:0}
.melden-status{font-size:1.25rem;font-weight:700}
`;

export const meldenScript = `(function () {
  'use strict';
  var slot = document.getElementById('melden-map');
  var latInput = document.getElementById('melden-lat');
  var lonInput = document.getElementById('melden-lon');
  var L = window.L;
  if (!slot || !latInput || !lonInput || !L) return;
  var text = slot.dataset;
  var places = [];
  try {
    places = JSON.parse(text.places || '[]');
  } catch (e) {
    places = [];
  }

  function element(tag, className, content) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (content) el.textContent = content;
    return el;
  }
  function button(label, className) {
    var b = element('button', 'utrecht-button ' + className, label);
    b.type = 'button';
    return b;
  }

  var help = element('p', 'utrecht-paragraph', text.help);
  help.id = 'melden-map-help';
  var frame = element('div', 'melden-map__frame');
  var canvas = element('div', 'melden-map__canvas');
  canvas.id = 'melden-map-canvas';
  canvas.setAttribute('role', 'application');
  canvas.setAttribute('aria-label', text.label);
  canvas.setAttribute('aria-describedby', 'melden-map-help');
  frame.appendChild(canvas);
  var actions = element('div', 'dwb-actions');
  var centre = button(text.centre, 'utrecht-button--secondary-action');
  var clear = button(text.clear, 'utrecht-button--subtle');
  clear.hidden = true;
  actions.appendChild(centre);
  actions.appendChild(clear);
  var status = element('p', 'utrecht-paragraph', text.none);
  status.id = 'melden-map-status';
  status.setAttribute('aria-live', 'polite');
  slot.appendChild(help);
  slot.appendChild(frame);
  slot.appendChild(actions);
  slot.appendChild(status);
  slot.hidden = false;

  var map = L.map(canvas, {
    center: [Number(text.lat), Number(text.lon)],
    zoom: Number(text.zoom),
    zoomControl: false,
    keyboard: true,
  });
  L.control.zoom({ zoomInTitle: text.zoomIn, zoomOutTitle: text.zoomOut }).addTo(map);
  if (text.tiles) {
    var tiles = L.tileLayer(text.tiles, { maxZoom: 19 });
    if (text.attribution) tiles.getAttribution = function () { return element('span', '', text.attribution).outerHTML; };
    tiles.addTo(map);
  }
  places.forEach(function (place) {
    L.circleMarker([place.lat, place.lon], { radius: 5, color: '#000', weight: 2, fillColor: '#c00', fillOpacity: 1, interactive: false })
      .bindTooltip(place.name, { permanent: true, direction: 'right', interactive: false })
      .addTo(map);
  });

  var marker = null;
  function setPoint(latlng) {
    var lat = latlng.lat.toFixed(6);
    var lon = latlng.lng.toFixed(6);
    latInput.value = lat;
    lonInput.value = lon;
    if (marker) marker.setLatLng(latlng);
    else marker = L.marker(latlng, { keyboard: false, interactive: false, alt: '' }).addTo(map);
    status.textContent = text.chosen.replace('{lat}', lat).replace('{lon}', lon);
    clear.hidden = false;
  }
  function clearPoint() {
    latInput.value = '';
    lonInput.value = '';
    if (marker) {
      map.removeLayer(marker);
      marker = null;
    }
    status.textContent = text.none;
    clear.hidden = true;
    centre.focus();
  }

  map.on('click', function (event) {
    setPoint(event.latlng);
  });
  centre.addEventListener('click', function () {
    setPoint(map.getCenter());
  });
  clear.addEventListener('click', clearPoint);
  canvas.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && event.target === canvas) {
      event.preventDefault();
      setPoint(map.getCenter());
    }
  });

  // After an error the page comes back with the point chosen before.
  var lat0 = parseFloat(latInput.value);
  var lon0 = parseFloat(lonInput.value);
  if (isFinite(lat0) && isFinite(lon0)) {
    setPoint(L.latLng(lat0, lon0));
    map.setView([lat0, lon0], 16);
  }
})();
`;
