/* global L */
/* eslint-disable no-restricted-syntax -- the point of this page is to write fields into innerHTML, as StoryMapJS does */
// StoryMapJS is not on npm, so this page writes a StoryMapJS document into the same sinks
// StoryMapJS 3 does (github.com/NUKnightLab/StoryMapJS, read at commit 0ee78aa), written here
// from reading its source, not copied:
// - the slide headline: Text.js `_initLayout` sets `innerHTML` of an h2 to `text.headline`;
// - the slide text: Text.js sets `innerHTML` to `htmlify(text.text)` (core/Util.js: kept as it is
//   when it holds a <p>…</p>, else wrapped in <p>);
// - the previous/next buttons: StorySlider.js `getNavInfo` takes the neighbour's headline and
//   SlideNav.js `_update` sets it as `innerHTML` (the location name there is commented out);
// - the map marker: map/leaflet/MapMarker.Leaflet.js passes the headline as Leaflet's `title`
//   option (a tooltip, set as a DOM property); its popup is commented out;
// - the embed page (src/embed/index.html) sets `document.title` to "StoryMapJS: " + the title.
// `slide.date` and `location.name` reach no sink in the viewer.
window.renderLikeStoryMapJs = function (doc) {
  var slides = doc.storymap.slides;
  var host = document.getElementById('slides');
  var map = L.map('map', { zoomControl: false }).setView([0, 0], 2);
  var htmlify = function (str) {
    return /<p>[\s\S]*?<\/p>/.test(str) ? str : '<p>' + str + '</p>';
  };
  slides.forEach(function (slide, i) {
    var el = document.createElement('div');
    el.className = 'vco-slide';
    if (slide.text.headline !== '') {
      var h2 = document.createElement('h2');
      h2.className = 'vco-headline';
      h2.innerHTML = slide.text.headline;
      el.appendChild(h2);
    }
    if (slide.text.text !== '') {
      var content = document.createElement('div');
      content.className = 'vco-text-content';
      content.innerHTML = htmlify(slide.text.text);
      el.appendChild(content);
    }
    [slides[i - 1], slides[i + 1]].forEach(function (next) {
      if (!next || !next.text.headline) return;
      var nav = document.createElement('div');
      nav.className = 'vco-slidenav-title';
      nav.innerHTML = next.text.headline;
      el.appendChild(nav);
    });
    host.appendChild(el);
    if (slide.type !== 'overview') L.marker([slide.location.lat, slide.location.lon], { title: slide.text.headline }).addTo(map);
  });
  document.title = 'StoryMapJS: ' + slides[0].text.headline;
};
