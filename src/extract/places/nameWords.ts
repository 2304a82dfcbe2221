/** Words that, after a place's name, make it part of another name: shared by the refiners that read names. */

// Words that make "<Place> W" an institution of that place, still a mention of it ("Dublin City Council").
export const INSTITUTIONS = new Set([
  'city', 'council', 'county', 'school', 'schools', 'library', 'university', 'college', 'hospital', 'department', 'board',
  'court', 'church', 'park', 'street', 'road', 'avenue', 'high', 'middle', 'elementary', 'public', 'fire', 'service', 'center',
  'centre', 'museum', 'commission', 'authority', 'agency', 'committee', 'hall', 'senate', 'assembly', 'legislature', 'health',
  'medical', 'regional', 'community', 'national', 'district', 'township', 'village', 'town', 'municipal', 'port', 'bridge', 'station', 'zoo', 'square', 'highway', 'region', 'area', 'metro', 'metropolitan', 'chamber', 'history', 'historical', 'heritage',
  'mall', 'market', 'memorial', 'cemetery', 'fairgrounds', 'stadium', 'arena', 'ranger', 'rangers', 'highway', 'patrol',
]);

// Heads of names that are about an outlet or a team, not the place ("Washington Post", "Georgia Tech").
export const NOT_THE_PLACE = new Set([
  'post', 'times', 'tech', 'journal', 'herald', 'tribune', 'globe', 'daily', 'gazette', 'chronicle', 'examiner', 'observer',
  'bulletin', 'courier', 'telegraph', 'sun', 'star', 'mirror', 'record', 'register', 'inquirer', 'dispatch', 'news',
  'bulls', 'lakers', 'celtics', 'knicks', 'yankees', 'giants', 'jets', 'eagles', 'cowboys', 'redskins', 'united', 'fc',
]);

// Natural features named after (or sharing a word with) a place are other places: "Ross Ice Shelf", "Hudson River".
export const FEATURES = new Set([
  'lake', 'lakes', 'river', 'bay', 'valley', 'mountains', 'mountain', 'mount', 'island', 'islands', 'peninsula', 'sea', 'ocean',
  'gulf', 'strait', 'straits', 'channel', 'sound', 'glacier', 'ice', 'shelf', 'desert', 'canal', 'creek', 'falls', 'reef',
  'basin', 'delta', 'plateau', 'range', 'ridge', 'coast', 'cape', 'forest', 'lagoon', 'canyon', 'volcano', 'harbor', 'harbour',
]);
