// Relocation map (R9): Leaflet from its webjar, tiles from the configured server; a click tells the server.
// Before is drawn grey, after red; the form's coordinate fields remain the record.
// ("before" and "after" are the marker names the server passes to el.jiandangMapPlace.)
window.jiandangMap = function (el, host, tileUrl, attribution, lonBefore, latBefore, lonAfter, latAfter) {
  if (!window.L || !el || !tileUrl) {
    return;
  }
  if (el.jiandangMap) {
    el.jiandangMap.remove();
  }
  var map = L.map(el);
  L.tileLayer(tileUrl, { attribution: attribution || '', maxZoom: 18 }).addTo(map);
  var style = {
    before: { radius: 7, color: '#555', fillColor: '#999', fillOpacity: 0.9 },
    after: { radius: 7, color: '#7f0000', fillColor: '#b71c1c', fillOpacity: 0.9 }
  };
  var markers = {};
  function place(which, lat, lon) {
    if (markers[which]) {
      markers[which].setLatLng([lat, lon]);
    } else {
      markers[which] = L.circleMarker([lat, lon], style[which]).addTo(map);
    }
  }
  var known = [];
  if (latBefore && lonBefore) { place('before', +latBefore, +lonBefore); known.push([+latBefore, +lonBefore]); }
  if (latAfter && lonAfter) { place('after', +latAfter, +lonAfter); known.push([+latAfter, +lonAfter]); }
  if (known.length) {
    map.fitBounds(known, { maxZoom: 14, padding: [30, 30] });
  } else {
    map.setView([35.0, 105.0], 4); // China
  }
  // the server decides which position a click sets (the form's choice) and places its marker
  map.on('click', function (e) {
    host.$server.picked(e.latlng.lng, e.latlng.lat);
  });
  el.jiandangMapPlace = place;
  el.jiandangMap = map;
};
