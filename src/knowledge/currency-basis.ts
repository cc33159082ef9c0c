// The words of a change measured at other exchange rates than the reported ones: "constant currency", "CER",
// "constant exchange rates", "cc", "in local currency", "FX-neutral". One list for the release reader (a change
// column or clause on that basis is no change of the printed figures) and the questions (that basis asked is
// answered only on it, else declined).

/** The constant-currency basis, as releases and analysts write it. */
export const CONSTANT_CURRENCY = /\b(?:constant[- ]currenc(?:y|ies)|constant[- ](?:(?:foreign[- ])?exchange(?:[- ]rates?)?|fx|rates)|cer|cc|(?:fx|foreign[- ]exchange|currency)[- ]neutral|local[- ]currenc(?:y|ies)|ex[- ](?:fx|foreign[- ]exchange))\b/i;

/** A change at other exchange rates than the printed figures', said after it: "in constant currency", "at CER", "excluding currency". */
export const OTHER_RATES_AFTER = new RegExp(String.raw`^\s*(?:year[- ]over[- ]year\s+)?(?:in|at|on an?)\s+(?:${CONSTANT_CURRENCY.source})|^\s*(?:excluding|ex-?)\s+(?:the\s+(?:impact|effects?)\s+of\s+)?(?:foreign\s+)?(?:currency|fx|exchange)\b`, 'i');
