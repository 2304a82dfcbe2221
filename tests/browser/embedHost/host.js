// The JavaScript API, as the README shows it; `window.hostTest` lets the browser test drive it.
import { mount } from '/dateline/dateline-embed.js';

const response = await fetch('/stories/sample.story.json');
const story = mount(document.getElementById('story'), await response.json(), { event: 'e1' });
const seen = [];
story.on('event', ({ eventId }) => seen.push(eventId));
window.hostTest = { story, seen };
document.body.dataset['hostReady'] = 'yes';
