package org.dossier.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dossier.analyze.entity.AliasTable.Alias;
import org.junit.jupiter.api.Test;

class AliasTableTest {

    private static List<String> canonicals(List<Alias> aliases) {
        return aliases.stream().map(Alias::canonical).toList();
    }

    @Test
    void aPlaceNamedInOneLanguageIsReadAsItsEnglishNameInThatLanguageOnly() {
        AliasTable table = AliasTable.shared();
        assertThat(canonicals(table.forLanguage("es").lookup(AliasTable.key("Oporto")))).contains("Porto");
        assertThat(canonicals(table.forLanguage("de").lookup(AliasTable.key("Rom")))).contains("Rome");
        assertThat(canonicals(table.forLanguage("ru").lookup(AliasTable.key("Москва")))).contains("Moscow");
        assertThat(table.forLanguage("en").lookup(AliasTable.key("Oporto"))).isEmpty();
        assertThat(table.forLanguage("en").lookup(AliasTable.key("Rom"))).isEmpty();
    }

    @Test
    void foreignNamesThatAreGivenNamesInEnglishTextStayOutOfEnglish() {
        AliasTable english = AliasTable.shared().forLanguage("en");
        // A Portuguese town, the French name of Dominica, the Spanish name of Mauritius.
        assertThat(english.lookup(AliasTable.key("Paul"))).noneMatch(a -> a.type().equals("LOCATION"));
        assertThat(canonicals(english.lookup(AliasTable.key("Dominique")))).doesNotContain("Dominica");
        assertThat(canonicals(english.lookup(AliasTable.key("Mauricio")))).doesNotContain("Mauritius");
        assertThat(canonicals(AliasTable.shared().forLanguage("fr").lookup(AliasTable.key("Dominique")))).contains("Dominica");
    }

    @Test
    void namesOfEveryLanguageAreReadInAll() {
        for (String language : List.of("en", "de", "it", "xx")) {
            assertThat(canonicals(AliasTable.shared().forLanguage(language).lookup(AliasTable.key("Paris"))))
                    .as(language).contains("Paris");
        }
    }
}
