package org.dossier.bench.time;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.heideltime.standalone.exceptions.DocumentCreationTimeMissingException;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HeidelTime 2.1, the reference normaliser, run as its standalone does with {@code -pos no} (no
 * TreeTagger) and document type news, each document's DCT as the reference date. Configured in
 * code rather than from a {@code config.props}. A bench-only dependency: the product never loads
 * it. Not thread-safe (HeidelTime's configuration is static); one instance per evaluation.
 */
public final class HeidelTimeEngine implements TimexEngine {

    private static final Pattern TIMEX = Pattern.compile("<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** Held, since java.util.logging forgets the level of a logger nobody references. */
    private static final Logger QUIET = Logger.getLogger("de.unihd.dbs");

    private final Map<String, HeidelTimeStandalone> byLanguage = new HashMap<>();

    public HeidelTimeEngine() {
        Properties p = new Properties();
        for (String kind : List.of("Date", "Duration", "Set", "Time")) {
            p.setProperty("consider" + kind, "true");
            p.setProperty("uimaVar" + kind, kind);
        }
        p.setProperty("uimaVarLanguage", "Language");
        p.setProperty("uimaVarTypeToProcess", "Type");
        p.setProperty("typeSystemHome", "desc/type/HeidelTime_TypeSystem.xml");
        p.setProperty("typeSystemHome_DKPro", "desc/type/DKPro_TypeSystem.xml");
        p.setProperty("ConvertDurations", "true");
        Config.setProps(p);
        // HeidelTime logs every step of every document at INFO.
        QUIET.setLevel(Level.WARNING);
    }

    @Override
    public String name() {
        return "heideltime";
    }

    @Override
    public List<TimexScore.Timex> find(TimeMlDocument doc, String language) {
        HeidelTimeStandalone tagger = byLanguage.computeIfAbsent(language, l -> new HeidelTimeStandalone(
                Language.getLanguageFromString(languageName(l)), DocumentType.NEWS, OutputType.TIMEML, null,
                POSTagger.NO));
        String out;
        try {
            Date dct = doc.dct() == null || doc.dct().length() < 10 ? null
                    : Date.from(LocalDate.parse(doc.dct().substring(0, 10)).atStartOfDay(ZoneId.systemDefault())
                            .toInstant());
            out = dct == null ? tagger.process(doc.text()) : tagger.process(doc.text(), dct);
        } catch (DocumentCreationTimeMissingException e) {
            throw new IllegalStateException("HeidelTime wants a DCT for " + doc.id(), e);
        }
        return timexes(doc.text(), out);
    }

    /** The timexes of HeidelTime's TimeML output, placed in {@code text} by its untagged stretches. */
    static List<TimexScore.Timex> timexes(String text, String timeMl) {
        int open = timeMl.indexOf("<TimeML>");
        int close = timeMl.lastIndexOf("</TimeML>");
        String body = timeMl.substring(open < 0 ? 0 : open + "<TimeML>".length(), close < 0 ? timeMl.length() : close);
        List<TimexScore.Timex> found = new ArrayList<>();
        Matcher m = TIMEX.matcher(body);
        int at = 0;
        int prev = 0;
        while (m.find()) {
            at = advance(text, at, unescape(body.substring(prev, m.start())));
            String inner = unescape(m.group(2));
            int start = text.indexOf(inner, at);
            if (start < 0) {
                prev = m.end();
                continue;
            }
            Map<String, String> attrs = new HashMap<>();
            Matcher a = ATTRIBUTE.matcher(m.group(1));
            while (a.find()) {
                attrs.put(a.group(1), a.group(2));
            }
            found.add(new TimexScore.Timex(start, start + inner.length(), attrs.get("type"), attrs.get("value")));
            at = start + inner.length();
            prev = m.end();
        }
        return found;
    }

    /** Where {@code stretch} ends in {@code text} from {@code at}; {@code at} if it cannot be placed. */
    private static int advance(String text, int at, String stretch) {
        String trimmed = stretch.strip();
        if (trimmed.isEmpty()) {
            return at;
        }
        int found = text.indexOf(trimmed, at);
        return found < 0 ? at : found + trimmed.length();
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static String languageName(String code) {
        return switch (code) {
            case "de" -> "german";
            case "fr" -> "french";
            case "es" -> "spanish";
            case "it" -> "italian";
            case "ru" -> "russian";
            default -> "english";
        };
    }
}
