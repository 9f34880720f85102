package org.dossier.ingest.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the date strings pages put in their metadata to ISO-8601: a date
 * ({@code 2019-11-20}), a local date-time ({@code 2019-11-20T10:05:00}) or a date-time with the
 * offset the page gave ({@code 2019-11-20T10:05:00+01:00}). Stateless.
 */
final class DateNormalizer {

    private static final Pattern ISO_LIKE = Pattern.compile(
            // Not the last four digits of a longer or signed year ("+10000-01-01", "-0044-03-15").
            "(?<![\\d+\\-])(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                    + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?");

    private DateNormalizer() {
    }

    /** Returns the ISO-8601 form of {@code raw}, or null when it holds no recognisable date. */
    static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = ISO_LIKE.matcher(s);
        if (m.find()) {
            return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7), m.group(8));
        }
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toString();
        } catch (DateTimeParseException notRfc) {
            // fall through to the compact form
        }
        Matcher c = COMPACT.matcher(s);
        if (c.matches()) {
            return build(c.group(1), c.group(2), c.group(3), c.group(4), c.group(5), c.group(6), null, null);
        }
        return null;
    }

    private static String build(String y, String mo, String d, String h, String mi, String sec, String frac,
                                String offset) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
            if (h == null) {
                return date.toString();
            }
            int nanos = 0;
            if (frac != null) {
                nanos = Integer.parseInt((frac + "000000000").substring(0, 9));
            }
            LocalDateTime time = date.atTime(Integer.parseInt(h), Integer.parseInt(mi),
                    sec == null ? 0 : Integer.parseInt(sec), nanos);
            String local = time.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            if (offset == null) {
                return local;
            }
            if (offset.equals("Z")) {
                return local + "Z";
            }
            String hours = offset.substring(0, 3);
            String minutes = offset.length() > 3 ? offset.substring(offset.length() - 2) : "00";
            String iso = local + hours + ":" + minutes;
            OffsetDateTime.parse(iso); // rejects offsets beyond +-18:00
            return iso;
        } catch (RuntimeException invalid) {
            return null;
        }
    }
}
