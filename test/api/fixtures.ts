/** Small articles written for the API tests: two stories, a syndicated copy, quotes and events. */
export interface FixtureArticle {
  id: string;
  date: string;
  title: string;
  outlet: string;
  url?: string;
  text: string;
}

export const FIXTURES: FixtureArticle[] = [
  {
    id: 'fx-01',
    date: '2024-05-06',
    title: 'Norway accuses Sweden of blocking fishing talks',
    outlet: 'North Sea Times',
    text: 'OSLO, May 6 - Norway accused Sweden on Monday of blocking talks on fishing quotas in the Skagerrak.\n\n"We came with a fair offer and it was ignored," Foreign Minister Kari Holm told reporters in Oslo.\n\nSweden rejected the accusation and said it wanted a new round of talks in June.',
  },
  {
    id: 'fx-02',
    date: '2024-05-07',
    title: 'Sweden rejects Norwegian claims over fishing quotas',
    outlet: 'Baltic Review',
    text: 'STOCKHOLM, May 7 - Sweden rejected claims by Norway that it had blocked talks on fishing quotas, the government said on Tuesday.\n\n"Nobody has walked away from the table," trade minister Lars Berg said.\n\nNorway accused Sweden on Monday of stalling the negotiations over the Skagerrak catch.',
  },
  {
    id: 'fx-03',
    date: '2024-05-07',
    title: 'Norway accuses Sweden of blocking fishing talks',
    outlet: 'Coastal Wire',
    text: 'OSLO, May 6 - Norway accused Sweden on Monday of blocking talks on fishing quotas in the Skagerrak.\n\n"We came with a fair offer and it was ignored," Foreign Minister Kari Holm told reporters in Oslo.\n\nSweden rejected the accusation and said it wanted a new round of talks in June.',
  },
  {
    id: 'fx-04',
    date: '2024-05-09',
    title: 'Norway and Sweden agree to resume fishing talks',
    outlet: 'North Sea Times',
    text: 'OSLO, May 9 - Norway and Sweden agreed on Thursday to resume talks on fishing quotas in the Skagerrak next week.\n\n"This is a good step for both fleets," Kari Holm said after a call with her Swedish counterpart.\n\nThe talks collapsed on Monday when Norway accused Sweden of blocking an agreement.',
  },
  {
    id: 'fx-05',
    date: '2024-06-02',
    title: 'Storm floods harbour towns in western Scotland',
    outlet: 'Highland Post',
    text: 'OBAN, June 2 - A storm flooded harbour towns across western Scotland on Sunday, cutting power to thousands of homes.\n\n"The water came up faster than anyone expected," harbour master Ewan Reid said.\n\nThe Scottish government said it would send emergency crews to the worst hit areas on Monday.',
  },
  {
    id: 'fx-06',
    date: '2024-06-03',
    title: 'Power returns slowly after Scottish storm',
    outlet: 'Coastal Wire',
    text: 'OBAN, June 3 - Power returned slowly on Monday to harbour towns in western Scotland flooded by Sunday\'s storm.\n\n"Crews are working through the night," a spokeswoman for the grid operator said.\n\nEwan Reid, the harbour master, said the storm on Sunday was the worst he had seen.',
  },
  {
    id: 'fx-07',
    date: '2024-06-20',
    title: 'Canada and Mexico sign a trade accord',
    outlet: 'Baltic Review',
    text: 'OTTAWA, June 20 - Canada and Mexico signed a trade accord on Thursday that cuts tariffs on farm goods.\n\n"This agreement helps farmers in both countries," Canadian trade minister Anne Leduc said.\n\nMexico praised Canada for its patience during the talks.',
  },
];
