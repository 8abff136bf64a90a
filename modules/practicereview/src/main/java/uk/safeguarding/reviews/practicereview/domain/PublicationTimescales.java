package uk.safeguarding.reviews.practicereview.domain;

import java.time.LocalDate;

/**
 * §8.3's two periods as the partnership's clock rules set them: how long before publication the
 * National Panel has its copy ("at least one week"), and how long a published report stays online
 * ("a minimum of 12 months"). The application reads them from the clock engine, so a partnership
 * that changes either rule changes what publication allows.
 */
public interface PublicationTimescales {

    /** The last day the National Panel's copy may go for a report published on {@code publicationDay}. */
    LocalDate latestCopyFor(LocalDate publicationDay);

    /** The first day a report published on {@code publishedDay} may come down without a reason. */
    LocalDate onlineUntil(LocalDate publishedDay);

    /** The copy's period in words, such as "7 calendar days". */
    String copyPeriod();

    /** The first publication day on or after {@code from} whose copy may still go on {@code copyDay}. */
    default LocalDate earliestPublicationFor(LocalDate from, LocalDate copyDay) {
        LocalDate day = from;
        // A period longer than a year would be no rule a partnership could keep: stop looking there.
        for (int i = 0; i < 400 && latestCopyFor(day).isBefore(copyDay); i++) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The policy's own periods: 7 calendar days before, 12 months online. */
    static PublicationTimescales policy() {
        return new PublicationTimescales() {
            @Override
            public LocalDate latestCopyFor(LocalDate publicationDay) {
                return publicationDay.minusDays(7);
            }

            @Override
            public LocalDate onlineUntil(LocalDate publishedDay) {
                return publishedDay.plusMonths(12);
            }

            @Override
            public String copyPeriod() {
                return "7 calendar days";
            }
        };
    }
}
