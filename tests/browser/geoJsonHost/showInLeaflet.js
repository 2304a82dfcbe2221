/* global L */
// Two ways a consumer binds a popup to each feature of a Dateline GeoJSON export:
// - 'html': `bindPopup(feature.properties.name)`, which Leaflet reads as HTML (the common mistake);
// - 'text': the property set as text, as SECURITY.md asks of every consumer.
window.showInLeaflet = function (doc, recipe) {
  var map = L.map('map').setView([0, 0], 2);
  var layers = [];
  L.geoJSON(doc, {
    onEachFeature: function (feature, layer) {
      var label = feature.properties.name || feature.properties.traveller || '';
      // Every popup stays open, so each feature's is drawn.
      var options = { autoClose: false, closeOnClick: false };
      if (recipe === 'html') layer.bindPopup(label, options);
      else {
        var el = document.createElement('div');
        el.className = 'popup-text';
        el.textContent = label;
        layer.bindPopup(el, options);
      }
      layers.push(layer);
    },
  }).addTo(map);
  layers.forEach(function (layer) {
    layer.openPopup();
  });
  return layers.length;
};
