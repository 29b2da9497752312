/**
 * How the words reached the public, when the sentence says it. Each pattern maps to one
 * canonical label so that "at a joint news conference" and "told a press conference" agree.
 */
const PLATFORM = String.raw`(X|Twitter|Telegram|Facebook|Instagram|YouTube|TikTok|LinkedIn|Truth Social|Bluesky|Threads|Weibo|WeChat|VKontakte|Substack)`;

const CHANNELS: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [/\bsocial[- ]media post\b/i, () => 'social media post'],
  [
    new RegExp(String.raw`\b(?:post|message|video|statement)s?\s(?:on|to)\s${PLATFORM}\b`),
    (m) => `post on ${m[1] ?? ''}`,
  ],
  [
    new RegExp(String.raw`\b(?:wrote|posted|said|writing|posting|tweeted)\s(?:on|to)\s${PLATFORM}\b`),
    (m) => `post on ${m[1] ?? ''}`,
  ],
  [new RegExp(String.raw`\b${PLATFORM}\spost\b`), (m) => `post on ${m[1] ?? ''}`],
  [/\b(?:press|news)\sconference\b/i, () => 'press conference'],
  [/\bpress\sbriefing\b|\bbriefing\b/i, () => 'briefing'],
  [/\binterview\b/i, () => 'interview'],
  [/\bstatement\b/i, () => 'statement'],
  [/\bpress\srelease\b/i, () => 'press release'],
  [/\b(?:video|televised|television|TV)\saddress\b/i, () => 'video address'],
  [
    /\bspeech\b|\baddress(?:ing)?\s(?:the\s)?(?:parliament|congress|assembly|conference|summit|rally|nation)\b/i,
    () => 'speech',
  ],
  [/\btold\sreporters\b|\btold\sjournalists\b/i, () => 'remarks to reporters'],
  [/\b(?:letter)\b/i, () => 'letter'],
  [/\b(?:e-?mail(?:ed)?)\b/i, () => 'email'],
  [/\btweet(?:ed)?\b/i, () => 'post on X'],
  [/\bon\ssocial\smedia\b/i, () => 'social media post'],
  [/\bparliament(?:ary)?\shearing\b|\btestimony\b|\btestified\b/i, () => 'testimony'],
  [/\bpodcast\b/i, () => 'podcast'],
];

export function findChannel(sentence: string): string | null {
  for (const [pattern, label] of CHANNELS) {
    const match = pattern.exec(sentence);
    if (match) return label(match);
  }
  return null;
}
