// Units of things a table row may print in its label's parentheses (row-units.ts reads them): never money.
/**
 * Units of things, not money: mass, volume, energy, distance, area, time and capacity as releases print
 * them, with or without a fused scale ("MnT", "kt", "MMBtu", "GWh"), volumes of oil and gas a day too ("mcf/d", "boe/d"). A unit word not in this list leaves
 * the row to the table (a metric's abbreviation in parentheses, "(PAT)", is no unit). A grade ("g/t") is a thing's
 * mass per tonne of ore: no money either.
 */
export const THING_UNIT = /^(?:(?:mn|m|mm|k|bn)?\s?(?:t|tonnes?|kg|kilograms?|tons?|mt|mtpa|kt|oz|ounces?|lbs?|pounds|(?:bbl|barrels?|boe|mcf|mmcf|bcf|mmbtu|mcfe|mmcfe)(?:\/d|\/day|pd)?|gallons?|litres?|liters?|kwh|mwh|gwh|twh|mw|gw|btu|tcf|km|kilomet(?:er|re)s|miles|sq\.? ?ft|square feet|ft2|ft²|sq\.? ?m|sqm|m2|m²|square met(?:re|er)s|msf|teus?|units?|days|months|years|hours|weeks|seats|rooms|beds|sites|aircraft|vessels|ships|vehicles|gb|tb|mb|min|mins|minutes|nos\.?)|mnt|mmt|g\/t|gpt|oz\/t|lb\/t|ppm|ppb)$/i;
/**
 * A unit with its scale fused as trade units print it, a capital "M" (thousand) or "MM" (million) before a lowercase
 * abbreviation: "MMfbm", "Mfbm" (board feet), "MMsf", "Msf" (square feet). Never a scale word of its own ("Mio", "Mrd").
 */
export const FUSED_UNIT = /^(?:MM|M)(?!io$|rd$|n$)[a-z]{2,4}$/;
/** A unit's basis after it, "3/8"" of "MMsf 3/8"" (a board thickness): the unit is the word before. */
export const UNIT_BASIS = /^(\S+)\s+\d[\d/.]*["\u201D]?$/;
/** A grade before a thing's unit: "6E" of "6E oz", "AuEq" of "AuEq oz". */
export const GRADE = /^(?:\d[A-Z]{1,2}|[A-Z][a-z]?(?:Eq)?)\s+(?=\S)/;
/**
 * A basis printed after a thing's unit, in capitals: "GWT" of "tonnes GWT" (gutted weight), "WMT" of "kt WMT". The unit
 * is the words before it; the noun keeps the basis, as printed.
 */
export const UNIT_BASIS_AFTER = /\s+[A-Z]{2,5}$/;
/** A noun of one or two words (hyphenated ones too, "seat-km") after a scale word: what the line counts. */
export const COUNTED = /^[a-z]+(?:-[a-z]+)*(?:\s[a-z]+(?:-[a-z]+)*)?$/i;
