/**
 * Splits the recap's items into pages: `heights` are the items' heights (with the gap below
 * each), `firstRoom` the room for items on the first page (under the story's title) and `room`
 * on the others. Returns the index of each page's first item. Items are never split; an item
 * taller than a page gets a page of its own.
 */
export function paginateRecap(heights: readonly number[], firstRoom: number, room: number): number[] {
  const starts = [0];
  let left = firstRoom;
  heights.forEach((h, i) => {
    if (h <= left || starts[starts.length - 1] === i) {
      left -= h;
      return;
    }
    starts.push(i);
    left = room - h;
  });
  return starts;
}
