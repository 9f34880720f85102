package org.dossier.ingest.date;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Normalises a publication date given as metadata (a sidecar or JSON key, an HTML meta tag) to the
 * ISO 8601 forms of the data contract: {@code 2021-06-28}, {@code 2021-06-28T04:30} (no zone
 * known), {@code 2021-06-28T04:30:00+02:00} (zone known), or the coarser {@code 2021-06} and
 * {@code 2021}. Accepts ISO forms with or without zone, RFC 1123 ({@code Mon, 28 Jun 2021 04:30:00
 * +0200}), Unix epoch seconds or milliseconds, and the written forms {@link DateMentions} reads.
 * Stateless and thread-safe.
 */
public final class MetadataDates {

    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final Pattern YEAR_MONTH = Pattern.compile("(19|20|21)\\d{2}(-(0[1-9]|1[0-2]))?");
    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}(?![\\d])");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("[+-]?\\d{4,}-\\d{2}-\\d{2}T\\d");

    private MetadataDates() {
    }

    /** The ISO form of {@code value}, or empty when it is blank or not a date this class reads. */
    public static Optional<String> normalize(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        // The data contract's dates have four-digit years; an impossible time is no date at all.
        return parse(value.strip()).filter(iso -> FOUR_DIGIT_YEAR.matcher(iso).lookingAt());
    }

    private static Optional<String> parse(String v) {
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.RFC_1123_DATE_TIME)) {
            try {
                return Optional.of(OFFSET.format(OffsetDateTime.parse(v, f).truncatedTo(ChronoUnit.SECONDS)));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return Optional.of(OFFSET.format(ZonedDateTime.parse(v).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS)));
        } catch (DateTimeParseException e) {
            // not zoned
        }
        try {
            return Optional.of(LocalDateTime.parse(v.replace(' ', 'T')).truncatedTo(ChronoUnit.SECONDS).toString());
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        try {
            return Optional.of(LocalDate.parse(v).toString());
        } catch (DateTimeParseException e) {
            // not a plain date
        }
        if (YEAR_MONTH.matcher(v).matches()) {
            return Optional.of(v);
        }
        if (EPOCH.matcher(v).matches()) {
            return fromEpoch(Long.parseLong(v));
        }
        if (ISO_DATE_TIME.matcher(v).lookingAt()) {
            // Shaped as an ISO date-time but not one ("2021-06-28T25:61:61Z"): not read as its date alone.
            return Optional.empty();
        }
        List<DateMention> written = DateMentions.in(v);
        return written.isEmpty() ? Optional.empty() : Optional.of(written.get(0).iso());
    }

    private static Optional<String> fromEpoch(long number) {
        try {
            // Thirteen digits are milliseconds; fewer are seconds (both cover 1973 to 2286).
            Instant instant = number >= 1_000_000_000_000L ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
            return Optional.of(OFFSET.format(instant.atOffset(ZoneOffset.UTC)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
