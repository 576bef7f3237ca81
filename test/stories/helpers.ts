import type { Article } from '../../src/ingest/article.js';

/** Reports written for these tests: two distinct earthquakes and a summit, several outlets each. */
export const QUAKE_A: Article[] = [
  {
    id: 'qa-1',
    date: '2024-05-06',
    outlet: 'North Wire',
    title: 'Quake of magnitude 6.4 kills 14 in Tarvosa province',
    text: 'A magnitude 6.4 earthquake shook Tarvosa province on Monday, killing 14 people and flattening homes in the mountain town of Belcaro, the governor Ilse Marwick said.\n\nRescue teams from Ostrava dug through collapsed houses in Belcaro through the night. Marwick said 80 people were injured and the death toll in Tarvosa could rise.',
  },
  {
    id: 'qa-2',
    date: '2024-05-06',
    outlet: 'Harbor Times',
    title: 'Belcaro digs out after deadly Tarvosa earthquake',
    text: 'Residents of Belcaro searched the rubble of their homes after the 6.4 earthquake that struck Tarvosa province on Monday. Governor Ilse Marwick said 14 people died in Belcaro and nearby villages.\n\nThe quake was the strongest to hit Tarvosa in decades, Marwick told reporters, and aftershocks kept families out of their houses.',
  },
  {
    id: 'qa-3',
    date: '2024-05-07',
    outlet: 'Coast Gazette',
    title: 'Tarvosa earthquake toll stays at 14 as aftershocks rattle Belcaro',
    text: 'Aftershocks rattled Belcaro on Tuesday, a day after the magnitude 6.4 earthquake in Tarvosa province killed 14 people. Governor Ilse Marwick said tents had been set up for families whose homes were destroyed in Belcaro.',
  },
];

export const QUAKE_B: Article[] = [
  {
    id: 'qb-1',
    date: '2024-05-20',
    outlet: 'North Wire',
    title: 'Magnitude 5.8 earthquake kills three in Dunmere coastal region',
    text: 'A magnitude 5.8 earthquake struck the Dunmere coastal region on Monday, killing three people in the fishing port of Saltholm, mayor Pieter Okonjo said.\n\nOkonjo said houses collapsed in Saltholm and the harbour wall cracked. Rescuers searched the rubble for survivors of the Dunmere earthquake.',
  },
  {
    id: 'qb-2',
    date: '2024-05-20',
    outlet: 'Harbor Times',
    title: 'Saltholm counts its dead after Dunmere quake',
    text: 'Three people died when a 5.8 earthquake hit Dunmere on Monday, Saltholm mayor Pieter Okonjo said. The quake cracked the harbour wall in Saltholm and damaged homes along the Dunmere coast, and rescuers searched the rubble through the night.',
  },
];

/** A wire copy of qa-1 with its own dateline and the last paragraph trimmed. */
export const QUAKE_A_COPY: Article = {
  id: 'qa-copy',
  date: '2024-05-06',
  outlet: 'Valley Daily',
  title: 'Quake kills 14 in Tarvosa',
  text: 'BELCARO (North Wire) - A magnitude 6.4 earthquake shook Tarvosa province on Monday, killing 14 people and flattening homes in the mountain town of Belcaro, the governor Ilse Marwick said.',
};
