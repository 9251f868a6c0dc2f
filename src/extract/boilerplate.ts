/**
 * @module extract/boilerplate
 * Site furniture that scrapers carry into article text: related-link lists, subscribe/follow/share
 * prompts, cookie notices, copyright and advertisement labels. Rules are phrase patterns (several
 * languages) applied to short line runs, never to long body paragraphs, so an article *about*
 * cookies or subscriptions keeps its sentences.
 */

/** A line (or a run of short lines read together) at most this long may be boilerplate. */
const MAX_BOILERPLATE_CHARS = 200;
/** Lines this short are read together: scrapers split one prompt over many tiny lines. */
const FRAGMENT_CHARS = 30;

/** Headers that introduce a list of links to other stories; the list goes with them. */
const LINK_LIST_HEADER = new RegExp(
  '^(?:read (?:also|more|next)|see also|also read|related(?: (?:articles?|stories|news|coverage|content|topics))?' +
    '|more (?:from|on|in) [^.!?]{1,40}|more stories|you (?:may|might) also like|most (?:popular|read)(?: in [^.!?]{1,40})?' +
    '|recommended(?: for you)?|top stories|latest news|читайте (?:также|також)|дивіться також|см\\. также' +
    '|lesen sie (?:auch|mehr)|mehr zum thema|lire aussi|à lire aussi|voir aussi|lea también|leer más|leggi anche' +
    '|czytaj (?:też|także)|leia também)\\s*[:.…]?\\s*$',
  'iu',
);

/** Whole-line prompts and labels, matched at the start of a short line run. */
const PROMPT = new RegExp(
  '^(?:subscribe (?:to|now|for)|sign up (?:for|to|now)|follow us|join us on|get our [^.]{0,60}newsletter' +
    '|share (?:this|on|via|the)\\b|click here to|download (?:our|the) app|contact the newsroom' +
    '|подпис\\w* на|підпис\\w* на|abonnieren sie|folgen sie uns|abonnez-vous|suivez-nous|suscr[ií]bete|síguenos' +
    '|iscriviti|seguici)',
  'iu',
);

/** Patterns that mark a short line anywhere inside it. */
const NOTICE = new RegExp(
  '(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|все права защищены|усі права захищені' +
    '|(?:we|this (?:site|website)|our (?:site|website)) uses? cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences|consent)' +
    '|manage (?:cookie )?preferences)',
  'iu',
);

/** Lines that are nothing but a label or a navigation entry. */
const LABEL = new RegExp(
  '^(?:advertisement|advertising|sponsored(?: content)?|ad|реклама|anzeige|werbung|publicité|publicidad|pubblicità' +
    '|share|tweet|print|email|copy link|privacy(?: policy)?|terms (?:of (?:use|service)|and conditions)|about us' +
    '|accessibility|advertise with us|contact us|cookies?|©.*|\\(c\\) \\d{4}.*|copyright\\b.*)\\s*[.:]?$',
  'iu',
);

const BULLET = /^(?:[•·▪◦‣●○■□►▶*–—-]|\d{1,2}[.)])\s+/u;

export function isBulletLine(line: string): boolean {
  return BULLET.test(line);
}

export function endsSentence(line: string): boolean {
  return /[.!?…:;]["'»”’)\]]*$/u.test(line);
}

/** True when the (trimmed, whitespace-collapsed) text is boilerplate on its own. */
export function isBoilerplate(text: string): boolean {
  if (text.length > MAX_BOILERPLATE_CHARS) return false;
  return LINK_LIST_HEADER.test(text) || PROMPT.test(text) || NOTICE.test(text) || LABEL.test(text);
}

function isLinkListItem(line: string): boolean {
  return isBulletLine(line) || (line.length <= 120 && !endsSentence(line) && !/^[a-z]/u.test(line));
}

/**
 * Remove boilerplate from trimmed lines (blank lines are ''). Returns the kept lines, blank lines in
 * place so paragraph structure survives.
 */
export function removeBoilerplate(lines: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line === '') {
      out.push(line);
      i++;
      continue;
    }
    const run = shortRun(lines, i);
    if (isBoilerplate(run.text)) {
      const listHeader = LINK_LIST_HEADER.test(lines[i]);
      i = run.end;
      if (listHeader) i = skipLinkList(lines, i);
      continue;
    }
    if (isBoilerplate(line)) {
      i++;
      continue;
    }
    out.push(line);
    i++;
  }
  return out;
}

/** The line at `start` read together with the tiny fragments that continue it. */
function shortRun(lines: readonly string[], start: number): { text: string; end: number } {
  let text = lines[start];
  let end = start + 1;
  if (endsSentence(text)) return { text, end };
  for (let j = start + 1; j < lines.length && text.length <= MAX_BOILERPLATE_CHARS; j++) {
    if (lines[j] === '') continue;
    if (lines[j].length > FRAGMENT_CHARS || isBulletLine(lines[j])) break;
    text = `${text} ${lines[j]}`;
    end = j + 1;
    if (endsSentence(lines[j])) break;
  }
  return { text, end };
}

function skipLinkList(lines: readonly string[], start: number): number {
  let i = start;
  // Stop at a prompt that follows the list: the caller removes it with its split-off fragments.
  while (i < lines.length && (lines[i] === '' || isLinkListItem(lines[i])) && !isBoilerplate(shortRun(lines, i).text)) {
    i++;
  }
  return i;
}
