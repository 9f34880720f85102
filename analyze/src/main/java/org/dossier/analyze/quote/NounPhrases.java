package org.dossier.analyze.quote;

import java.util.List;
import java.util.Locale;
import org.dossier.analyze.nlp.Token;

/**
 * Reads the noun phrase that names a speaker from tagged tokens: a name (a PERSON run, maybe
 * after a title: "US Secretary of State Antony Blinken"), an organisation, a title ("the French
 * Foreign minister"), or a pronoun. Stateless.
 */
final class NounPhrases {

    private static final int MAX_PHRASE = 12;

    private NounPhrases() {
    }

    /** The phrase starting at token {@code i} (before {@code limit}), or null. */
    static Mention forward(Lexicon lexicon, List<Token> tokens, int i, int limit) {
        if (i >= limit) {
            return null;
        }
        String first = tokens.get(i).text().toLowerCase();
        if (lexicon.personPronouns.contains(first) || lexicon.otherPronouns.contains(first)) {
            return new Mention(Mention.Kind.PRONOUN, i, i + 1, i, i + 1);
        }
        int j = i;
        while (j < limit && lexicon.determiners.contains(tokens.get(j).text().toLowerCase())) {
            j++;
        }
        int start = j;
        while (j < limit && j - start < MAX_PHRASE && inPhrase(lexicon, tokens, j, limit, start)) {
            j++;
        }
        if (!lexicon.tagged) {
            j = acrossLowercase(lexicon, tokens, start, j, limit);
        }
        // A phrase ending on "of" or "and" took one word too many.
        while (j > start && isLink(lexicon, tokens.get(j - 1))) {
            j--;
        }
        if (j == start) {
            return null;
        }
        return classify(lexicon, tokens, i, start, j);
    }

    /** The phrase ending just before token {@code end} and starting no earlier than {@code floor}, or null. */
    static Mention backward(Lexicon lexicon, List<Token> tokens, int end, int floor) {
        if (end <= floor) {
            return null;
        }
        if (!lexicon.tagged && end - 1 > floor && isQuoteMark(tokens.get(end - 1))) {
            // Die „Kreuzzeitung“ schreibt: a paper's name in quotation marks.
            end--;
        }
        String last = tokens.get(end - 1).text().toLowerCase();
        if (lexicon.personPronouns.contains(last) || lexicon.otherPronouns.contains(last)) {
            return new Mention(Mention.Kind.PRONOUN, end - 1, end, end - 1, end);
        }
        int j = end;
        while (j > floor && end - j < MAX_PHRASE && inPhrase(lexicon, tokens, j - 1, end, floor - 1)) {
            j--;
        }
        while (j < end && isLink(lexicon, tokens.get(j))) {
            j++;
        }
        if (j == end) {
            return null;
        }
        int first = j;
        while (first > floor && lexicon.determiners.contains(tokens.get(first - 1).text().toLowerCase())) {
            first--;
        }
        return classify(lexicon, tokens, first, j, end);
    }

    /**
     * Untagged, the end of a title phrase that runs over the lower-case words after its head to
     * the name they lead to ("министра финансов Антона Силуанова"); {@code j} when none does.
     */
    private static int acrossLowercase(Lexicon lexicon, List<Token> tokens, int start, int j, int limit) {
        if (j == start || j >= limit || !lexicon.titles.contains(tokens.get(j - 1).text().toLowerCase(Locale.ROOT))) {
            return j;
        }
        int k = j;
        while (k < limit && k - j < 3 && Character.isLowerCase(tokens.get(k).text().charAt(0))
                && !lexicon.isVerb(tokens.get(k))) {
            k++;
        }
        if (k == j || k >= limit || !lexicon.isProperNoun(tokens.get(k))) {
            return j;
        }
        while (k < limit && k - start < MAX_PHRASE && lexicon.isProperNoun(tokens.get(k))) {
            k++;
        }
        return k;
    }

    private static boolean inPhrase(Lexicon lexicon, List<Token> tokens, int j, int limit, int start) {
        Token t = tokens.get(j);
        if (!"O".equals(t.ner()) && !"DATE".equals(t.ner()) && !"NUMBER".equals(t.ner())
                && !"TIME".equals(t.ner()) && !"DURATION".equals(t.ner()) && Character.isLetter(t.text().charAt(0))) {
            return true;
        }
        if (lexicon.isPhraseWord(t)) {
            return true;
        }
        if (isLink(lexicon, t) && j > start && j + 1 < limit) {
            Token next = tokens.get(j + 1);
            return Character.isUpperCase(next.text().charAt(0))
                    || lexicon.articles.contains(next.text().toLowerCase(Locale.ROOT));
        }
        return lexicon.articles.contains(t.text().toLowerCase(Locale.ROOT)) && j > start && j > 0
                && isLink(lexicon, tokens.get(j - 1));
    }

    static boolean isQuoteMark(Token t) {
        return t.text().length() == 1 && QuoteMarks.isMark(t.text().charAt(0));
    }

    private static boolean isLink(Lexicon lexicon, Token t) {
        return lexicon.phraseLinks.contains(t.text().toLowerCase());
    }

    private static Mention classify(Lexicon lexicon, List<Token> tokens, int first, int start, int end) {
        // The last PERSON run names the speaker: "Foreign Minister Heiko Maas".
        int personEnd = -1;
        for (int k = end - 1; k >= start; k--) {
            if ("PERSON".equals(tokens.get(k).ner())) {
                personEnd = k + 1;
                break;
            }
        }
        if (personEnd > 0) {
            int personStart = personEnd - 1;
            while (personStart > start && "PERSON".equals(tokens.get(personStart - 1).ner())) {
                personStart--;
            }
            return new Mention(Mention.Kind.NAME, first, end, personStart, personEnd);
        }
        Token head = tokens.get(end - 1);
        if (!lexicon.tagged) {
            // "Herr Professor Schäffle", "министр Сергей Лавров": the name after the title, untagged.
            int name = end;
            while (name > start && lexicon.isProperNoun(tokens.get(name - 1))) {
                name--;
            }
            if (name < end && name > start && titleIn(lexicon, tokens, start, name)) {
                return new Mention(Mention.Kind.NAME, first, end, name, end);
            }
        }
        if (lexicon.titles.contains(head.text().toLowerCase()) || titleInside(lexicon, tokens, start, end)) {
            return new Mention(Mention.Kind.TITLE, first, end, start, end);
        }
        if (isOrganization(head.ner())) {
            int orgStart = end - 1;
            while (orgStart > start && isOrganization(tokens.get(orgStart - 1).ner())) {
                orgStart--;
            }
            return new Mention(Mention.Kind.ORGANIZATION, first, end, orgStart, end);
        }
        // A proper noun the tagger did not take for a person ("Tester said") still names someone.
        int properStart = end;
        while (properStart > start && lexicon.isProperNoun(tokens.get(properStart - 1))
                && "O".equals(tokens.get(properStart - 1).ner())
                && !lexicon.titles.contains(tokens.get(properStart - 1).text().toLowerCase())) {
            properStart--;
        }
        if (properStart < end && (first == start || properStart > start)) {
            return new Mention(Mention.Kind.NAME, first, end, properStart, end);
        }
        return new Mention(Mention.Kind.OTHER, first, end, start, end);
    }

    private static boolean titleIn(Lexicon lexicon, List<Token> tokens, int start, int end) {
        for (int k = start; k < end; k++) {
            if (lexicon.titles.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean titleInside(Lexicon lexicon, List<Token> tokens, int start, int end) {
        // "Secretary of State", "Minister of Foreign Affairs": the title head comes before "of".
        for (int k = start; k < end; k++) {
            // Untagged, the words after a title head need no link: "ministro dell'Economia", "министр обороны".
            if (lexicon.titles.contains(tokens.get(k).text().toLowerCase())
                    && (!lexicon.tagged || k + 1 < end
                    && lexicon.titleLinks.contains(tokens.get(k + 1).text().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    static boolean isOrganization(String ner) {
        return "ORGANIZATION".equals(ner) || "LOCATION".equals(ner) || "COUNTRY".equals(ner)
                || "STATE_OR_PROVINCE".equals(ner) || "CITY".equals(ner) || "NATIONALITY".equals(ner);
    }
}
