import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src/extract/people/findPeople';

const names = (t: string, isPlace?: (n: string) => boolean): string[] => findPeople(t, isPlace).map((h) => `${h.text}=${h.name}`);

describe('findPeople', () => {
  it('finds titled names and links "Mr Pompeo" to "Mike Pompeo"', () => {
    expect(names('Secretary of State Mike Pompeo urged calm. Mr Pompeo said more.')).toEqual(['Mike Pompeo=Mike Pompeo', 'Pompeo=Mike Pompeo']);
  });

  it('finds a full name before a speech verb, and an office holder after their office', () => {
    expect(names('Foreign Minister Mukhtar Tleuberdi made no comment. Angela Merkel said no.')).toEqual([
      'Mukhtar Tleuberdi=Mukhtar Tleuberdi',
      'Angela Merkel=Angela Merkel',
    ]);
  });

  it('keeps a middle initial inside a titled name ("Mr. Henry M. Stanley")', () => {
    expect(names('Mr. Henry M. Stanley reached the lake. Mr. Stanley wrote home.')).toEqual(['Henry M. Stanley=Henry M. Stanley', 'Stanley=Henry M. Stanley']);
  });

  it('reads ranks of the forces and the churches as titles ("Commander Ida Lunde", "Cardinal Piet Baan")', () => {
    expect(names('Commander Ida Lunde sailed at dawn. Cardinal Piet Baan flew to Lima.')).toEqual(['Ida Lunde=Ida Lunde', 'Piet Baan=Piet Baan']);
  });

  it('does not read "St." as a title: "St. Louis" is a place', () => {
    expect(names('The boats came back to St. Louis in September.')).toEqual([]);
  });

  it('stops a name at a possessive', () => {
    expect(names("Mr Pompeo's Kazakhstan visit")).toEqual(['Pompeo=Pompeo']);
  });

  it('does not take places, sentence openers or lower-case words for people', () => {
    expect(names('New York said it would act.', (n) => n === 'New York')).toEqual([]);
    expect(names('The Government said so. He said it.')).toEqual([]);
    expect(names('the minister said nothing')).toEqual([]);
  });

  it('leaves a surname alone when two people share it', () => {
    expect(names('President George Bush and Governor Jeb Bush met. Mr Bush said yes.').at(-1)).toBe('Bush=Bush');
  });
});

describe('findPeople with role nouns and organisations', () => {
  it('finds a full name after a lower-case role noun ("the explorer Roald Amundsen")', () => {
    expect(names('The Norwegian explorer Roald Amundsen arrived. Captain Amundsen said so.')).toEqual(['Roald Amundsen=Roald Amundsen', 'Amundsen=Roald Amundsen']);
  });

  it('does not take an organisation before a speech verb for a person', () => {
    expect(names('The Suez Canal Authority said it would work. Human Rights Watch said no.')).toEqual([]);
  });
});

describe('findPeople with names beyond ASCII and with particles', () => {
  it('keeps accented letters and joining particles inside one name', () => {
    expect(names('President Luiz Inácio Lula da Silva flew over the area. Mr Silva said more help would come.')).toEqual([
      'Luiz Inácio Lula da Silva=Luiz Inácio Lula da Silva',
      'Silva=Luiz Inácio Lula da Silva',
    ]);
    expect(names('Chancellor Angela Merkel met Ludwig van Beethoven said nothing.').map((n) => n.split('=')[0])).toContain('Angela Merkel');
    expect(names('Minister Zbigniew Łukaszewicz and Mayor Ana Pérez met. Ms Pérez said yes.')).toEqual([
      'Zbigniew Łukaszewicz=Zbigniew Łukaszewicz',
      'Ana Pérez=Ana Pérez',
      'Pérez=Ana Pérez',
    ]);
  });
});
