import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../src/ingest/article.js';
import { articleFeatures } from '../../src/stories/features.js';
import { containment, fingerprint } from '../../src/stories/fingerprint.js';
import {
  type Assignment,
  clusterOptionsFor,
  DEFAULT_CLUSTER_OPTIONS,
  StoryIndex,
} from '../../src/stories/story-index.js';
import { buildDoc } from '../../src/text/doc.js';
import { QUAKE_A, QUAKE_A_COPY, QUAKE_B } from './helpers.js';

const art = (id: string, text: string): Article => ({ id, date: null, text });

// Unrelated earlier reports, then two reports of one player's injury (shared by two tests below).
const TOWN_NEWS = [
  art('bg-1', 'The city council voted to widen the ring road and to plant trees along the river walk.'),
  art('bg-2', 'Bakers in the old town said flour prices had doubled since the harvest failed in autumn.'),
];
const DELL_INJURED = [
  art(
    'dell-1',
    'The Harlow Falcons placed linebacker Marcus Dell on injured reserve on Monday. Dell hurt his knee on Sunday, coach Ray Ortiz said. Ortiz said Dell would miss the rest of the season.',
  ),
  art(
    'dell-2',
    'Marcus Dell will miss the rest of the season after the Harlow Falcons put him on injured reserve with a knee injury. Dell was hurt on Sunday, and coach Ray Ortiz said Tomas Brant would start. Ortiz said Dell took the news hard.',
  ),
];

// Two reports of a quake, then a report of a second one on the same island with the same
// governor, words alike (scored 0.35 without the magnitudes): only the magnitude tells them apart.
const VELMORA = [
  art(
    'vel-1',
    'A magnitude 5.2 earthquake shook Velmora island on Sunday, damaging houses in the port of Kessin, the island governor Anka Ruel said. Ruel said two fishermen were hurt in Kessin.',
  ),
  art(
    'vel-2',
    'Houses were damaged in Kessin after a 5.2-magnitude earthquake shook Velmora island on Sunday. Governor Anka Ruel said the port of Kessin would reopen once the quay was checked.',
  ),
  art(
    'vel-3',
    'A 6.7-magnitude quake rattled Velmora island on Thursday, and families slept outdoors, governor Anka Ruel said. Ruel asked for tents and water.',
  ),
];

// Two reports of a supermarket fire, undated, then two of a fire at another store of the chain,
// each with a dateline: the first of them scores 0.26 without the years, and no report of the
// first fire says 2019.
const CORLAN = [
  art(
    'fire-1',
    'Fire crews fought a blaze that gutted the Corlan Foods supermarket in Eastwick overnight. Forty firefighters tackled the flames, and nearby homes were cleared, the fire service said. Police said the cause was not yet known.',
  ),
  art(
    'fire-2',
    'The Corlan Foods supermarket in Eastwick was destroyed by a fire overnight. Residents near the store were moved from their homes while forty firefighters fought the flames. Police are looking into the cause.',
  ),
  art(
    'fire-3',
    'Posted 14 March 2019\nBlaze destroys Corlan Foods store\nCrews from two counties battled a fire at a Corlan Foods supermarket in Millbrook town centre early on Tuesday. The roof collapsed, and the store will stay shut for months.',
  ),
  art(
    'fire-4',
    'Posted 15 March 2019\nCorlan Foods fire: police seek witnesses\nPolice want to hear from witnesses after a fire destroyed the Corlan Foods supermarket in Millbrook. Crews fought the blaze for hours.',
  ),
];

function cluster(articles: Article[], index = new StoryIndex()): Map<string, Assignment> {
  const out = new Map<string, Assignment>();
  for (const a of articles) {
    const doc = buildDoc(a);
    out.set(a.id, index.add(a.id, a.date, articleFeatures(doc), fingerprint(doc)));
  }
  return out;
}

describe('story index', () => {
  it('groups reports of one event and tells two similar earthquakes apart', () => {
    // Interleaved, with dates withheld, so only the text can separate them.
    const undated = [QUAKE_A[0], QUAKE_B[0], QUAKE_A[1], QUAKE_B[1], QUAKE_A[2]].map((a) => ({
      ...a,
      date: null,
    }));
    const got = cluster(undated);
    const story = (id: string) => got.get(id)!.story;
    assert.equal(story('qa-1'), 'qa-1');
    assert.equal(story('qa-2'), 'qa-1');
    assert.equal(story('qa-3'), 'qa-1');
    assert.equal(story('qb-1'), 'qb-1');
    assert.equal(story('qb-2'), 'qb-1');
  });

  it('marks a trimmed wire copy with its own dateline as a copy of the original', () => {
    const got = cluster([QUAKE_A[0], QUAKE_B[0], QUAKE_A_COPY]);
    const copy = got.get('qa-copy')!;
    assert.equal(copy.copyOf, 'qa-1');
    assert.equal(copy.story, 'qa-1');
    assert.equal(got.get('qb-1')!.copyOf, null);
  });

  it('gives the same stories for the same articles in the same order', () => {
    const all = [...QUAKE_A, ...QUAKE_B, QUAKE_A_COPY];
    const a = cluster(all);
    const b = cluster(all);
    assert.deepEqual([...a.entries()], [...b.entries()]);
  });

  it('tells two earthquakes of one island apart by their magnitudes', () => {
    const got = cluster(VELMORA);
    assert.equal(got.get('vel-2')!.story, 'vel-1');
    assert.equal(got.get('vel-3')!.story, 'vel-3');
  });

  it('keeps a report of the same magnitude, or one naming the other value, in the story', () => {
    const got = cluster([
      art(
        'tor-1',
        'A magnitude 6.0 earthquake hit Torrandel province on Friday, cutting roads to the town of Ismere, officials said. Officials in Ismere said three people were injured.',
      ),
      art(
        'tor-2',
        'The quake in Torrandel province, first put at magnitude 6.0 and later revised to magnitude 5.8, cut the roads to Ismere, officials said. Three people were injured in Ismere.',
      ),
    ]);
    assert.equal(got.get('tor-2')!.story, 'tor-1');
  });

  it("tells two fires apart by a year in one's first lines that the other's reports never say", () => {
    const got = cluster(CORLAN);
    assert.equal(got.get('fire-2')!.story, 'fire-1');
    assert.equal(got.get('fire-3')!.story, 'fire-3');
    assert.equal(got.get('fire-4')!.story, 'fire-3');
    // Without the conflict checks the first report of the second fire joins the first one.
    const loose = new StoryIndex(undefined, { ...DEFAULT_CLUSTER_OPTIONS, conflictFactor: 1 });
    assert.equal(cluster(CORLAN, loose).get('fire-3')!.story, 'fire-1');
  });

  it('holds no dateline year against a story whose reports were published that year', () => {
    const dated = (a: Article, date: string | null): Article => ({ ...a, date });
    const datelined = art(
      'fire-1b',
      'Posted 13 March 2019\nEastwick supermarket gutted by fire\nForty firefighters fought the blaze that destroyed the Corlan Foods supermarket in Eastwick overnight. Police said the cause of the fire was not yet known.',
    );
    const stream = (date: (day: string) => string | null) => [
      dated(CORLAN[0], date('2019-03-13')),
      dated(CORLAN[1], date('2019-03-13')),
      dated(datelined, date('2019-03-13')),
    ];
    const joined = cluster(stream((d) => d)).get('fire-1b')!;
    assert.equal(joined.story, 'fire-1');
    // Undated, the same report's 2019 is a year the story never said: its score is halved.
    const undated = cluster(stream(() => null)).get('fire-1b')!;
    assert.ok(
      Math.abs(undated.similarity - joined.similarity * DEFAULT_CLUSTER_OPTIONS.conflictFactor) < 1e-9,
      `${undated.similarity} vs ${joined.similarity}`,
    );
  });

  it('moves a report alone in its story into a larger story it matches at the end of a batch', () => {
    // Nothing joins at arrival (a threshold out of reach) but a wire copy, which joins its original.
    const options = { ...DEFAULT_CLUSTER_OPTIONS, joinThreshold: 2, settleThreshold: 0.2, settleAge: 0 };
    const index = new StoryIndex(undefined, options);
    const placed = cluster([QUAKE_A[0], QUAKE_A_COPY, QUAKE_B[0], QUAKE_A[1]], index);
    assert.equal(placed.get('qa-copy')!.story, 'qa-1');
    assert.ok(['qa-1', 'qb-1', 'qa-2'].every((id) => placed.get(id)!.isNew));
    index.takeDirtyStories();
    const moves = index.settle();
    // qa-2 joins qa-1's story of two, which keeps its id; the other quake stays alone (another
    // magnitude, another province).
    assert.deepEqual(
      moves.map((m) => [m.article, m.from, m.to]),
      [['qa-2', 'qa-2', 'qa-1']],
    );
    assert.ok(moves[0].similarity >= 0.2);
    assert.equal(index.story('qa-2'), undefined);
    assert.equal(index.story('qa-1')?.size, 3);
    assert.equal(index.story('qb-1')?.size, 1);
    // The story left is gone, not saved; the one joined is saved.
    assert.deepEqual(
      index.takeDirtyStories().map((s) => s.id),
      ['qa-1'],
    );
    // Nothing new since: a second settle moves nothing.
    assert.deepEqual(index.settle(), []);
  });

  it('folds a small story only into a larger one', () => {
    // With qa-3 as well, qa-2's best match is qa-3's story, of one report like its own: no move
    // (nor from qa-1's story of two into either).
    const index = new StoryIndex(undefined, {
      ...DEFAULT_CLUSTER_OPTIONS,
      joinThreshold: 2,
      settleThreshold: 0.2,
      settleAge: 0,
    });
    cluster([QUAKE_A[0], QUAKE_A_COPY, QUAKE_B[0], QUAKE_A[1], QUAKE_A[2]], index);
    assert.deepEqual(index.settle(), []);
  });

  it('lets a story started fewer than settleAge articles ago wait for a later settle', () => {
    const options = { ...DEFAULT_CLUSTER_OPTIONS, joinThreshold: 2, settleThreshold: 0.2, settleAge: 2 };
    const index = new StoryIndex(undefined, options);
    // qa-2 is the last of four articles: too young to settle.
    cluster([QUAKE_A[0], QUAKE_A_COPY, QUAKE_B[0], QUAKE_A[1]], index);
    assert.deepEqual(index.settle(), []);
    assert.equal(index.story('qa-2')?.size, 1);
    // Two unrelated articles later it is old enough, and joins qa-1's story.
    cluster(TOWN_NEWS, index);
    assert.deepEqual(
      index.settle().map((m) => [m.article, m.to]),
      [['qa-2', 'qa-1']],
    );
  });

  it('moves a small story whole when each of its reports picks the same larger story', () => {
    const options = { ...DEFAULT_CLUSTER_OPTIONS, joinThreshold: 2, settleThreshold: 0.2, settleAge: 0 };
    // Wire copies (a credit line added) make qa-1's story three reports and qa-2's two.
    const copy = (a: Article, id: string): Article => ({
      ...a,
      id,
      text: `${a.text}\n\nReporting by the desk.`,
    });
    const stream = [
      QUAKE_A[0],
      copy(QUAKE_A[0], 'c1'),
      copy(QUAKE_A[0], 'c2'),
      QUAKE_A[1],
      copy(QUAKE_A[1], 'c3'),
      QUAKE_B[0],
    ];
    const index = new StoryIndex(undefined, options);
    cluster(stream, index);
    assert.equal(index.story('qa-2')?.size, 2);
    assert.deepEqual(
      index.settle().map((m) => [m.article, m.from, m.to]),
      [
        ['qa-2', 'qa-2', 'qa-1'],
        ['c3', 'qa-2', 'qa-1'],
      ],
    );
    assert.equal(index.story('qa-1')?.size, 5);
    // Stories of more than settleMaxSize reports are never moved.
    const capped = new StoryIndex(undefined, { ...options, settleMaxSize: 1 });
    cluster(stream, capped);
    assert.deepEqual(capped.settle(), []);
    assert.equal(capped.story('qa-2')?.size, 2);
  });

  it('moves nothing at settle under the default options when every report found its story', () => {
    const index = new StoryIndex();
    cluster([...QUAKE_A, ...QUAKE_B], index);
    assert.deepEqual(index.settle(), []);
    assert.equal(index.story('qa-1')?.size, 3);
  });

  it('keeps no more active stories than asked', () => {
    const index = new StoryIndex(undefined, {
      ...DEFAULT_CLUSTER_OPTIONS,
      joinThreshold: 2, // nothing joins: every article starts a story
      maxActive: 2,
    });
    cluster([...QUAKE_A, ...QUAKE_B], index);
    assert.equal(index.story('qa-1'), undefined);
    assert.ok(index.story('qb-2'));
  });
});

describe('fingerprint', () => {
  it('finds a copy inside a longer text but not in an independent report', () => {
    const original = fingerprint(buildDoc(QUAKE_A[0]));
    assert.ok(original.length > 0);
    assert.ok(containment(fingerprint(buildDoc(QUAKE_A_COPY)), original) >= 0.7);
    assert.ok(containment(fingerprint(buildDoc(QUAKE_A[1])), original) < 0.3);
  });
});

describe('story index state', () => {
  it('hands over every changed story once, closed ones included', () => {
    const index = new StoryIndex(undefined, { ...DEFAULT_CLUSTER_OPTIONS, joinThreshold: 2, maxActive: 2 });
    cluster([...QUAKE_A], index);
    // qa-1 was closed (only two stay active) but its state must still be saved.
    const dirty = index.takeDirtyStories().map((s) => s.id);
    assert.deepEqual([...dirty].sort(), ['qa-1', 'qa-2', 'qa-3']);
    assert.deepEqual(index.takeDirtyStories(), []);
  });

  it('resumes from a snapshot and places a copy of an article seen before it', () => {
    const first = new StoryIndex();
    cluster([QUAKE_A[0], QUAKE_B[0]], first);
    const saved = first.takeDirtyStories();
    const resumed = new StoryIndex({ docs: 2, df: new Map(), stories: saved, seq: first.sequence });
    const got = cluster([QUAKE_A_COPY], resumed);
    assert.equal(got.get('qa-copy')!.copyOf, 'qa-1');
  });

  it("keeps a story's facts in a snapshot", () => {
    const first = new StoryIndex();
    cluster(VELMORA.slice(0, 2), first);
    const resumed = new StoryIndex({
      docs: 2,
      df: first.takeDfChanges(),
      stories: first.takeDirtyStories(),
      seq: first.sequence,
    });
    assert.equal(cluster(VELMORA.slice(2), resumed).get('vel-3')!.story, 'vel-3');
  });

  it("keeps a story's years in a snapshot", () => {
    const first = new StoryIndex();
    cluster(CORLAN.slice(0, 3), first);
    const resumed = new StoryIndex({
      docs: 3,
      df: first.takeDfChanges(),
      stories: first.takeDirtyStories(),
      seq: first.sequence,
    });
    // Joined at the score of an uninterrupted run: the story's 2019 is not held against it.
    const joined = cluster(CORLAN.slice(3), resumed).get('fire-4')!;
    assert.equal(joined.story, 'fire-3');
    assert.equal(joined.similarity, cluster(CORLAN).get('fire-4')!.similarity);
  });

  it('lets bystanders differ once a story has several reports, but not its main names', () => {
    const background = [
      art('bg-1', 'The city council voted to widen the ring road and to plant trees along the river walk.'),
      art('bg-2', 'The agent Nina Kell said her client, a Varnholm striker, would not move before summer.'),
    ];
    // Two reports of one signing, each quoting the coach, Ray Ortiz.
    const signed = [
      art(
        'sign-1',
        'The Harlow Falcons signed linebacker Marcus Dell on Monday. Dell agreed to a four-year contract, coach Ray Ortiz said. Ortiz called Dell the best defender on the market, and Dell said he was proud to join.',
      ),
      art(
        'sign-2',
        'Linebacker Marcus Dell joined the Harlow Falcons on a four-year contract on Monday. Coach Ray Ortiz said Dell would start at once. Dell thanked Ortiz and the Falcons fans.',
      ),
    ];
    // A third report of the same signing quotes Dell's agent, Nina Kell, and not the coach; Kell
    // is said twice, but she was in the news before, so Dell, said more often, is the main name.
    const third = art(
      'sign-3',
      'Marcus Dell signed a four-year contract with the Harlow Falcons on Monday, his agent Nina Kell said. Kell said Dell had offers from three teams, but Dell chose the Falcons, and Dell will wear number 52.',
    );
    // Another player's signing: the story's main name is missing, and so is the article's.
    const other = art(
      'sign-other',
      'The Harlow Falcons signed linebacker Tomas Brant on Monday. Brant agreed to a four-year contract, coach Ray Ortiz said. Ortiz called Brant a leader, and Brant said he was proud to join.',
    );
    // Any conflict of protagonists keeps an article out of a story.
    const options = { ...DEFAULT_CLUSTER_OPTIONS, conflictFactor: 0 };
    const got = cluster([...background, ...signed, third], new StoryIndex(undefined, options));
    assert.equal(got.get('sign-2')!.story, 'sign-1');
    assert.equal(got.get('sign-3')!.story, 'sign-1');
    const apart = cluster([...background, ...signed, other], new StoryIndex(undefined, options));
    assert.equal(apart.get('sign-other')!.story, 'sign-other');
  });

  it("weighs the leads apart, so a report that retells the story's event as background stays out", () => {
    const fire = [
      art('bg-1', 'The city council voted to widen the ring road and to plant trees along the river walk.'),
      art('bg-2', 'Bakers in the old town said flour prices had doubled since the harvest failed in autumn.'),
      art(
        'fire-1',
        'Fire on the ferry Saltwind in Kesby.\nA fire broke out on the ferry Saltwind in the port of Kesby on Friday night, and crews evacuated 300 passengers.\nThe blaze started in the engine room, the harbour master said.\nFirefighters put it out after four hours, and two crew members were treated for smoke.',
      ),
      art(
        'fire-2',
        'Kesby ferry passengers evacuated after engine room blaze.\nCrews evacuated 300 passengers from the ferry Saltwind after a fire in its engine room in Kesby late on Friday.\nFirefighters fought the blaze for four hours, the harbour master said.\nTwo crew members were treated for smoke.',
      ),
    ];
    // Another event in the same port: its lead is about a grounding, its body retells the fire.
    const grounding = art(
      'ground-1',
      'Cargo ship runs aground near Kesby.\nA cargo ship ran aground on a sandbank on Monday, blocking the channel for tugs.\nIts hull was not breached, the coast guard said, and no oil leaked.\nThe port of Kesby was still clearing up after the ferry Saltwind caught fire on Friday.\nCrews evacuated passengers from the ferry after the blaze started in the engine room.\nThe tugs will try to pull the ship free at high tide.\nThe sandbank has shifted since the winter storms, pilots said, and the channel markers were moved twice this year.\nThe ship was carrying timber and steel pipes to a shipyard up the coast.\nIts captain and eleven sailors stayed on board to wait for the tide.',
    );
    // No conflict of protagonists: only the similarity decides.
    const options = { ...DEFAULT_CLUSTER_OPTIONS, conflictFactor: 1 };
    const got = cluster([...fire, grounding], new StoryIndex(undefined, options));
    assert.equal(got.get('fire-2')!.story, 'fire-1');
    assert.equal(got.get('ground-1')!.story, 'ground-1');
    // The whole texts alone would put it in the fire's story.
    const wholeTexts = cluster(
      [...fire, grounding],
      new StoryIndex(undefined, { ...options, leadWeight: 0 }),
    );
    assert.equal(wholeTexts.get('ground-1')!.story, 'fire-1');
  });

  it('keeps apart a report whose protagonist the story names only in passing', () => {
    // A day later, another player: the story named him once, and he never names Dell.
    const brant = art(
      'brant-1',
      'The Harlow Falcons placed linebacker Tomas Brant on injured reserve on Tuesday. Brant hurt his ankle in practice, coach Ray Ortiz said, and Brant will miss the rest of the season. Ortiz said Brant would have surgery.',
    );
    const index = new StoryIndex(undefined, { ...DEFAULT_CLUSTER_OPTIONS, conflictFactor: 0 });
    const got = cluster([...TOWN_NEWS, ...DELL_INJURED, brant], index);
    assert.equal(got.get('dell-2')!.story, 'dell-1');
    assert.equal(got.get('brant-1')!.story, 'brant-1');
  });

  it("takes the lead's name for an article's main one, not a name said more often further down", () => {
    // The coach is named more often than the player, but the lead is about the player.
    const brant = art(
      'brant-1',
      'Linebacker Tomas Brant was placed on injured reserve by the Harlow Falcons on Tuesday, and Brant will miss the rest of the season. Coach Ray Ortiz said the ankle did not heal. Ortiz said the Falcons would sign a linebacker this week. Ortiz has lost four starters since August, and Ortiz said the team had to move on.',
    );
    const index = new StoryIndex(undefined, { ...DEFAULT_CLUSTER_OPTIONS, conflictFactor: 0 });
    const got = cluster([...TOWN_NEWS, ...DELL_INJURED, brant], index);
    assert.equal(got.get('dell-2')!.story, 'dell-1');
    assert.equal(got.get('brant-1')!.story, 'brant-1');
  });

  it('does not take a capitalised common word for a protagonist of its own', () => {
    // Earlier reports write "ministry" in lower case: it is a word, not a name.
    const background = [
      art(
        'bg-1',
        'The ministry said the new bridge toll would rise in spring. A ministry spokesman gave no figure.',
      ),
      art('bg-2', 'Farmers asked the ministry for help after the dry summer ruined the barley harvest.'),
      art('bg-3', 'The ministry opened an inquiry into the school meals contract awarded last year.'),
    ];
    const first = art(
      'flood-1',
      'The Ostel river burst its banks in Varnholm on Sunday, and governor Petra Lind ordered families out of the lower town. Water poured over the Karsten Dam near Varnholm. Lind said the Karsten Dam held, but Varnholm streets were under a metre of water. Engineers were sent to the Karsten Dam overnight.',
    );
    const second = art(
      'flood-2',
      'Families left the lower town of Varnholm as the Ostel river burst its banks on Sunday, governor Petra Lind said. The Ministry sent boats to Varnholm, and the Ministry promised money to rebuild. Lind said the Ministry would pay for shelters in Varnholm.',
    );
    // Any conflict of protagonists keeps an article out of a story.
    const index = new StoryIndex(undefined, { ...DEFAULT_CLUSTER_OPTIONS, conflictFactor: 0 });
    const got = cluster([...background, first, second], index);
    assert.equal(got.get('flood-2')!.story, 'flood-1');
  });

  it("keeps a weak match out of a story when it never says the names all of the story's leads say", () => {
    const fire = [
      art(
        'fire-1',
        'The ferry Morning Star caught fire off Kestrel Point on Monday, and captain Lena Hovde ordered the passengers into the lifeboats. The coast guard said all 40 passengers were rescued. The fire started in the engine room, Hovde said.',
      ),
      art(
        'fire-2',
        'Captain Lena Hovde got all 40 passengers of the ferry Morning Star into lifeboats when it caught fire off Kestrel Point on Monday. The coast guard towed the burnt ferry to port. Hovde said the fire began in the engine room.',
      ),
    ];
    // Another ferry's fire: the same words, none of the story's ship, place or captain.
    const other = art(
      'lark-1',
      'A ferry caught fire on Friday near Gannet Rock, and the coast guard rescued its passengers from the lifeboats. The engine room burned for an hour before the crew of the Sea Lark put the fire out.',
    );
    // The protagonists' check is left out (no names compared), so only the core check can tell.
    const options = { ...DEFAULT_CLUSTER_OPTIONS, conflictNames: 0 };
    const index = new StoryIndex(undefined, options);
    const got = cluster([...TOWN_NEWS, ...fire, other], index);
    assert.equal(got.get('fire-2')!.story, 'fire-1');
    assert.equal(got.get('lark-1')!.story, 'lark-1');
    // The core holds the lead names both reports say; "Captain" and the run "Lena Hovde" are
    // each in one lead only ("Captain Lena Hovde" is a run of its own).
    const core = [...index.story('fire-1')!.centroid.keys()].filter((t) => t.startsWith('=')).sort();
    assert.deepEqual(core, ['=n:hovde', '=n:kestrel', '=n:kestrel point', '=n:lena', '=n:point', '=n:star']);
    // Without the core check the same article joins the story.
    const without = cluster(
      [...TOWN_NEWS, ...fire, other],
      new StoryIndex(undefined, { ...options, coreNames: 1000 }),
    );
    assert.equal(without.get('lark-1')!.story, 'fire-1');
  });
});

describe('clusterOptionsFor', () => {
  it('joins a batch too small to settle at the looser arrival threshold, and leaves other batches as they are', () => {
    const d = DEFAULT_CLUSTER_OPTIONS;
    assert.ok(d.smallBatchJoinThreshold < d.joinThreshold);
    assert.equal(clusterOptionsFor(1).joinThreshold, d.smallBatchJoinThreshold);
    assert.equal(clusterOptionsFor(d.settleAge - 1).joinThreshold, d.smallBatchJoinThreshold);
    assert.equal(clusterOptionsFor(d.settleAge).joinThreshold, d.joinThreshold);
    // A stream of unknown length may run long enough to settle.
    assert.equal(clusterOptionsFor(undefined), d);
  });
});
