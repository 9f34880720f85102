package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleTest {

    static Article published(String published) {
        return new Article("a-1", null, null, null, null, "en", published, null, "text", null);
    }

    @Test
    void publishedDayIsTheDayOfADateOrDateTime() {
        assertThat(published("2021-06-28").publishedDay()).isEqualTo(LocalDate.of(2021, 6, 28));
        assertThat(published("2021-06-28T04:30:00+02:00").publishedDay()).isEqualTo(LocalDate.of(2021, 6, 28));
    }

    @Test
    void publishedDayIsNullWhenMissingPartialOrUnreadable() {
        assertThat(published(null).publishedDay()).isNull();
        assertThat(published("2021-06").publishedDay()).isNull();
        assertThat(published("28/06/2021").publishedDay()).isNull();
    }

    @Test
    void publishedDayIsNotPartOfTheJson() {
        assertThat(DossierJson.compact(published("2021-06-28"))).doesNotContain("publishedDay");
    }
}
