import type { Story } from '../story/types';
import type { Edit } from './edit';
import { addEvent, removeEvent, updateEvent } from './editEvents';
import { addPlace, removeMention, removePlace, setLocation, switchCandidate } from './editPlaces';
import { mergeStops, moveStop, removeStop } from './editRoutes';
import { addTime, removeTime } from './editTimes';

/**
 * Applies one author's edit to a story and returns the new story; the old one is never changed.
 * An edit that does not fit the story (an unknown id, a bad date) returns the same story object,
 * so callers can tell that nothing happened.
 */
export function applyEdit(story: Story, edit: Edit): Story {
  switch (edit.type) {
    case 'switchCandidate':
      return switchCandidate(story, edit.placeId, edit.gazetteerId);
    case 'setLocation':
      return setLocation(story, edit.placeId, edit.lat, edit.lon);
    case 'removeMention':
      return removeMention(story, edit.placeId, edit.start);
    case 'removePlace':
      return removePlace(story, edit.placeId);
    case 'addPlace':
      return addPlace(story, edit.span, edit.choice);
    case 'addTime':
      return addTime(story, edit.span, edit.value);
    case 'removeTime':
      return removeTime(story, edit.timeId);
    case 'updateEvent':
      return updateEvent(story, edit.eventId, edit.patch);
    case 'addEvent':
      return addEvent(story, edit.title);
    case 'removeEvent':
      return removeEvent(story, edit.eventId);
    case 'moveStop':
      return moveStop(story, edit.routeId, edit.index, edit.delta);
    case 'mergeStops':
      return mergeStops(story, edit.routeId, edit.index);
    case 'removeStop':
      return removeStop(story, edit.routeId, edit.index);
    case 'setTitle':
      return edit.title === story.meta.title ? story : { ...story, meta: { ...story.meta, title: edit.title.slice(0, 500) } };
    default:
      return story;
  }
}
