import { pattern } from '../../core/analyse/pattern.ts';
/** K17 words: the link between agreement and medborgarlöfte, and communication to residents. */

export const PROMISE = pattern(/(?<!\p{L})medborgarlöfte\p{L}*/iu);

/** A communication plan or someone who owns the communication. */
export const COMMUNICATION = pattern(
  /(?<!\p{L})(kommunikationsplan\p{L}*|kommunikationsstrategi\p{L}*|kommunikatör\p{L}*|kommunikationsavdelning\p{L}*|kommunikationsenhet\p{L}*|kommunikationsansvarig\p{L}*|kommunikationschef\p{L}*|informationsplan\p{L}*|ansvarar\s+för\s+(?:\p{L}+\s+){0,3}(?:kommunikation\p{L}*|information\p{L}*\s+till\s+(?:invånar|medborgar|allmänhet)\p{L}*))(?!\p{L})/iu,
);

/** The agreement a medborgarlöfte belongs to. */
export const AGREEMENT = pattern(
  /(?<!\p{L})(\p{L}*överenskommelse\p{L}*|samverkansavtal\p{L}*|medborgarlöftet\s+är\s+(?:en\s+)?del\s+av)(?!\p{L})/iu,
);

/** Where the promise is published. */
export const PUBLISHED = pattern(
  /(?<!\p{L})(publicer\p{L}*|\p{L}[\p{L}-]*\.se(?!\p{L})|webbplats\p{L}*|hemsida\p{L}*|sociala\s+medier|lokaltidning\p{L}*|anslagstavl\p{L}*|nyhetsbrev\p{L}*|finns\s+att\s+läsa)/iu,
);

/** How results are fed back to residents. */
export const RESULTS = pattern(
  /(?<!\p{L})(resultat\p{L}*|uppföljning\p{L}*|hur\s+det\s+(?:har\s+)?gå\p{L}*|vad\s+vi\s+(?:har\s+)?(?:gjort|åstadkommit)|vad\s+som\s+(?:har\s+)?(?:blev|blivit|gjorts|gjordes)(?:\s+gjort)?|utfall\p{L}*|(?:samma\s+)?siffror(?:na)?)(?!\p{L})/iu,
);
export const TELL = pattern(
  /(?<!\p{L})(redovisa\p{L}*|berätta\p{L}*|publicer\p{L}*|informera\p{L}*|presentera\p{L}*|rapportera\p{L}*|återkoppla\p{L}*|lägger\s+(?:vi\s+)?ut)(?!\p{L})/iu,
);
/** To whom or where: residents, an open meeting, a website; or "vi" telling. */
export const AUDIENCE = pattern(
  /(?<!\p{L})(invånar\p{L}*|medborgar\p{L}*|allmänhet\p{L}*|dig|er|öppet\s+möte|öppna\s+möten|webbplats\p{L}*|hemsida\p{L}*|\p{L}[\p{L}-]*\.se|tidning\p{L}*|sociala\s+medier|vi)(?!\p{L})/iu,
);
export const FEEDBACK = pattern(/(?<!\p{L})(återkoppl\p{L}*|så\s+får\s+du\s+veta)/iu);

/** Residents as the audience (for an agreement reporting back). */
export const RESIDENTS = pattern(
  /(?<!\p{L})(invånar\p{L}*|medborgar(?:na|e)\b|allmänhet\p{L}*|öppet\s+möte|öppna\s+möten)(?!\p{L})/iu,
);

/** Someone owning the communication. */
export const OWNER = pattern(
  /(?<!\p{L})(kommunikatör\p{L}*|kommunikationsavdelning\p{L}*|kommunikationsenhet\p{L}*|kommunikationschef\p{L}*|kommunikationsansvarig\p{L}*|ansvarar|ansvarig\p{L}*)(?!\p{L})/iu,
);

/** "se över om det behövs en kommunikationsplan": a plan not decided here (PREVIOUS_AGREEMENT: one from another agreement). */
export const NOT_DECIDED_HERE = pattern(
  /(?<!\p{L})(?:s(?:e|er|es)\s+(?:vi\s+|parterna\s+)?över\s+om|överväg\p{L}*|ta\s+ställning\s+till\s+om|utreda\s+om)(?!\p{L})/iu,
);
